import { describe, expect, it } from 'vitest';
import { findings } from './test-helpers.ts';

const rule = 'facts/invoice-number';

describe(rule, () => {
  const valid: Array<[string, 'en' | 'es' | 'vi', string]> = [
    ['en: the record number', 'en', 'Invoice INV-2041 for $2,380.00 was due on October 31, 2026.'],
    ['en: with "no." and "#"', 'en', 'Invoice no. #INV-2041 is attached.'],
    ['en: "invoice" followed by words', 'en', 'The invoice for $2,380.00, dated October 1, 2026, is attached.'],
    ['en: end of sentence', 'en', 'Please find attached invoice INV-2041.'],
    ['es: número de factura', 'es', 'La factura F-2026-311 venció el 31 de octubre de 2026.'],
    ['es: "factura nº"', 'es', 'Adjuntamos la factura nº F-2026-311.'],
    ['es: factura seguida de una fecha', 'es', 'La factura del 1 de octubre de 2026 sigue pendiente.'],
    ['vi: hóa đơn số', 'vi', 'Hóa đơn số 0004127 đã quá hạn thanh toán.'],
    ['vi: hoá đơn (old-style tone mark)', 'vi', 'Hoá đơn số 0004127 đã quá hạn thanh toán.'],
    ['vi: hóa đơn tháng', 'vi', 'Hóa đơn tháng 10 của Quý khách đã quá hạn.'],
    ['en: a labelled line', 'en', 'Invoice number: INV-2041\nInvoice date: October 1, 2026'],
    ['es: una línea con etiqueta', 'es', 'Número de factura: F-2026-311\nFecha de emisión: 1 de octubre de 2026'],
    ['vi: dòng có nhãn', 'vi', 'Số hóa đơn: 0004127\nNgày lập: ngày 1 tháng 10 năm 2026'],
  ];
  for (const [name, lang, text] of valid) {
    it(`valid — ${name}`, () => expect(findings(rule, text, lang)).toEqual([]));
  }

  it('invalid — en: transposed digits', () => {
    const [m, ...rest] = findings(rule, 'Invoice INV-2014 for $2,380.00 was due on October 31, 2026.', 'en');
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ severity: 'error', actual: 'INV-2014', message: 'Invoice number INV-2014 differs from the invoice record (INV-2041).', fixable: true });
    expect(m!.suggestions[0]!.text).toBe('INV-2041');
  });

  it('invalid — es: otra factura', () => {
    const [m] = findings(rule, 'Le recordamos que la factura F-2026-131 sigue pendiente.', 'es');
    expect(m).toMatchObject({ actual: 'F-2026-131' });
    expect(m!.suggestions[0]!.text).toBe('F-2026-311');
  });

  it('invalid — labelled lines in the three languages', () => {
    expect(findings(rule, 'Invoice: INV-2014', 'en').map((m) => m.actual)).toEqual(['INV-2014']);
    expect(findings(rule, 'Número de factura: F-2026-113', 'es').map((m) => m.actual)).toEqual(['F-2026-113']);
    expect(findings(rule, 'Số hóa đơn: 0004721', 'vi').map((m) => m.actual)).toEqual(['0004721']);
  });

  it('invalid — vi: sai số hóa đơn', () => {
    const [m] = findings(rule, 'Hóa đơn số 0004172 đã quá hạn thanh toán.', 'vi');
    expect(m).toMatchObject({ actual: '0004172' });
  });
});
