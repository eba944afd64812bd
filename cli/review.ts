/**
 * The library review in the CLI: when several templates or any catalogs are linted together,
 * variants of one template (by file name or catalog key) are grouped, the `parity/*` and
 * `sequence/*` rules compare them, and their findings join each file's report. Catalog strings
 * (JSON, PO/POT) are linted like templates, with findings at the key's line in the catalog.
 */
import { stat } from 'node:fs/promises';
import { VFile } from 'vfile';
import { location } from 'vfile-location';
import { resolve } from 'node:path';
import { InputError, LanguageError, UsageError, type LintOptions, type Language, type LintMessage, type Report } from '../rules/index.ts';
import { parseLanguageTag } from '../rules/core/language.ts';
import { formatFromPath } from '../rules/core/document.ts';
import { makeEntry, reviveEntry, runLibrary, type LibraryEntry, type LibraryResult, type RunLibraryOptions } from '../rules/library/index.ts';
import { prepareSpelling } from '../rules/quality/spelling.ts';

import { displayPath, FileError, readTemplate, TEMPLATE_GLOB } from './files.ts';
import { fileErrorMessage, type FileResult } from './types.ts';

export interface ReviewOptions {
  /** Results of `runLint` for the template files (their reports get the library findings). */
  results: FileResult[];
  /** Catalog files (absolute paths). */
  catalogs?: string[];
  cwd?: string;
  language?: string;
  stage?: string;
  /** Source language of the variants (default en). */
  sourceLanguage?: string;
  /** Languages every template should have (default: those seen). */
  languages?: string[];
  /** Catalog keys that are reminders whatever their wording. */
  reminderKeys?: string[];
  sequences?: RunLibraryOptions['sequences'];
  /** Check the spelling of catalog strings too (template files are checked by runLint with --spelling). */
  spelling?: boolean;
  rules?: RunLibraryOptions['rules'];
  optionsFor?: (path: string) => Partial<LintOptions>;
}

export interface ReviewRun {
  results: FileResult[];
  problems: string[];
  library: LibraryResult | null;
}

/** Catalog operands and directories holding catalogs (po, pot, and JSON named after a language). */
/** Catalog files by extension (which of them are catalogs is decided when they are read). */
export function isCatalogPath(path: string): boolean {
  return /\.(json|po|pot)$/i.test(path);
}

export async function splitOperands(operands: string[], cwd = process.cwd()): Promise<{ templates: string[]; catalogs: string[] }> {
  const templates: string[] = [];
  const catalogs: string[] = [];
  for (const operand of operands) {
    const abs = resolve(cwd, operand);
    const info = await stat(abs).catch(() => null);
    if (info?.isFile()) {
      (isCatalogPath(abs) ? catalogs : templates).push(isCatalogPath(abs) ? abs : operand);
      continue;
    }
    if (info?.isDirectory()) {
      const { glob } = await import('tinyglobby');
      const ignore = ['**/node_modules/**', '**/.git/**'];
      const found = await glob(['**/*.{po,pot}', '**/{en,es,vi}{,[-_]*}.json', '**/*.{en,es,vi}{,[-_]*}.json', '**/{en,es,vi}{,[-_]*}/**/*.json'], { cwd: abs, absolute: true, ignore });
      catalogs.push(...found.filter((f) => !/(^|\/)(package|tsconfig|package-lock)\.json$/.test(f)));
      const tpl = await glob(TEMPLATE_GLOB, { cwd: abs, ignore, absolute: true });
      if (tpl.length || !found.length) templates.push(operand);
      continue;
    }
    if (/[*?[\]{}]/.test(operand)) {
      const { glob } = await import('tinyglobby');
      const found = await glob(operand, { cwd, absolute: true, ignore: ['**/node_modules/**'] });
      const cats = found.filter(isCatalogPath);
      catalogs.push(...cats);
      if (cats.length < found.length || !found.length) templates.push(operand);
      continue;
    }
    templates.push(operand);
  }
  return { templates, catalogs: [...new Set(catalogs)].sort() };
}

