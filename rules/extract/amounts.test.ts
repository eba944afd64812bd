import { describe, expect, it } from 'vitest';
import { findAmounts, parseNumber } from './amounts.ts';

describe('findAmounts', () => {
  const cases: Array<[string, 'en' | 'es' | 'vi', string, number, string]> = [
    ['The balance of $2,380.00 is now due.', 'en', '$2,380.00', 2380, '$'],
    ['Total outstanding: USD 2,380.', 'en', 'USD 2,380', 2380, 'USD'],
    ['Invoice for £2,350.00 (website build).', 'en', '£2,350.00', 2350, 'GBP'],
    ['Importe total adeudado: 1.234,56 €.', 'es', '1.234,56 €', 1234.56, 'EUR'],
    ['por un total de 1 234,56 EUR', 'es', '1 234,56 EUR', 1234.56, 'EUR'],
    ['Adeudo total: MXN 18,450.50 (IVA incluido)', 'es', 'MXN 18,450.50', 18450.5, 'MXN'],
    ['por $ 285.000 (pesos argentinos)', 'es', '$ 285.000', 285000, '$'],
    ['số tiền 12.500.000 ₫ (đã bao gồm VAT)', 'vi', '12.500.000 ₫', 12500000, 'VND'],
    ['số tiền 12.500.000 VNĐ', 'vi', '12.500.000 VNĐ', 12500000, 'VND'],
    ['khoản thanh toán đợt 2 là 12,5 triệu đồng', 'vi', '12,5 triệu đồng', 12500000, 'VND'],
    ['tổng số tiền 46.200.000 đồng', 'vi', '46.200.000 đồng', 46200000, 'VND'],
  ];
  for (const [text, lang, expected, value, currency] of cases) {
    it(`finds ${expected} (${lang})`, () => {
      const found = findAmounts(text, lang);
      expect(found.map((a) => a.text)).toEqual([expected]);
      expect(found[0]!.value).toBeCloseTo(value);
      expect(found[0]!.currency).toBe(currency);
      expect(text.slice(found[0]!.start, found[0]!.end)).toBe(expected);
    });
  }

  const none: Array<[string, 'en' | 'es' | 'vi']> = [
    ['Invoice 2026-031 was sent on 12 June.', 'en'],
    ['Account number: 43819022, sort code 20-45-77', 'en'],
    ['a late fee of 1.5% per month applies', 'en'],
    ['factura n.º 20518, cuenta 1045-2291', 'es'],
    ['Hóa đơn số 0004127, lãi 0,05%/ngày', 'vi'],
    ['Gọi 0912 345 678 hoặc chuyển khoản 24/7', 'vi'],
  ];
  for (const [text, lang] of none) {
    it(`finds no amount in "${text}"`, () => {
      expect(findAmounts(text, lang)).toEqual([]);
    });
  }
});

describe('parseNumber', () => {
  it('reads the usual conventions', () => {
    expect(parseNumber('1,234.56')).toBe(1234.56);
    expect(parseNumber('1.234,56')).toBe(1234.56);
    expect(parseNumber('1 234,56')).toBe(1234.56);
    expect(parseNumber('12.500.000')).toBe(12500000);
    expect(parseNumber('2,380')).toBe(2380);
    expect(parseNumber('217,80')).toBe(217.8);
  });
});

describe('findAmounts: amounts written in words', () => {
  const texts = (text: string, lang: 'en' | 'es' | 'vi') => findAmounts(text, lang).map((a) => [a.text, a.value]);
  it('reads a run of number words before a currency word, without a value', () => {
    expect(texts('The balance of twelve hundred dollars for the May sessions is due.', 'en')).toEqual([['twelve hundred dollars', null]]);
    expect(texts('El importe del taller, mil doscientos euros, vencía ayer.', 'es')).toEqual([['mil doscientos euros', null]]);
    expect(texts('Phí chụp ảnh tháng 5 là hai triệu đồng.', 'vi')).toEqual([['hai triệu đồng', null]]);
  });
  it('does not read number words without a currency, or "đồng" as a word of its own', () => {
    expect(texts('We sent two reminders and one letter.', 'en')).toEqual([]);
    expect(texts('Năm đồng nghiệp đã xác nhận.', 'vi')).toEqual([]);
  });
});
