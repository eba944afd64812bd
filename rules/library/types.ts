/**
 * The catalog-entry model of the library checks. A library is a set of entries — template files
 * or catalog strings — each linted on its own; variant groups (one template in several languages)
 * and sequences (one template family across stages) are built from them, and the `parity/*` and
 * `sequence/*` rules compare the entries of a group. Plain TypeScript, no Node-only imports.
 */
import type { Analysis } from '../core/analysis.ts';
import type { Rule, RuleMeta } from '../core/rule.ts';
import type { ElementId, Language, LintMessage, Report, Severity, SeveritySetting, Stage } from '../core/types.ts';

/** What the caller knows about one template or catalog string before it is linted. */
export interface EntryInput {
  /** File as shown to the user. */
  file: string;
  /** Catalog key (JSON key path, or PO msgctxt + msgid), when the text is a catalog string. */
  key?: string;
  /** The text to lint (a template file, or a catalog string). */
  text: string;
  /** Language tag, when known (otherwise from the file name, front matter or detection). */
  language?: string;
  stage?: string;
  format?: import('../core/types.ts').Format;
  /** Name of the variant group; default: derived from the file name (and key). */
  template?: string;
  /** Where the string is in its catalog file (1-based), for catalog entries. */
  position?: { line: number; column: number };
  /** PO entries marked fuzzy. */
  fuzzy?: boolean;
  /** gettext plural form index (languages have different numbers of forms). */
  pluralForm?: number;
}

export interface LibraryEntry {
  /** Unique id: the file, or `file#key`. */
  id: string;
  file: string;
  key?: string;
  template: string;
  lang: Language;
  /** Language tag as given (es-MX). */
  language: string;
  stage: Stage | null;
  /** Whether the stage was given (file name, front matter, flag) rather than guessed. */
  stageGiven: boolean;
  text: string;
  report: Report;
  analysis: Analysis;
  position?: { line: number; column: number };
  fuzzy?: boolean;
  pluralForm?: number;
  /** An untranslated catalog string (empty msgstr or value): compared by no rule but parity/missing-variant. */
  empty: boolean;
}

/** One template in several languages: the source (default English) and its translations. */
export interface VariantGroup {
  template: string;
  source?: LibraryEntry;
  /** Every entry but the source. */
  variants: LibraryEntry[];
  entries: LibraryEntry[];
}

/** The stages of one template family in one language, in stage order. */
export interface Sequence {
  name: string;
  lang: Language;
  entries: LibraryEntry[];
}

export interface LibrarySettings {
  /** Language the other variants are translated from (default en). */
  sourceLanguage: Language;
  /** Languages every template should have; default: every language seen in the library. */
  languages?: Language[];
  /** A variant whose tone score is lower than its source's by more than this drifted (default 0.3). */
  toneDriftThreshold: number;
  /** Two stages whose normalised texts are at least this similar are identical (default 0.9). */
  identicalThreshold: number;
  /** Minimum length of a sentence checked by parity/untranslated (default 30). */
  untranslatedMinLength: number;
}

export const DEFAULT_LIBRARY_SETTINGS: LibrarySettings = {
  sourceLanguage: 'en',
  toneDriftThreshold: 0.3,
  identicalThreshold: 0.9,
  untranslatedMinLength: 30,
};

export interface LibraryFinding {
  /** The entry the finding is reported on. */
  entry: LibraryEntry;
  /** Projected offsets in the entry's text; default: the start of its body. */
  start?: number;
  end?: number;
  message: string;
  severity?: Severity;
  note?: string;
  element?: ElementId;
  /** The other entry of the comparison (the source, or the other stage). */
  related?: LibraryEntry;
}

export interface LibraryContext {
  entries: LibraryEntry[];
  groups: VariantGroup[];
  sequences: Sequence[];
  settings: LibrarySettings;
  report(finding: LibraryFinding): void;
}

/** A rule that compares entries (meta.scope 'library'). `check` is a no-op: it never runs per email. */
export interface LibraryRule extends Rule {
  checkLibrary(ctx: LibraryContext): void;
}

export function libraryRule(meta: Omit<RuleMeta, 'scope'>, checkLibrary: (ctx: LibraryContext) => void): LibraryRule {
  return { meta: { ...meta, scope: 'library' }, check() {}, checkLibrary };
}

/** A library message: a lint message plus the entry it belongs to. */
export interface LibraryMessage extends LintMessage {
  /** Catalog key, for catalog entries. */
  key?: string;
  /** The compared entry (`file` or `file#key`). */
  related?: string;
}

export interface LibraryResult {
  entries: LibraryEntry[];
  groups: VariantGroup[];
  sequences: Sequence[];
  /** Library findings by entry id. */
  messages: Map<string, LibraryMessage[]>;
}

export type LibrarySeverities = Record<string, SeveritySetting>;
