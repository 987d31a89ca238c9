/**
 * Whether a quote, repost or share adopts what it passes on. Reposting an
 * allegation or a threat with "This. 100%." (or with no words at all) makes
 * it the author's too; quoting it to condemn it does not.
 */
import type { CheckInput } from '../engine/types';

const PASSING_ON = new Set(['quote', 'repost', 'share']);
const ENDORSE =
  /\b(?:this|100%|exactly|spot on|agreed?|so true|well said|couldn'?t agree more|yes+|hear,? hear|absolutely|the truth|nailed it|say it louder|preach|facts|correct|true)\b|[\u{1F44F}\u{1F4AF}\u{1F44D}\u{1F525}\u{1F64C}]/iu;
const DISSENT =
  /\b(?:disagree|not true|untrue|false|nonsense|rubbish|disgrace(?:ful)?|shameful|unacceptable|wrong|out of order|appalling|report(?:ed)?|condemn|no place|delete|withdraw|apologi[sz]e|vile|abuse|libel|defamatory|lies)\b/i;

export function endorsesQuoted(input: CheckInput): boolean {
  if (!PASSING_ON.has(input.surface) || !input.quoted?.trim()) return false;
  const own = input.text.trim();
  if (own === '') return true;
  return own.length <= 80 && ENDORSE.test(own) && !DISSENT.test(own);
}
