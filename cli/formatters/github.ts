/**
 * `--format github`: GitHub Actions workflow commands, one annotation per finding:
 *   ::error file=templates/a.md,line=3,col=1,endLine=3,endColumn=40,title=required/amount::Missing amount…
 * Data escapes % CR LF; property values also escape : and , (as @actions/core does).
 */
import type { Severity } from '../../rules/index.ts';
import type { FileResult } from '../types.ts';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithub(results: FileResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    const file = escapeProperty(r.file.split('\\').join('/'));
    if (!r.report) {
      lines.push(`::error file=${file},line=1,title=${escapeProperty('tactful/file')}::${escapeData(r.error ?? 'cannot lint this file')}`);
      continue;
    }
    for (const m of r.report.messages) {
      const props = [`file=${file}`, `line=${m.line}`, `col=${m.column}`, `endLine=${m.endLine}`, `endColumn=${m.endColumn}`, `title=${escapeProperty(m.ruleId)}`];
      const fix = m.suggestions[0] && m.fixable ? ` (fix: ${m.suggestions[0].text.trim()})` : '';
      lines.push(`::${COMMAND[m.severity]} ${props.join(',')}::${escapeData(`${m.message}${fix}`)}`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
