/**
 * `--fix`: applies the first suggestion of each fixable message, skipping any that overlaps one
 * already taken, keeping the BOM and the file's line endings; `--fix-dry-run` shows a unified diff.
 */
import type { LintMessage } from '../rules/index.ts';

export interface FixOutcome {
  output: string;
  applied: number;
}

export function applyFixes(text: string, messages: LintMessage[], eol: '\n' | '\r\n'): FixOutcome {
  const edits = messages
    .filter((m) => m.fixable && m.suggestions[0])
    .map((m) => m.suggestions[0]!)
    .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let output = '';
  let at = 0;
  let applied = 0;
  for (const edit of edits) {
    const [start, end] = edit.range;
    // Overlapping or touching the previous edit (two insertions at one point): leave it for the next pass.
    if (start < at || (applied > 0 && start === at && start === end)) continue;
    if (end > text.length) continue;
    let insert = edit.text;
    if (eol === '\r\n') insert = insert.replace(/\r?\n/g, '\r\n');
    output += text.slice(at, start) + insert;
    at = end;
    applied++;
  }
  output += text.slice(at);
  return { output, applied };
}

/** The diff package is loaded only for `--fix-dry-run`. */
export async function unifiedDiff(file: string, before: string, after: string): Promise<string> {
  const { createTwoFilesPatch } = await import('diff');
  return createTwoFilesPatch(`a/${file}`, `b/${file}`, before, after, undefined, undefined, { context: 3 });
}
