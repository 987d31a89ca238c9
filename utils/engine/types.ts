/**
 * The engine's public types. Category names and the finding shape are part of
 * the public contract (CLI output, settings, docs): see shared/DESIGN.md.
 */
import type { CheckRequest } from './request';
import type { Doc } from './doc';
import type { Rewrite } from './suggestions';

export const CATEGORIES = [
  'personal-data',
  'special-category',
  'confidential',
  'predetermination',
  'discrimination',
  'respect',
  'political',
  'imprint',
  'meeting',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ['high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Only these interrupt posting; `low` is a quiet indicator. */
export const isBlocking = (severity: Severity): boolean => severity !== 'low';

export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  /** UTF-16 offsets into `text`, or into `quoted` when `in` is "quoted". */
  start: number;
  end: number;
  in?: 'quoted';
  message: string;
  explanation: string;
  source: string;
  /** The official page for the source (legislation.gov.uk, gov.uk, the ICO…), linked in the panel. */
  sourceUrl?: string;
  /** Replacements for `start`–`end` that still read as a sentence (utils/engine/suggestions.ts). */
  suggestions: string[];
  /** When no replacement reads well in place: the whole sentence rewritten, or removed (`text: ''`). */
  rewrite?: Rewrite;
}

/** What a rule's check returns; the engine adds rule id, category and texts. */
export interface RawFinding {
  start: number;
  end: number;
  in?: 'quoted';
  /** Key into the rule's `messages`. */
  messageId: string;
  /** Values for `{name}` placeholders in the message and explanation. */
  data?: Record<string, string>;
  /** Overrides the rule's default severity (e.g. an NHS number with no nearby cue). */
  severity?: Severity;
  /** Overrides the rule's category: only for watch terms, whose category the user chose. */
  category?: Category;
  suggestions?: string[];
  /** Set by the engine, never by a rule: see `Finding.rewrite`. */
  rewrite?: Rewrite;
}

/** A request after validation and defaults: what every rule sees. */
export type CheckInput = Omit<CheckRequest, 'now'> & {
  platform: NonNullable<CheckRequest['platform']>;
  surface: NonNullable<CheckRequest['surface']>;
  account: NonNullable<CheckRequest['account']>;
  now: Date;
};

export interface RuleContext {
  input: CheckInput;
  /** Lazily computed views of `input.text` shared by all rules. */
  doc: Doc;
  /** The same views of `input.quoted` (empty when there is none). */
  quotedDoc: Doc;
}

export interface RuleMessage {
  /** One short, neutral line shown as the finding's title. */
  message: string;
  /** Why it matters, in plain words. */
  explanation: string;
}

/**
 * How a language writes the values a rule fills into its placeholders. Kept under a symbol key so
 * that an entry's own keys are still only its texts (description, source, messages).
 */
export const VALUES = Symbol('values');
/** By rule, the English words its suggestions write → this language (kept under a symbol, like VALUES). */
export const REPLACEMENTS = Symbol('replacements');
export interface RuleValues {
  /**
   * By placeholder: the rule's English value → this language, for values from the rule's own
   * vocabulary. A value with no entry (a name, the user's own words) is shown as it is.
   */
  words?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** By placeholder: a date, written in this language from the data field holding it as an ISO instant. */
  dates?: Readonly<Record<string, { from: string; format: (instant: Date) => string }>>;
}

/** A rule's user-facing texts in another language, keyed by rule id (see rules/i18n). */
export type RuleTexts = Readonly<
  Record<
    string,
    {
      description?: string;
      source?: string;
      messages?: Readonly<Record<string, RuleMessage>>;
      /** Used only with this entry's messages: a message still in English keeps its English values. */
      [VALUES]?: RuleValues;
      /** The rule's replacement words in this language, longest first when applied. */
      [REPLACEMENTS]?: Readonly<Record<string, string>>;
    }
  >
>;

/**
 * A rule's examples, LanguageTool style: flagged texts mark the exact span(s)
 * with [[ ]]; clean texts must produce no finding from this rule.
 */
export interface FlaggedExample {
  text: string;
  /** A suggestion the finding must offer (exact string). */
  suggestion?: string;
  /** The sentence-level rewrite the first finding must offer instead ('' removes the sentence). */
  rewrite?: string;
  /** Expected severity of the marked finding(s), when not the rule default. */
  severity?: Severity;
  request?: Partial<Omit<CheckRequest, 'text'>>;
}
export type CleanExample = string | { text: string; request?: Partial<Omit<CheckRequest, 'text'>> };

export interface Rule {
  id: string;
  category: Category;
  severity: Severity;
  /** One sentence for the rule catalogue and the options page. */
  description: string;
  /** The legal or code-of-conduct source, cited in every finding. */
  source: string;
  url?: string;
  messages: Record<string, RuleMessage>;
  examples: { flagged: FlaggedExample[]; clean: CleanExample[] };
  /**
   * Its findings give way to another rule's finding of the same category over an overlapping span
   * (the trained tier defers to a rule that names the exact words and explains them).
   */
  defers?: boolean;
  /** Pure: no DOM, storage, network or clock other than `input.now`. */
  check(context: RuleContext): RawFinding[];
}
