/** `--format stylish` (default): vfile-reporter's human output, colour only on a TTY. */
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { reporter } from 'vfile-reporter';
import { ELEMENTS } from '../../rules/index.ts';
import type { FileResult } from '../types.ts';

export function formatStylish(results: FileResult[], options: { color: boolean; quiet?: boolean }): string {
  const files = results.map((r) => {
    const file = new VFile({ path: r.file });
    const messages = r.report?.messages ?? (r.errorMessage ? [r.errorMessage] : []);
    for (const m of messages) {
      if (options.quiet && m.severity !== 'error') continue;
      const vm = new VFileMessage(m.message, {
        place: { start: { line: m.line, column: m.column }, end: { line: m.endLine, column: m.endColumn } },
        ruleId: m.ruleId.split('/').slice(1).join('/') || m.ruleId,
        source: m.ruleId.split('/')[0],
      });
      vm.fatal = m.severity === 'error' ? true : m.severity === 'warning' ? false : undefined;
      if (m.suggestions[0]) {
        vm.expected = m.suggestions.map((s) => s.text.trim());
        vm.note = `Suggestion: ${m.suggestions[0].text.trim()}`;
      }
      file.messages.push(vm);
    }
    return file;
  });
  let out = reporter(files, { color: options.color, quiet: options.quiet, verbose: true });
  const summaries = results
    .filter((r) => r.report)
    .map((r) => {
      const missing = ELEMENTS.filter((e) => !r.report!.elements[e]);
      const tone = `${r.report!.tone.label} (${r.report!.tone.score.toFixed(2)})`;
      return `${r.file}: ${r.report!.language}, ${r.report!.stage ?? 'stage unknown'}; tone ${tone}; ${missing.length ? `missing ${missing.join(', ')}` : 'all six elements present'}`;
    });
  if (!options.quiet && summaries.length) out = `${out}${out ? '\n\n' : ''}${summaries.join('\n')}`;
  return out ? `${out}\n` : '';
}
