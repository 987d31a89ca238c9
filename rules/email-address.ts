import { defineRule } from '../utils/engine/define';
import type { Doc } from '../utils/engine/doc';
import { toOriginal } from '../utils/text/fold';
import type { RawFinding } from '../utils/engine/types';
import { isOwnEmail, isPrivateOwner, ownerOf } from './detect/contacts';
import { peopleIn } from './detect/people';
import { PERSONAL_EMAIL_DOMAINS, PUBLIC_SECTOR_DOMAIN_SUFFIXES, ROLE_MAILBOXES } from './data/contacts';

// Folded text. Anchored at the start of a run (the look-behind) so a long run without "@" is
// scanned once, not once per position; the domain's repeated part is "." + non-dots, so it is linear.
const EMAIL = /(?<![\p{L}\p{N}._%+\-])[a-z0-9][a-z0-9._%+\-]{0,63}@([a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)+)/gu;

// Spelled out to dodge scrapers: "gary.tomkins at gmail dot com", "jo dot smith at gmail". Folded text; every
// part is bounded and separated by a literal word, so matching stays linear.
const SPELLED = /(?<![a-z0-9._-])([a-z0-9][a-z0-9._-]{0,40}(?: dot [a-z0-9][a-z0-9_-]{0,30}){0,2}) (?:at|@) ([a-z]{2,15})(?:(?: dot |\.)(com|net|co(?: dot |\.)uk))?(?![a-z0-9])/gu;

const WEBMAIL = new Set(PERSONAL_EMAIL_DOMAINS.flatMap((entry) => entry.terms));
// "gmail" in "gmail.com": the word a spelled-out address puts after "at".
const PROVIDERS = new Set([...WEBMAIL].map((domain) => domain.split('.')[0]!));

/** Spelled-out addresses, looked for only just before "at <provider>": a text without one costs a word scan. */
function spelledOut(doc: Doc): Array<{ start: number; end: number; match: RegExpExecArray }> {
  const words = doc.foldedWords;
  const folded = doc.folded;
  const found: Array<{ start: number; end: number; match: RegExpExecArray }> = [];
  for (let i = 0; i + 1 < words.length; i++) {
    if (words[i]!.text !== 'at' || !PROVIDERS.has(words[i + 1]!.text)) continue;
    // Back far enough for the longest local part SPELLED allows, from a word boundary.
    let from = Math.max(0, words[i]!.start - 110);
    while (from > 0 && !/\s/.test(folded.text[from - 1]!)) from++;
    const window = folded.text.slice(from, Math.min(folded.text.length, words[i + 1]!.end + 16));
    SPELLED.lastIndex = 0;
    for (let m = SPELLED.exec(window); m; m = SPELLED.exec(window)) {
      const span = toOriginal(folded, from + m.index, from + m.index + m[0].length);
      // Two "at gmail" a few words apart see the same address.
      if (!found.some((f) => f.start === span.start)) found.push({ ...span, match: m });
    }
  }
  return found;
}
const ROLES = new Set(ROLE_MAILBOXES.flatMap((entry) => entry.terms));
// Words inside a local part that make it an office-holder's or a group's mailbox, wherever they sit.
const ROLE_INSIDE = /council|parish|clerk|cllr|(?:^|[._-])ward|residents|association|enquir|info|office|admin/;
// first.last, first_last, first-last (optionally a digit or two): the shape of a person's work address.
const NAME_SHAPED = /^[a-z]{2,}[._-][a-z]{2,}\d{0,2}$/;

function isRoleMailbox(local: string): boolean {
  if (ROLES.has(local)) return true;
  const head = /^[a-z]+/.exec(local)?.[0] ?? '';
  if (head !== local && ROLES.has(head)) return true;
  return ROLE_INSIDE.test(local);
}

/**
 * "message the Dunmere Gala Committee or email dunmeregala@gmail.com": a local part spelling two or more
 * capitalised words of the same sentence that are not a person's name is that group's mailbox.
 */
function namesAGroupNearby(doc: Doc, at: number, local: string): boolean {
  const letters = local.replace(/[^a-z]/g, '');
  if (letters.length < 6) return false;
  const sentence = doc.sentenceAt(at);
  const words = doc.tokens.filter((t) => t.start >= sentence.start && t.end <= sentence.end && t.end <= at);
  for (let i = 0; i < words.length; i++) {
    let joined = '';
    for (let j = i; j < words.length && words[j]!.capitalised && joined.length < letters.length; j++) {
      joined += words[j]!.lower.replace(/[^a-z]/g, '');
      if (j > i && joined === letters) return !peopleIn(doc).some((p) => p.start <= words[i]!.start && words[j]!.end <= p.end);
    }
  }
  return false;
}

const isPublicSector = (domain: string) =>
  PUBLIC_SECTOR_DOMAIN_SUFFIXES.some((suffix) => domain.endsWith(suffix) || domain === suffix.slice(1)) || /council|borough/.test(domain);

