// --format github: workflow-command escaping, as GitHub's @actions/core does it.
import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatGithub } from './github.ts';

describe('github formatter', () => {
  it('escapes % CR LF in data, and also : and , in properties', () => {
    expect(escapeData('50% off\r\nnow: yes, really')).toBe('50%25 off%0D%0Anow: yes, really');
    expect(escapeProperty('a,b: c%')).toBe('a%2Cb%3A c%25');
  });

  it('maps severities to error, warning and notice, and file errors to one error each', () => {
    const base = { line: 2, column: 3, endLine: 2, endColumn: 9, suggestions: [], fixable: false, range: [0, 0] as [number, number] };
    const out = formatGithub([
      {
        file: 'es/aviso.md',
        path: '/x/es/aviso.md',
        report: {
          language: 'es',
          stage: 'due',
          elements: {} as never,
          tone: { label: 'polite', score: 0.5 },
          messages: [
            { ...base, ruleId: 'tone/shouting', severity: 'warning', message: '¡NO GRITE!\nEscriba en minúsculas.' },
            { ...base, ruleId: 'tone/negative-sentiment', severity: 'info', message: 'Tono negativo' },
          ],
        },
      },
      { file: 'vi/thu.txt', path: '/x/vi/thu.txt', error: 'file is empty' },
    ]);
    expect(out).toBe(
      [
        '::warning file=es/aviso.md,line=2,col=3,endLine=2,endColumn=9,title=tone/shouting::¡NO GRITE!%0AEscriba en minúsculas.',
        '::notice file=es/aviso.md,line=2,col=3,endLine=2,endColumn=9,title=tone/negative-sentiment::Tono negativo',
        '::error file=vi/thu.txt,line=1,title=tactful/file::file is empty',
        '',
      ].join('\n'),
    );
  });
});
