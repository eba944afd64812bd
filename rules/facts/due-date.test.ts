import { describe, expect, it } from 'vitest';
import { findings } from './test-helpers.ts';

const rule = 'facts/due-date';

describe(rule, () => {
  const valid: Array<[string, 'en' | 'es' | 'vi', string]> = [
    ['en: the record date', 'en', 'Invoice INV-2041 was due on October 31, 2026.'],
    ['en: without a year', 'en', 'Invoice INV-2041 was due on October 31.'],
    ['en: an issue date is not the due date', 'en', 'Invoice INV-2041, dated October 1, 2026, was due on October 31, 2026.'],
    ['es: fecha larga', 'es', 'La factura F-2026-311 venció el 31 de octubre de 2026.'],
    ['es: la fecha de emisión no cuenta', 'es', 'La factura F-2026-311, emitida el 1 de octubre de 2026, venció el 31 de octubre de 2026.'],
    ['vi: ngày dài', 'vi', 'Hóa đơn số 0004127 có hạn thanh toán ngày 31 tháng 10 năm 2026.'],
    ['vi: dd/mm/yyyy', 'vi', 'Hóa đơn số 0004127 có hạn thanh toán ngày 31/10/2026.'],
  ];
  for (const [name, lang, text] of valid) {
    it(`valid — ${name}`, () => expect(findings(rule, text, lang)).toEqual([]));
  }

  it('invalid — en: another day, the record date suggested', () => {
    const [m, ...rest] = findings(rule, 'Invoice INV-2041 was due on October 13, 2026.', 'en', { language: 'en-US' });
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ severity: 'error', actual: 'October 13, 2026', message: 'Due date October 13, 2026 differs from the invoice record (October 31, 2026).' });
    expect(m!.suggestions[0]!.text).toBe('October 31, 2026');
  });

  it('invalid — es: otro mes', () => {
    const [m] = findings(rule, 'La factura F-2026-311 venció el 31 de agosto de 2026.', 'es');
    expect(m).toMatchObject({ actual: '31 de agosto de 2026' });
    expect(m!.suggestions[0]!.text).toBe('31 de octubre de 2026');
  });

  it('invalid — vi: sai ngày', () => {
    const [m] = findings(rule, 'Hóa đơn số 0004127 có hạn thanh toán ngày 13/10/2026.', 'vi');
    expect(m).toMatchObject({ actual: 'ngày 13/10/2026' });
    expect(m!.suggestions[0]!.text).toBe('ngày 31 tháng 10 năm 2026');
  });

  it('invalid — vi: no second "ngày" when the text already has one', () => {
    const text = 'Hóa đơn số 0004127 có hạn thanh toán vào ngày 13 tháng 10 năm 2026.';
    const [m] = findings(rule, text, 'vi');
    const [s, e] = m!.suggestions[0]!.range;
    const fixed = text.slice(0, s) + m!.suggestions[0]!.text + text.slice(e);
    expect(fixed).toBe('Hóa đơn số 0004127 có hạn thanh toán vào ngày 31 tháng 10 năm 2026.');
  });
});
