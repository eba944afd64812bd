/** `--format json`: one array, one object per file (DESIGN.md contract). */
import type { FileResult } from '../types.ts';

export function formatJson(results: FileResult[]): string {
  return `${JSON.stringify(
    results.map((r) =>
      r.report
        ? { file: r.file, ...r.report }
        : { file: r.file, error: r.error, language: null, stage: null, messages: [r.errorMessage], elements: null, tone: null },
    ),
    null,
    2,
  )}\n`;
}
