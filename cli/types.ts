/** What the CLI knows about one linted file. */
import type { LintMessage, Report } from '../rules/index.ts';
import type { LibraryEntry } from '../rules/library/types.ts';

export interface FileResult {
  /** Path as shown to the user (relative to the working directory when inside it). */
  file: string;
  /** Absolute path. */
  path: string;
  report?: Report;
  /** A file that could not be linted: why. */
  error?: string;
  errorMessage?: LintMessage;
  /** `--fix`: how many fixes were applied (the report is of the fixed text). */
  fixes?: number;
  /** `--fix-dry-run`: the unified diff of the fixes. */
  diff?: string;
  /** The file as a library entry, kept for the library review (see LintJob.keepEntries). */
  entry?: LibraryEntry;
}

export function fileErrorMessage(reason: string, line = 1): LintMessage {
  return {
    ruleId: 'tactful/file',
    severity: 'error',
    message: reason,
    line,
    column: 1,
    endLine: line,
    endColumn: 1,
    suggestions: [],
    fixable: false,
    range: [0, 0],
  };
}
