/** `tactful lint`: lint every file in one process (config, fixes) and collect the results. */
import { InputError, LanguageError, lint, UsageError, type LintOptions, type Report } from '../rules/index.ts';
import { displayPath, expandOperands, FileError, readTemplate, writeAtomic } from './files.ts';
import { formatFromPath } from '../rules/core/document.ts';
import { fileErrorMessage, type FileResult } from './types.ts';
import { ConfigResolver, optionsFromConfig } from './config.ts';
import { applyFixes, unifiedDiff } from './fix.ts';

export interface LintRun {
  results: FileResult[];
  /** Operand problems (globs matching nothing…), each a one-line reason. */
  problems: string[];
  /** Files skipped by the configuration's `ignore`. */
  ignored: number;
}

export interface LintRunOptions {
  operands: string[];
  language?: string;
  stage?: string;
  cwd?: string;
  config: ConfigResolver;
  /** Apply fixes: write them, or only compute the diff. */
  fix?: 'write' | 'dry-run';
  onProgress?: (done: number, total: number) => void;
}

const MAX_FIX_PASSES = 5;

export async function runLint(opts: LintRunOptions): Promise<LintRun> {
  const cwd = opts.cwd ?? process.cwd();
  const { files, problems } = await expandOperands(opts.operands, cwd);
  const results: FileResult[] = [];
  let ignored = 0;
  let done = 0;
  for (const path of files) {
    const file = displayPath(path, cwd);
    try {
      const { ignored: skip, ...fromConfig } = optionsFromConfig(opts.config.forFile(path), path);
      if (skip) {
        ignored++;
        continue;
      }
      const options: LintOptions = {
        ...fromConfig,
        fileName: path,
        format: formatFromPath(path) ?? undefined,
        language: opts.language,
        stage: opts.stage,
      };
      const { text, eol, bom } = await readTemplate(path);
      let report = lint(text, options);
      const result: FileResult = { file, path, report };
      if (opts.fix) {
        let current = text;
        let fixes = 0;
        for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
          const { output, applied } = applyFixes(current, report.messages, eol);
          if (!applied || output === current) break;
          fixes += applied;
          current = output;
          report = lint(current, options);
        }
        if (fixes) {
          result.report = report;
          result.fixes = fixes;
          if (opts.fix === 'write') await writeAtomic(path, bom ? `\uFEFF${current}` : current);
          else result.diff = unifiedDiff(file, text, current);
        }
      }
      results.push(result);
    } catch (error) {
      if (error instanceof FileError || error instanceof InputError || error instanceof LanguageError || error instanceof UsageError) {
        const line = error instanceof InputError ? error.line : undefined;
        results.push({ file, path, error: error.message, errorMessage: fileErrorMessage(error.message, line) });
      } else {
        throw error;
      }
    }
    done++;
    opts.onProgress?.(done, files.length);
  }
  return { results, problems: problems.map((p) => `${p.operand}: ${p.reason}`), ignored };
}

export type { Report };
