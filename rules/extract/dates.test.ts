import { describe, expect, it } from 'vitest';
import { findDates, isoDate } from './dates.ts';

describe('findDates', () => {
  const cases: Array<[string, 'en' | 'es' | 'vi', string, string, string?]> = [
    ['is due on November 30, 2026.', 'en', 'November 30, 2026', '2026-11-30'],
    ['due 30 Nov 2026', 'en', '30 Nov 2026', '2026-11-30'],
    ['due 2026-11-30', 'en', '2026-11-30', '2026-11-30'],
    ['due 30/11/2026', 'en', '30/11/2026', '2026-11-30'],
    ['due 11/30/2026', 'en', '11/30/2026', '2026-11-30'],
    ['due 04/05/2026', 'en', '04/05/2026', '2026-04-05', 'US'],
    ['due 04/05/2026', 'en', '04/05/2026', '2026-05-04', 'GB'],
    ['due this Friday, April 10, 2026', 'en', 'Friday, April 10, 2026', '2026-04-10'],
    ['vence el 30 de noviembre de 2026', 'es', '30 de noviembre de 2026', '2026-11-30'],
    ['vence el próximo 5 de junio', 'es', '5 de junio', '0000-06-05'],
    ['hạn thanh toán ngày 30 tháng 11 năm 2026', 'vi', 'ngày 30 tháng 11 năm 2026', '2026-11-30'],
    ['đến hạn ngày 30/11/2026', 'vi', 'ngày 30/11/2026', '2026-11-30'],
    ['hạn ngày 30/11', 'vi', 'ngày 30/11', '0000-11-30'],
  ];
  for (const [text, lang, expected, iso, region] of cases) {
    it(`finds ${expected} (${lang}${region ? `-${region}` : ''})`, () => {
      const found = findDates(text, lang, region);
      expect(found.map((d) => d.text)).toEqual([expected]);
      expect(isoDate(found[0]!, 2000)).toBe(iso.replace(/^0000/, '2000'));
    });
  }

  const none: Array<[string, 'en' | 'es' | 'vi']> = [
    ['Call us on 061 555 0190 or 902-555-0147', 'en'],
    ['Sort code: 20-45-77', 'en'],
    ['We may have to refer the account', 'en'],
    ['Invoice 2026-031 and MAY-2026-014', 'en'],
    ['chuyển khoản nhanh 24/7, kỳ tháng 7–12/2026, tháng 5/2026', 'vi'],
    ['Hợp đồng số 45/2025/HĐMB', 'vi'],
    ['factura A-2026/114', 'es'],
  ];
  for (const [text, lang] of none) {
    it(`finds no date in "${text}"`, () => {
      expect(findDates(text, lang)).toEqual([]);
    });
  }
});
