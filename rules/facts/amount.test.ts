import { describe, expect, it } from 'vitest';
import { lint } from '../index.ts';
import { findings, RECORDS } from './test-helpers.ts';

const rule = 'facts/amount';

describe(rule, () => {
  const valid: Array<[string, 'en' | 'es' | 'vi', string]> = [
    ['en: the record amount', 'en', 'Invoice INV-2041 for $2,380.00 was due on October 31, 2026.'],
    ['en: USD code form', 'en', 'Invoice INV-2041 (USD 2,380) was due on October 31, 2026.'],
    ['en: a late fee is not the amount owed', 'en', 'Invoice INV-2041 for $2,380.00 is overdue; a late fee of $40.00 applies.'],
    ['es: Spanish format', 'es', 'La factura F-2026-311, por un importe de 1.234,56 €, venció el 31 de octubre de 2026.'],
    ['es: instalments are not the amount owed', 'es', 'Puede abonar los 1.234,56 € en tres cuotas de 411,52 €.'],
    ['vi: dong symbol', 'vi', 'Hóa đơn số 0004127 với số tiền 12.500.000 ₫ đã quá hạn.'],
    ['vi: scale word', 'vi', 'Hóa đơn số 0004127 với số tiền 12,5 triệu đồng đã quá hạn.'],
  ];
  for (const [name, lang, text] of valid) {
    it(`valid — ${name}`, () => expect(findings(rule, text, lang)).toEqual([]));
  }

  it('invalid — en: a different figure, with the record amount suggested', () => {
    const [m, ...rest] = findings(rule, 'Invoice INV-2041 for $2,830.00 was due on October 31, 2026.', 'en');
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ severity: 'error', actual: '$2,830.00', fixable: true, message: 'Amount $2,830.00 differs from the invoice record ($2,380.00).' });
    expect(m!.suggestions[0]!.text).toBe('$2,380.00');
  });

  it('invalid — es: a transposed figure, suggested in the es-ES format', () => {
    const [m] = findings(rule, 'La factura F-2026-311, por 1.324,56 €, venció el 31 de octubre de 2026.', 'es', { language: 'es-ES' });
    expect(m).toMatchObject({ actual: '1.324,56 €', message: 'Amount 1.324,56 € differs from the invoice record (1.234,56 €).' });
    expect(m!.suggestions[0]!.text).toBe('1.234,56 €');
  });

  it('invalid — es-MX: pesos written for a different value', () => {
    const invoice = { ...RECORDS.es, amount: 18450.5, currency: 'MXN' };
    const [m] = findings(rule, 'La factura F-2026-311 por $18,540.50 MXN venció el 31 de octubre de 2026.', 'es', { language: 'es-MX', invoice });
    expect(m!.suggestions[0]!.text).toBe('$18,450.50 MXN');
  });

  it('invalid — vi: wrong amount in dong', () => {
    const [m] = findings(rule, 'Hóa đơn số 0004127 với số tiền 15.200.000 ₫ đã quá hạn.', 'vi');
    expect(m).toMatchObject({ actual: '15.200.000 ₫' });
    expect(m!.suggestions[0]!.text).toBe('12.500.000 ₫');
  });

  it('invalid — another currency', () => {
    const [m] = findings(rule, 'Invoice INV-2041 for €2,380.00 was due on October 31, 2026.', 'en');
    expect(m!.message).toBe("Amount €2,380.00 is not in the invoice's currency ($2,380.00).");
  });

  it('does not run without an invoice record', () => {
    const report = lint('Invoice INV-2041 for $2,830.00 was due on October 31, 2026.', { language: 'en', stage: 'overdue' });
    expect(report.messages.filter((m) => m.ruleId === rule)).toEqual([]);
  });
});
