/** `tactful lint`: lint every file in one process and report in the chosen format. */
import { InputError, LanguageError, lint, UsageError, type LintOptions } from '../rules/index.ts';
import { displayPath, expandOperands, FileError, readTemplate } from './files.ts';
import { formatFromPath } from '../rules/core/document.ts';
import { fileErrorMessage, type FileResult } from './types.ts';

export interface LintRun {
  results: FileResult[];
  /** Operand problems (globs matching nothing…), each a one-line reason. */
  problems: string[];
}

export interface LintRunOptions {
  operands: string[];
  language?: string;
  stage?: string;
  cwd?: string;
  onProgress?: (done: number, total: number) => void;
  /** Per-file extra options (config overrides); merged over the CLI options. */
  optionsFor?: (path: string) => Partial<LintOptions>;
}

export async function runLint(opts: LintRunOptions): Promise<LintRun> {
  const cwd = opts.cwd ?? process.cwd();
  const { files, problems } = await expandOperands(opts.operands, cwd);
  const results: FileResult[] = [];
  let done = 0;
  for (const path of files) {
    const file = displayPath(path, cwd);
    try {
      const { text } = await readTemplate(path);
      const report = lint(text, {
        fileName: path,
        format: formatFromPath(path) ?? undefined,
        language: opts.language,
        stage: opts.stage,
        ...opts.optionsFor?.(path),
      });
      results.push({ file, path, report });
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
  return { results, problems: problems.map((p) => `${p.operand}: ${p.reason}`) };
}
