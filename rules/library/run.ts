/** Builds library entries and runs the `parity/*` and `sequence/*` rules over them. */
import { location } from 'vfile-location';
import { VFile } from 'vfile';
import { lintDetailed, type Linted, type LintOptions } from '../index.ts';
import { Projection } from '../core/document.ts';
import { sentenceFinder } from '../core/analysis.ts';
import type { Severity } from '../core/types.ts';
import { parityRules } from '../parity/index.ts';
import { sequenceRules } from '../sequence/index.ts';
import { groupSequences, groupVariants, templateName } from './group.ts';
import {
  DEFAULT_LIBRARY_SETTINGS,
  type EntryInput,
  type LibraryEntry,
  type LibraryFinding,
  type LibraryMessage,
  type LibraryResult,
  type LibraryRule,
  type LibrarySettings,
  type LibrarySeverities,
} from './types.ts';

export const libraryRuleList = (): LibraryRule[] => [...parityRules, ...sequenceRules];

/**
 * Lints one template or catalog string as an entry of a library. Throws what `lint` throws.
 * `linted`: the result of `lintDetailed` on the same text with `entryOptions`, when the caller
 * has already linted it (the CLI does), so it is not linted twice.
 */
export function makeEntry(input: EntryInput, options: Partial<LintOptions> = {}, linted?: Linted): LibraryEntry {
  const opts = entryOptions(input, options);
  const { report, analysis } = linted ?? lintDetailed(input.text, opts);
  const given = report.stageSource === 'given';
  return {
    id: input.key ? `${input.file}#${input.key}` : input.file,
    file: input.file,
    key: input.key,
    template: input.template ?? templateName(input.file, input.key),
    lang: analysis.lang,
    language: report.language,
    stage: report.stage,
    stageGiven: given,
    text: input.text,
    report,
    analysis,
    position: input.position,
    fuzzy: input.fuzzy,
    pluralForm: input.pluralForm,
    empty: !input.text.trim(),
  };
}

/** The lint options `makeEntry` uses for an input (what a caller passes to `lintDetailed` to reuse the result). */
export function entryOptions(input: Pick<EntryInput, 'file' | 'key' | 'format' | 'language' | 'stage'>, options: Partial<LintOptions> = {}): LintOptions {
  return {
    ...options,
    fileName: input.key ? undefined : input.file,
    format: input.format ?? options.format,
    language: input.language ?? options.language,
    stage: input.stage ?? options.stage,
    evidence: true,
  };
}

/**
 * A library entry as plain data, for another thread (structured clone): without the syntax tree
 * (the library rules do not read it) and the analysis's functions. `reviveEntry` undoes it.
 */
export function entryToData(entry: LibraryEntry): LibraryEntry {
  const { sentenceAt: _sentenceAt, ...analysis } = entry.analysis;
  return { ...entry, analysis: { ...analysis, tree: { type: 'RootNode', children: [] } } as unknown as LibraryEntry['analysis'] };
}

/** An entry received from another thread, with its projection's methods and `sentenceAt` back. */
export function reviveEntry(data: LibraryEntry): LibraryEntry {
  const analysis = data.analysis;
  Object.setPrototypeOf(analysis.doc.projection, Projection.prototype);
  return { ...data, analysis: { ...analysis, sentenceAt: sentenceFinder(analysis.sentences) } };
}

export interface RunLibraryOptions {
  settings?: Partial<LibrarySettings>;
  /** Severity per rule id ("off" disables). */
  rules?: LibrarySeverities;
  /** Sequences given by configuration: a name and the templates (or files) of its stages. */
  sequences?: Array<{ name: string; templates: string[] }>;
}

/** Groups the entries into variant groups and sequences, runs the library rules, and returns their messages by entry id. */
export function runLibrary(entries: LibraryEntry[], options: RunLibraryOptions = {}): LibraryResult {
  const settings: LibrarySettings = { ...DEFAULT_LIBRARY_SETTINGS, ...options.settings };
  const groups = groupVariants(entries, settings.sourceLanguage);
  const sequences = groupSequences(entries, options.sequences);
  const messages = new Map<string, LibraryMessage[]>();
  for (const rule of libraryRuleList()) {
    const setting = options.rules?.[rule.meta.id];
    if (setting === 'off') continue;
    rule.checkLibrary({
      entries,
      groups,
      sequences,
      settings,
      report(f) {
        const list = messages.get(f.entry.id) ?? [];
        list.push(toLibraryMessage(rule, f, setting));
        messages.set(f.entry.id, list);
      },
    });
  }
  for (const list of messages.values()) list.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
  return { entries, groups, sequences, messages };
}

/** Convenience: entries from inputs, then `runLibrary`. Entries that cannot be linted are returned as errors. */
export function lintLibrary(
  inputs: EntryInput[],
  options: RunLibraryOptions & { lint?: Partial<LintOptions> } = {},
): LibraryResult & { errors: Array<{ input: EntryInput; error: string }> } {
  const entries: LibraryEntry[] = [];
  const errors: Array<{ input: EntryInput; error: string }> = [];
  for (const input of inputs) {
    try {
      entries.push(makeEntry(input, options.lint));
    } catch (error) {
      errors.push({ input, error: (error as Error).message });
    }
  }
  return { ...runLibrary(entries, options), errors };
}

const places = new WeakMap<LibraryEntry, ReturnType<typeof location>>();

function toLibraryMessage(rule: LibraryRule, f: LibraryFinding, setting: Severity | undefined): LibraryMessage {
  const e = f.entry;
  const a = e.analysis;
  const start = f.start ?? a.doc.bodyStart;
  const end = f.end ?? start;
  const [s, en] = a.doc.projection.sourceRange(start, end);
  let place = places.get(e);
  if (!place) {
    place = location(new VFile({ value: a.doc.source }));
    places.set(e, place);
  }
  let from = place.toPoint(s) ?? { line: 1, column: 1 };
  let to = place.toPoint(en) ?? from;
  if (e.position) {
    from = { line: e.position.line, column: e.position.column };
    to = from;
  }
  const msg: LibraryMessage = {
    ruleId: rule.meta.id,
    severity: setting ?? f.severity ?? rule.meta.severity,
    message: f.message,
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    suggestions: [],
    fixable: false,
    range: [s, en],
  };
  if (en > s) msg.actual = a.doc.source.slice(s, en);
  if (f.note) msg.note = f.note;
  if (f.element) msg.element = f.element;
  if (e.key) msg.key = e.key;
  if (f.related) msg.related = f.related.id;
  return msg;
}