export default defineRule({
  id: 'email-address',
  category: 'personal-data',
  severity: 'high',
  description: 'A private person\u2019s email address (webmail, home broadband or clearly personal), other than your own or an organisation\u2019s mailbox.',
  source: 'UK GDPR Art. 5(1)(f) and 6(1); Members\u2019 Code of Conduct (confidentiality and data protection)',
  url: 'https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/personal-information-what-is-it/',
  messages: {
    found: {
      message: 'This looks like a private person\u2019s email address.',
      explanation:
        'A personal email address identifies and reaches one person. Publishing it without their agreement is a personal data breach and invites spam and harassment. If it is your own address, add it to your profile\u2019s own contacts.',
    },
    work: {
      message: 'This may be a named person\u2019s email address.',
      explanation:
        'An address made of someone\u2019s name identifies them. Unless they publish it themselves for this purpose, point people to a general mailbox instead.',
    },
  },
  examples: {
    flagged: [
      { text: 'Mrs Price asked me to pass on her email: [[doreen.price58@gmail.com]]', suggestion: '[email address removed]' },
      { text: 'You can reach the tenant at [[tom_r1987@hotmail.co.uk]].', suggestion: '[email address removed]' },
      { text: 'Email [[j.smith@btinternet.com]] about the fence.', suggestion: '[email address removed]' },
      { text: 'Her details: [[Sarah.Jones@Outlook.com]]' },
      { text: 'The complainant, [[peter.walsh@acme-widgets.co.uk]], says the bins were missed.', severity: 'medium' },
      { text: 'If the tree team want the chap who reported it, his email is [[gary.tomkins at gmail dot com]].' },
      { text: 'Her email is [[jo dot smith at gmail]], she said to pass it on.' },
      // Spelling a person's name, not a group's.
      { text: 'Jane Bloggs asked me to share her email, [[janebloggs@gmail.com]], with the group.' },
    ],
    clean: [
      'Send objections to planning@millbrook.gov.uk by Friday.',
      'Questions to enquiries@millbrook.gov.uk or info@millbrookfoodbank.org.uk',
      'Email the officer directly: sam.patel@millbrook.gov.uk',
      'GP referrals go to england.referrals@nhs.net',
      'Contact the parish clerk at clerk.millbrookparish@gmail.com',
      'Cllr Shah can be reached at cllr.shah.northward@gmail.com',
      'Email residents.elmgrove@gmail.com to join the association.',
      { text: 'Drop me a line at jo.bloggs@gmail.com', request: { profile: { ownContacts: ['Jo.Bloggs@gmail.com'] } } },
      'You can email me at jo.bloggs.ward@gmail.com',
      'Bookings: hello@thecornercafe.co.uk',
      'Complaints go to complaints@sky.com according to their website.',
      { text: 'Thanks Tom, is your email still tom.r@hotmail.com?', request: { surface: 'dm', platform: 'facebook' } },
      'The firm\u2019s sales@widgets.com address bounced.',
      'Follow @millbrookcouncil for updates.',
      'Staff at Tesco dot com were very helpful.',
      'I will see you at gmail training on Monday.',
      'To help with the Fenby Gala, message the Fenby Gala Committee page or email fenbygala@gmail.com.',
    ],
  },
  check({ input, doc }) {
    const findings: RawFinding[] = [];
    const found: Array<{ start: number; end: number; local: string; domain: string }> = [];
    for (const { start, end, match } of doc.matchFolded(EMAIL)) {
      const domain = match[1] ?? '';
      found.push({ start, end, domain, local: match[0].slice(0, match[0].length - domain.length - 1) });
    }
    for (const { start, end, match } of spelledOut(doc)) {
      const local = match[1]!.replace(/ dot /g, '.');
      const domain = `${match[2]}.${(match[3] ?? 'com').replace(/ dot /g, '.')}`;
      // Only a webmail provider, and without a written ending only a dotted name ("jo dot smith at gmail"):
      // "see you at gmail" or "staff at Tesco" are not addresses.
      if (!WEBMAIL.has(domain) || (!match[3] && !local.includes('.'))) continue;
      found.push({ start, end, local, domain });
    }
    for (const { start, end, local, domain } of found) {
      const address = `${local}@${domain}`;
      if (isPublicSector(domain) || isRoleMailbox(local) || namesAGroupNearby(doc, start, local)) continue;
      const webmail = WEBMAIL.has(domain);
      if (!webmail && !NAME_SHAPED.test(local)) continue; // a business's own address: not a person's
      if (isOwnEmail(input, address)) continue;
      if (!isPrivateOwner(ownerOf(doc, start, 'contact', input), input)) continue;
      findings.push({
        start,
        end,
        messageId: webmail ? 'found' : 'work',
        ...(webmail ? {} : { severity: 'medium' as const }),
        suggestions: ['[email address removed]', 'please contact me privately for details'],
      });
    }
    return findings;
  },
});
