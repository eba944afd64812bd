import { describe, expect, it } from 'vitest';
import { findings } from './test-helpers.ts';

const rule = 'facts/stage';
// Due 2026-10-31.

const TEXT = {
  en: 'Invoice INV-2041 for $2,380.00 is due on October 31, 2026.',
  es: 'La factura F-2026-311 por 1.234,56 € vence el 31 de octubre de 2026.',
  vi: 'Hóa đơn số 0004127 với số tiền 12.500.000 ₫ có hạn thanh toán ngày 31/10/2026.',
} as const;

describe(rule, () => {
  const valid: Array<[string, 'en' | 'es' | 'vi', string, string]> = [
    ['en: before-due three days ahead', 'en', 'before-due', '2026-10-28'],
    ['en: before-due on the day', 'en', 'before-due', '2026-10-31'],
    ['es: due two days after', 'es', 'due', '2026-11-02'],
    ['es: overdue after 23 days', 'es', 'overdue', '2026-11-23'],
    ['vi: collection after 23 days', 'vi', 'collection', '2026-11-23'],
    ['vi: final-demand after 45 days', 'vi', 'final-demand', '2026-12-15'],
  ];
  for (const [name, lang, stage, today] of valid) {
    it(`valid — ${name}`, () => expect(findings(rule, TEXT[lang], lang, { stage, today })).toEqual([]));
  }

  it('invalid — en: before-due for an invoice already past due', () => {
    const [m, ...rest] = findings(rule, TEXT.en, 'en', { stage: 'before-due', today: '2026-11-23' });
    expect(rest).toEqual([]);
    expect(m).toMatchObject({
      severity: 'warning',
      message: 'A before-due reminder does not fit: today is 23 days after the due date (2026-10-31); the invoice is already past due: use due or overdue.',
      actual: 'October 31, 2026',
    });
  });

  it('invalid — es: final-demand the day after the due date', () => {
    const [m] = findings(rule, TEXT.es, 'es', { stage: 'final-demand', today: '2026-11-01' });
    expect(m!.message).toMatch(/^A final-demand reminder does not fit: today is 1 days after the due date/);
  });

  it('invalid — vi: overdue before the due date', () => {
    const [m] = findings(rule, TEXT.vi, 'vi', { stage: 'overdue', today: '2026-10-25' });
    expect(m!.message).toBe('A overdue reminder does not fit: today is 6 days before the due date (2026-10-31); the invoice is not overdue yet: use before-due or due.');
  });
});
