/**
 * `tactful lint`: lint every file in one process (config, fixes) and collect the results. Large
 * libraries are spread over worker threads (cli/pool.ts); each file is linted by `lintFile`.
 */
import { elementRules, InputError, LanguageError, lintDetailed, UsageError, type LintOptions } from '../rules/index.ts';
import { entryOptions, entryToData, makeEntry } from '../rules/library/index.ts';
import { parseLanguageTag } from '../rules/core/language.ts';
import { prepareSpelling, spellingReady } from '../rules/quality/spelling.ts';
import { displayPath, expandOperands, FileError, readTemplate, writeAtomic } from './files.ts';
import { formatFromPath } from '../rules/core/document.ts';
import { fileErrorMessage, type FileResult } from './types.ts';
import { ConfigResolver, loadConfigFile, optionsFromConfig } from './config.ts';
import { applyFixes, unifiedDiff } from './fix.ts';
import { lintInWorkers, workersFor } from './pool.ts';

export interface LintRun {
  results: FileResult[];
  /** Operand problems (globs matching nothing…), each a one-line reason. */
  problems: string[];
  /** Files skipped by the configuration's `ignore`. */
  ignored: number;
}

/** What each file is linted with; plain data, so worker threads get the same. */
export interface LintJob {
  language?: string;
  stage?: string;
  cwd: string;
  /** `--config FILE` (absolute), `false` for `--no-config`, or undefined: search upward. */
  configFile?: string | false;
  /** Apply fixes: write them, or only compute the diff. */
  fix?: 'write' | 'dry-run';
  /**
   * Keep each file's library entry (its analysis) for the library review, so the review does not
   * lint the file again. Workers send theirs as plain data (see `entryToData`).
   */
  keepEntries?: boolean;
  /** Check spelling (--spelling): each language's dictionary is loaded before its first file is linted. */
  spelling?: boolean;
}

export interface LintRunOptions extends Omit<LintJob, 'cwd'> {
  operands: string[];
  cwd?: string;
  config: ConfigResolver;
  /** Use worker threads for large runs (default true). */
  parallel?: boolean;
  onProgress?: (done: number, total: number) => void;
}

const MAX_FIX_PASSES = 5;

export function resolverFor(job: LintJob): ConfigResolver {
  if (job.configFile === false) return new ConfigResolver(job.cwd, false);
  if (job.configFile) return new ConfigResolver(job.cwd, loadConfigFile(job.configFile) ?? undefined);
  return new ConfigResolver(job.cwd);
}

const REQUIRED_OFF: Record<string, 'off'> = Object.fromEntries(Object.values(elementRules).map((r) => [r.meta.id, 'off']));

/** Template partials: files in a `partials/`, `_includes/` or `layouts/` folder, or named `_footer.hbs`. */
export function isPartial(path: string): boolean {
  return /(^|[\\/])(partials?|_includes|includes|layouts?)[\\/]/i.test(path) || /(^|[\\/])_[^\\/]+$/.test(path);
}

/** Lints (and fixes) one file; null when the configuration ignores it. Config errors throw. */
export async function lintFile(path: string, job: LintJob, config: ConfigResolver): Promise<FileResult | null> {
  const file = displayPath(path, job.cwd);
  const { ignored, ...fromConfig } = optionsFromConfig(config.forFile(path), path);
  if (ignored) return null;
  try {
    const base: LintOptions = {
      ...fromConfig,
      // A partial (a footer, a header) is a piece of an email: it is checked for syntax and tone,
      // not for the elements a whole email carries. The configuration can still turn them on.
      rules: isPartial(path) ? { ...REQUIRED_OFF, ...fromConfig.rules } : fromConfig.rules,
      format: formatFromPath(path) ?? undefined,
      language: job.language,
      stage: job.stage,
    };
    // With entries kept, the lint options are the library entry's (evidence on), so the entry can
    // reuse this lint.
    const options: LintOptions = job.keepEntries ? { ...entryOptions({ file: path, format: base.format }, base) } : { ...base, fileName: path };
    const { text, eol, bom } = await readTemplate(path);
    let linted = lintDetailed(text, options);
    // Spelling (--spelling, or quality/spelling set in the configuration) needs the dictionary of
    // the file's language, which is only known now: load it once, then lint this file again.
    const spellingSetting = options.rules?.['quality/spelling'];
    if (spellingSetting !== 'off' && (job.spelling || spellingSetting !== undefined)) {
      const lang = parseLanguageTag(linted.report.language)?.lang;
      if (lang && !spellingReady(lang)) {
        await prepareSpelling([lang]);
        linted = lintDetailed(text, options);
      }
    }
    let current = text;
    const result: FileResult = { file, path, report: linted.report };
    if (job.fix) {
      let fixes = 0;
      for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
        const { output, applied } = applyFixes(current, linted.report.messages, eol);
        if (!applied || output === current) break;
        fixes += applied;
        current = output;
        linted = lintDetailed(current, options);
      }
      if (fixes) {
        result.report = linted.report;
        result.fixes = fixes;
        if (job.fix === 'write') await writeAtomic(path, bom ? `\uFEFF${current}` : current);
        else result.diff = await unifiedDiff(file, text, current);
      }
    }
    if (job.keepEntries) {
      const { evidence: _evidence, ...shown } = linted.report;
      result.report = shown;
      // The syntax tree is only needed while the email's own rules run; a library of thousands
      // of files keeps the rest, as plain data.
      result.entry = entryToData(makeEntry({ file, text: current, format: base.format }, base, linted));
    }
    return result;
  } catch (error) {
    if (error instanceof FileError || error instanceof InputError || error instanceof LanguageError || error instanceof UsageError) {
      const line = error instanceof InputError ? error.line : undefined;
      return { file, path, error: error.message, errorMessage: fileErrorMessage(error.message, line) };
    }
    throw error;
  }
}

export async function runLint(opts: LintRunOptions): Promise<LintRun> {
  const job: LintJob = {
    language: opts.language,
    stage: opts.stage,
    cwd: opts.cwd ?? process.cwd(),
    configFile: opts.configFile,
    fix: opts.fix,
    keepEntries: opts.keepEntries,
    spelling: opts.spelling,
  };
  const { files, problems } = await expandOperands(opts.operands, job.cwd);
  let linted: Array<FileResult | null>;
  const workers = opts.parallel === false ? 0 : workersFor(files.length);
  if (workers > 1) {
    linted = await lintInWorkers(files, job, workers, opts.onProgress);
  } else {
    linted = [];
    for (const path of files) {
      linted.push(await lintFile(path, job, opts.config));
      opts.onProgress?.(linted.length, files.length);
    }
  }
  const results = linted.filter((r): r is FileResult => r !== null);
  return { results, problems: problems.map((p) => `${p.operand}: ${p.reason}`), ignored: linted.length - results.length };
}
