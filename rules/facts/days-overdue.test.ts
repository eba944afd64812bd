import { describe, expect, it } from 'vitest';
import { findings } from './test-helpers.ts';

const rule = 'facts/days-overdue';
// Due 2026-10-31, today 2026-11-23: 23 days overdue.

describe(rule, () => {
  const valid: Array<[string, 'en' | 'es' | 'vi', string]> = [
    ['en: exact count', 'en', 'The payment is now 23 days overdue.'],
    ['en: a day off is allowed (time zones)', 'en', 'The payment is now 22 days overdue.'],
    ['en: "overdue by"', 'en', 'Overdue by: 23 days'],
    ['es: días de retraso', 'es', 'El pago acumula ya 23 días de retraso.'],
    ['es: vencida hace', 'es', 'La factura está vencida hace 23 días.'],
    ['vi: quá hạn N ngày', 'vi', 'Khoản thanh toán này hiện đã quá hạn 23 ngày.'],
    ['vi: số ngày quá hạn', 'vi', 'Số ngày quá hạn: 23 ngày'],
    ['en: other day counts are not overdue counts', 'en', 'Please pay within 14 days.'],
    ['en: payment terms state a condition', 'en', 'A late fee of 1.5% per month applies to balances more than 30 days past due.'],
    ['es: condición de las condiciones de pago', 'es', 'Se aplica un recargo a las facturas con más de 30 días de retraso.'],
    ['vi: điều kiện trong điều khoản', 'vi', 'Lãi chậm trả áp dụng cho khoản nợ quá hạn trên 30 ngày.'],
  ];
  for (const [name, lang, text] of valid) {
    it(`valid — ${name}`, () => expect(findings(rule, text, lang)).toEqual([]));
  }

  it('invalid — en: wrong count, the right one suggested', () => {
    const [m, ...rest] = findings(rule, 'The payment is now 45 days overdue.', 'en');
    expect(rest).toEqual([]);
    expect(m).toMatchObject({
      severity: 'error',
      actual: '45',
      message: 'The text says 45 days overdue, but the invoice was due 23 days ago (2026-10-31).',
    });
    expect(m!.suggestions[0]!.text).toBe('23');
  });

  it('invalid — es: cuenta errónea', () => {
    const [m] = findings(rule, 'El pago acumula ya 14 días de retraso.', 'es');
    expect(m).toMatchObject({ actual: '14' });
    expect(m!.suggestions[0]!.text).toBe('23');
  });

  it('invalid — vi: not overdue yet', () => {
    const [m] = findings(rule, 'Khoản thanh toán này hiện đã quá hạn 10 ngày.', 'vi', { today: '2026-10-20' });
    expect(m!.message).toBe('The text says 10 days overdue, but the invoice is not overdue yet (due 2026-10-31).');
    expect(m!.suggestions).toEqual([]);
  });
});
