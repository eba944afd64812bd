/** Shared types of the tactful engine. Plain TypeScript: no Node-only imports anywhere under rules/. */

export const LANGUAGES = ['en', 'es', 'vi'] as const;
export type Language = (typeof LANGUAGES)[number];

export const STAGES = ['before-due', 'due', 'overdue', 'collection', 'final-demand'] as const;
export type Stage = (typeof STAGES)[number];

export const ELEMENTS = [
  'invoice-copy',
  'amount',
  'due-date',
  'call-to-action',
  'contact-details',
  'already-paid-note',
] as const;
export type ElementId = (typeof ELEMENTS)[number];

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

export type Format = 'text' | 'markdown' | 'html' | 'handlebars' | 'liquid' | 'jinja' | 'twig';

export interface Suggestion {
  /** Replacement text (an insertion when range[0] === range[1]). */
  text: string;
  /** Offsets in the original file (UTF-16 code units), end exclusive. */
  range: [number, number];
  /** Short human description of what the suggestion does. */
  description?: string;
}

export interface LintMessage {
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  suggestions: Suggestion[];
  /** True when suggestions[0] is unambiguous and `--fix` may apply it. */
  fixable: boolean;
  /** Why it matters; rule docs carry the long form. */
  note?: string;
  /** The offending text, when there is one. */
  actual?: string;
  /** Offsets of the finding in the original file. */
  range: [number, number];
  /** Where the finding is, when the subject is linted with the body. */
  field?: 'subject' | 'body';
  /** Element the finding is about (required/*, parity/missing-element). */
  element?: ElementId;
}

export type ElementsMap = Record<ElementId, boolean>;

export type ToneLabel = 'polite' | 'firm' | 'aggressive';

export interface ToneSummary {
  label: ToneLabel;
  /** -1 hostile … +1 warm. */
  score: number;
}

export interface Report {
  language: string;
  stage: Stage | null;
  /** How the stage was decided: given (flag/front matter/config/file name) or inferred from the text. */
  stageSource?: 'given' | 'inferred' | 'none';
  messages: LintMessage[];
  elements: ElementsMap;
  tone: ToneSummary;
  /** Evidence found for each element (for the composer's checklist and for parity checks). */
  evidence?: Partial<Record<ElementId, EvidenceSummary[]>>;
  subject?: string;
}

export interface EvidenceSummary {
  kind: string;
  text: string;
  range: [number, number];
}

/** An invoice record a text was drafted from (DESIGN.md HTTP contract). */
export interface InvoiceRecord {
  number?: string;
  amount?: number;
  currency?: string;
  issueDate?: string;
  dueDate?: string;
  url?: string;
  customerName?: string;
  contactName?: string;
  lateFeeTerms?: string;
}
