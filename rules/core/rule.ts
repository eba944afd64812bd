/**
 * The shape of a rule (ESLint-style `meta` + `check`). `meta` feeds GET /api/rules, SARIF
 * `tool.driver.rules`, the composer's finding popovers and the generated rules doc.
 */
import type { Analysis } from './analysis.ts';
import type { ElementId, ElementsMap, InvoiceRecord, Language, Severity, Stage } from './types.ts';
import type { PlaceholderKind } from '../locales/index.ts';

export interface RuleExample {
  good: string;
  bad: string;
}

export interface RuleMeta {
  /** `<family>/<name>`, kebab-case. */
  id: string;
  severity: Severity;
  /** Languages the rule covers (and proves in its tests). */
  languages: readonly Language[];
  /** One line: what is wrong when the rule fires. */
  description: string;
  /** One paragraph: why it matters and what to do. */
  docs: string;
  examples: Partial<Record<Language, RuleExample>>;
  /** Whether `--fix` can apply the rule's first suggestion unattended. */
  fixable?: boolean;
  /** Rules that need the invoice record only run when it is given. */
  needsInvoice?: boolean;
  /** Rules that compare variants or stages run in the library checks, not per email. */
  scope?: 'email' | 'library';
}

export interface SuggestionInput {
  text: string;
  /** Projected offsets; default: the finding's own span. */
  start?: number;
  end?: number;
  description?: string;
}

export interface Finding {
  /** Projected offsets (Analysis.text). */
  start: number;
  end: number;
  message: string;
  suggestions?: SuggestionInput[];
  fixable?: boolean;
  note?: string;
  element?: ElementId;
  /** Overrides the rule's default severity for this finding. */
  severity?: Severity;
  /** Weight of a tone finding in the tone score (0–1); see rules/tone/summary.ts. */
  weight?: number;
}

export interface EngineSettings {
  /** How many distinct contact channels make contact details complete (DESIGN.md: 3). */
  contactChannels: number;
  /** Extra placeholder names per kind (config `placeholders`). */
  extraPlaceholders: Partial<Record<PlaceholderKind, string[]>>;
  /** Extra phrases per language (config `phrases`). */
  extraPhrases: Partial<Record<Language, { flag?: Array<{ phrase: string; suggestion?: string; message?: string }>; allow?: string[] }>>;
}

export interface RuleContext {
  analysis: Analysis;
  lang: Language;
  /** Region subtag, if any (es-MX → MX). */
  region?: string;
  stage: Stage | null;
  elements: ElementsMap;
  invoice?: InvoiceRecord;
  settings: EngineSettings;
  /** Today's date (ISO), for stage/date checks; injectable for tests. */
  today: string;
  report(finding: Finding): void;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}
