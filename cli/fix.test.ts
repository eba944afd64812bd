// --fix: which suggestions are applied, and how line endings are kept.
import { describe, expect, it } from 'vitest';
import type { LintMessage } from '../rules/index.ts';
import { applyFixes, unifiedDiff } from './fix.ts';

function message(range: [number, number], text: string, fixable = true): LintMessage {
  return { ruleId: 'quality/placeholder-syntax', severity: 'error', message: '', line: 1, column: 1, endLine: 1, endColumn: 1, suggestions: [{ text, range }], fixable, range };
}

describe('applyFixes', () => {
  const text = 'Estimado {{cliente},\r\nLa factura {{numero} vence el {fecha}}.\r\n';
  it('applies every fixable suggestion and leaves the others', () => {
    const fixes = [
      message([9, 19], '{{cliente}}'),
      message([33, 42], '{{numero}}'),
      message([52, 60], '{{fecha}}'),
      message([0, 0], 'Nota\nimportante: ', false),
    ];
    const { output, applied } = applyFixes(text, fixes, '\r\n');
    expect(applied).toBe(3);
    expect(output).toBe('Estimado {{cliente}},\r\nLa factura {{numero}} vence el {{fecha}}.\r\n');
  });

  it('skips a suggestion that overlaps one already taken (the next pass gets it)', () => {
    const { output, applied } = applyFixes('Kính gửi {{ten}', [message([9, 15], '{{ten}}'), message([10, 15], '{ten}')], '\n');
    expect(applied).toBe(1);
    expect(output).toBe('Kính gửi {{ten}}');
  });

  it('converts line breaks of an insertion to the file’s CRLF', () => {
    const { output } = applyFixes('Hi Sam,\r\nThanks\r\n', [message([9, 9], 'If you have already paid, please disregard this email.\n')], '\r\n');
    expect(output).toBe('Hi Sam,\r\nIf you have already paid, please disregard this email.\r\nThanks\r\n');
  });
});

describe('unifiedDiff', () => {
  it('prints a unified diff with a/ and b/ paths', async () => {
    const diff = await unifiedDiff('t.en.hbs', 'Hi {{name}\n', 'Hi {{name}}\n');
    expect(diff).toContain('--- a/t.en.hbs');
    expect(diff).toContain('+++ b/t.en.hbs');
    expect(diff).toContain('-Hi {{name}\n+Hi {{name}}');
  });
});
