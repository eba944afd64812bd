import { describe, expect, it } from 'vitest';
import { lint } from '../../../rules/index.ts';
import { applySuggestion, deleteRange, elementInsertion, segments } from './fix.ts';
import { daysPastDue, localToday, suggestStage } from './stage.ts';
import { textToHtml } from './html.ts';
import { offsetMapper, remapMessages } from './lint-client.ts';
import type { LintMessage } from '../../../rules/core/types.ts';

describe('suggestStage', () => {
  const today = '2026-11-23';
  it.each([
    ['2026-11-28', 'before-due'],
    ['2026-11-24', 'before-due'],
    ['2026-11-23', 'due'],
    ['2026-11-18', 'due'],
    ['2026-11-16', 'overdue'],
    ['2026-11-09', 'overdue'],
    ['2026-11-08', 'collection'],
    ['2026-10-12', 'collection'],
    ['2026-10-11', 'final-demand'],
  ] as const)('due %s → %s', (due, stage) => {
    expect(suggestStage(due, today)).toBe(stage);
  });
  it('needs a valid due date', () => {
    expect(suggestStage(undefined, today)).toBeNull();
    expect(suggestStage('31/10/2026', today)).toBeNull();
  });
  it('counts calendar days across a DST change', () => {
    expect(daysPastDue('2026-03-01', '2026-04-01')).toBe(31);
  });
  it('uses the local date', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('applying fixes', () => {
  it('replaces the suggestion range and puts the caret after the replacement', () => {
    expect(applySuggestion('Pay now!', { text: 'Could you pay', range: [0, 7] })).toEqual({ text: 'Could you pay!', caret: 13 });
    expect(applySuggestion('abc', { text: 'X', range: [3, 3] })).toEqual({ text: 'abcX', caret: 4 });
  });
  it('clamps ranges that point past the text', () => {
    expect(applySuggestion('abc', { text: 'X', range: [5, 9] }).text).toBe('abcX');
  });
  it('applies the engine’s own suggestion for a missing element, which then counts as present', () => {
    const body = 'Dear Ana,\n\nInvoice F-311 for 1,234.56 EUR was due on October 31, 2026. Please pay at https://pay.example.com/F-311.\n\nKind regards,\nBob Smith\nbob@example.com · +1 555 0100 · 1 Main St, Springfield';
    const before = lint(body, { language: 'en', stage: 'due', subject: 'Invoice F-311', format: 'text' });
    expect(before.elements['already-paid-note']).toBe(false);
    const finding = before.messages.find((m) => m.ruleId === 'required/already-paid-note')!;
    const fixed = applySuggestion(body, finding.suggestions[0]!).text;
    const after = lint(fixed, { language: 'en', stage: 'due', subject: 'Invoice F-311', format: 'text' });
    expect(after.elements['already-paid-note']).toBe(true);
    expect(after.messages.some((m) => m.ruleId === 'required/already-paid-note')).toBe(false);
  });
  it('puts a missing element anchored on the subject into the body, after the first paragraph', () => {
    const body = 'Estimado Luis:\n\nLa factura F-1 venció.\n\nAtentamente,\nAna';
    const out = elementInsertion(body, ' El importe pendiente es de 100,00 €.');
    expect(out.text).toBe('Estimado Luis:\n\nLa factura F-1 venció.\n\nEl importe pendiente es de 100,00 €.\n\nAtentamente,\nAna');
    expect(out.text.slice(0, out.caret).endsWith('€.')).toBe(true);
    expect(elementInsertion('', 'X.').text).toBe('X.');
    expect(elementInsertion('Hola.', 'X.').text).toBe('Hola.\n\nX.');
    const opts = { language: 'es', stage: 'overdue', subject: 'Factura F-1', format: 'text', invoice: { number: 'F-1', amount: 100, currency: 'EUR' } } as const;
    const report = lint('Estimado Luis:\n\nLa factura F-1 venció.', opts);
    const amount = report.messages.find((m) => m.ruleId === 'required/amount');
    if (amount?.field === 'subject') {
      const fixed = elementInsertion('Estimado Luis:\n\nLa factura F-1 venció.', amount.suggestions[0]!.text).text;
      expect(lint(fixed, opts).elements.amount).toBe(true);
    }
  });
  it('deletes a span with one adjoining space', () => {
    expect(deleteRange('Thanks. PAY NOW! Bye', [8, 16]).text).toBe('Thanks. Bye');
    expect(deleteRange('Thanks. PAY NOW!', [8, 16]).text).toBe('Thanks.');
  });
});

describe('highlight segments', () => {
  it('splits the text into runs and lets the most severe finding win', () => {
    const segs = segments('abcdefgh', [
      { range: [1, 5], severity: 'warning' },
      { range: [3, 6], severity: 'error' },
    ]);
    expect(segs.map((s) => [s.text, s.finding])).toEqual([
      ['a', null],
      ['bc', 0],
      ['def', 1],
      ['gh', null],
    ]);
    expect(segs.map((s) => s.text).join('')).toBe('abcdefgh');
  });
  it('keeps zero-width findings visible', () => {
    expect(segments('ab', [{ range: [2, 2], severity: 'error' }]).map((s) => [s.text, s.finding])).toEqual([
      ['a', null],
      ['b', 0],
    ]);
  });
});

describe('textToHtml', () => {
  it('escapes, keeps paragraphs and links URLs and addresses', () => {
    expect(textToHtml('Hi <b>,\n\nPay at https://x.example/p?a=1&b=2.\nMail a@b.co')).toBe(
      '<p>Hi &lt;b&gt;,</p>\n<p>Pay at <a href="https://x.example/p?a=1&amp;b=2">https://x.example/p?a=1&amp;b=2</a>.<br>\nMail <a href="mailto:a@b.co">a@b.co</a></p>',
    );
  });
});

describe('keeping a stale report aligned while the fresh one is computed', () => {
  const msg = (range: [number, number], field?: 'subject' | 'body') =>
    ({ ruleId: 'tone/shouting', severity: 'warning', message: '', line: 1, column: 1, endLine: 1, endColumn: 1, fixable: true, range, suggestions: [{ text: 'x', range }], ...(field ? { field } : {}) }) as LintMessage;
  it('shifts findings after the edit and keeps those before', () => {
    const before = { subject: 'S', body: 'Hello. PAY NOW! Bye.' };
    const after = { subject: 'S', body: 'Hello there. PAY NOW! Bye.' };
    const out = remapMessages([msg([0, 5]), msg([7, 15]), msg([5, 8])], before, after);
    expect(out.map((m) => m.range)).toEqual([[0, 5], [13, 21], [11, 14]]);
    expect(after.body.slice(13, 21)).toBe('PAY NOW!');
    expect(out[1]!.suggestions[0]!.range).toEqual([13, 21]);
  });
  it('drops findings whose text was deleted, so a fix never lands in the wrong place', () => {
    const before = { subject: 'S', body: 'Hello. PAY NOW! Bye.' };
    const after = { subject: 'S', body: 'Hello. Bye.' };
    expect(remapMessages([msg([7, 15]), msg([16, 20])], before, after).map((m) => m.range)).toEqual([[7, 11]]);
  });
  it('maps subject findings with the subject and leaves unchanged text alone', () => {
    const m = [msg([0, 3], 'subject')];
    expect(remapMessages(m, { subject: 'ABC', body: 'x' }, { subject: 'ABC', body: 'xy' })).toEqual(m);
    expect(remapMessages(m, { subject: 'ABC', body: 'x' }, { subject: 'ABCD', body: 'x' })[0]!.range).toEqual([0, 3]);
    expect(remapMessages(m, { subject: 'ABC', body: 'x' }, { subject: 'ZABC', body: 'x' })[0]!.range).toEqual([1, 4]);
  });
  it('finds the edited region', () => {
    const map = offsetMapper('abcdef', 'abXdef');
    expect([map(1, 'start'), map(2, 'start'), map(3, 'start'), map(6, 'end')]).toEqual([1, null, 3, 6]);
  });
});