export async function runReview(opts: ReviewOptions): Promise<ReviewRun> {
  const cwd = opts.cwd ?? process.cwd();
  const problems: string[] = [];
  const sourceTag = opts.sourceLanguage ? parseLanguageTag(opts.sourceLanguage) : { lang: 'en' as Language };
  if (!sourceTag) throw new UsageError(`unknown --source-lang "${opts.sourceLanguage}"; use en, es or vi`);
  const languages = opts.languages?.map((l) => {
    const t = parseLanguageTag(l);
    if (!t) throw new UsageError(`unknown language "${l}" in --languages; use en, es or vi`);
    return t.lang;
  });
  const base: Partial<LintOptions> = { language: opts.language, stage: opts.stage };
  const results = [...opts.results];
  const entries: LibraryEntry[] = [];
  const owner = new Map<string, FileResult>();


  // Catalogs.
  const catalogFiles: Array<{ file: string; text: string; path: string }> = [];
  for (const path of opts.catalogs ?? []) {
    const file = displayPath(path, cwd);
    try {
      const { text } = await readTemplate(path);
      catalogFiles.push({ file, text: text.replace(/^\uFEFF/, ''), path });
    } catch (error) {
      if (!(error instanceof FileError)) throw error;
      results.push({ file, path, error: error.message, errorMessage: fileErrorMessage(error.message) });
    }
  }
  // The catalog readers (gettext-parser among them) are loaded only when there are catalogs.
  const { inputs, errors } = catalogFiles.length
    ? (await import('./catalogs/index.ts')).catalogEntries(catalogFiles, { sourceLanguage: sourceTag.lang, reminderKeys: opts.reminderKeys })
    : { inputs: [], errors: [] };
  for (const e of errors) {
    const path = catalogFiles.find((c) => c.file === e.file)?.path ?? resolve(cwd, e.file);
    results.push({ file: e.file, path, error: e.error, errorMessage: fileErrorMessage(e.error, e.line ?? 1) });
  }
  // Catalog strings are linted here: their languages' dictionaries first, when spelling is on.
  // (Template files were checked by runLint, which prepared the dictionaries it needed.)
  if (opts.spelling && inputs.length) {
    await prepareSpelling(inputs.map((i) => parseLanguageTag(i.language ?? '')?.lang ?? sourceTag.lang));
  }

  // Templates already linted: their entries come with them (runLint kept them). A result without
  // one (linted by an older caller) is linted again here with the same options.
  for (const r of opts.results) {
    if (!r.report) continue;
    let entry = r.entry ? reviveEntry(r.entry) : undefined;
    delete r.entry;
    if (!entry) {
      let text: string;
      try {
        ({ text } = await readTemplate(r.path));
      } catch {
        continue; // runLint already reported why this file cannot be read.
      }
      try {
        entry = makeEntry({ file: r.file, text, format: formatFromPath(r.path) ?? undefined }, { ...base, ...opts.optionsFor?.(r.path) });
      } catch {
        continue; // runLint already reported why this file cannot be linted.
      }
    }
    entries.push(entry);
    owner.set(entry.id, r);
  }
  for (const input of inputs) {
    const catalog = catalogFiles.find((c) => c.file === input.file)!;
    try {
      const entry = makeEntry(input, {});
      // An untranslated string (empty msgstr or value) is reported once, by parity/missing-variant,
      // not as an email missing all its elements.
      const place = placeIn(catalog.text);
      const own = entry.empty ? [] : entry.report.messages.map((m) => atCatalog(m, input.position, place));
      const report: Report & { key?: string } = { ...entry.report, key: input.key, messages: own };
      delete report.evidence;
      const result: FileResult = { file: input.file, path: catalog.path, report };
      results.push(result);
      entries.push(entry);
      owner.set(entry.id, result);
    } catch (error) {
      if (error instanceof InputError || error instanceof LanguageError || error instanceof UsageError) {
        const message = `${input.key}: ${error.message}`;
        results.push({ file: input.file, path: catalog.path, error: message, errorMessage: fileErrorMessage(message, input.position?.line) });
      } else throw error;
    }
  }

  let library: LibraryResult | null = null;
  if (entries.length >= 2) {
    library = runLibrary(entries, {
      settings: { sourceLanguage: sourceTag.lang, ...(languages ? { languages } : {}) },
      rules: opts.rules,
      sequences: opts.sequences,
    });
    const byId = new Map(entries.map((e) => [e.id, e]));
    for (const [id, list] of library.messages) {
      const r = owner.get(id);
      if (!r?.report) continue;
      // A catalog string's findings: offsets in the catalog file too, not in the string.
      const entry = byId.get(id);
      const catalog = entry?.key ? catalogFiles.find((c) => c.file === entry.file) : undefined;
      const messages = catalog ? list.map((m) => atCatalog(m, entry!.position, placeIn(catalog.text))) : list;
      r.report.messages = [...r.report.messages, ...messages].sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
    }
  }
  return { results, problems, library };
}

/** A catalog string's findings point at the string in its catalog file. */
function atCatalog(m: LintMessage, position: { line: number; column: number } | undefined, place: ReturnType<typeof location>): LintMessage {
  if (!position) return m;
  // Line, column and offsets all point at the string in the catalog file (SARIF reads the offsets).
  const offset = place.toOffset(position) ?? 0;
  return { ...m, line: position.line, column: position.column, endLine: position.line, endColumn: position.column, range: [offset, offset] };
}

const places = new Map<string, ReturnType<typeof location>>();
function placeIn(text: string): ReturnType<typeof location> {
  let p = places.get(text);
  if (!p) places.set(text, (p = location(new VFile(text))));
  return p;
}
