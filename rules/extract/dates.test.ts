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

describe('findDates: dates written as a list', () => {
  const read = (text: string, lang: 'en' | 'es' | 'vi') => findDates(text, lang).map((d) => [d.year, d.month, d.day]);
  it('reads Spanish days that share their month ("del 1 y el 15 de octubre")', () => {
    expect(read('A pesar de nuestros recordatorios del 1 y el 15 de octubre, la factura sigue pendiente.', 'es')).toEqual([
      [null, 10, 1],
      [null, 10, 15],
    ]);
    expect(read('Le enviamos avisos los días 1, 8 y 15 de octubre de 2026.', 'es')).toEqual([
      [2026, 10, 1],
      [2026, 10, 8],
      [2026, 10, 15],
    ]);
  });
  it('reads English days that share their month ("1 and 15 October 2026")', () => {
    expect(read('Our reminders of 1 and 15 October 2026 went unanswered.', 'en')).toEqual([
      [2026, 10, 1],
      [2026, 10, 15],
    ]);
  });
  it('reads Vietnamese day/month lists, with the year of the item that has one', () => {
    expect(read('Chúng tôi đã gửi thư nhắc vào ngày 1/10 và 15/10 nhưng chưa nhận được phản hồi.', 'vi')).toEqual([
      [null, 10, 1],
      [null, 10, 15],
    ]);
    expect(read('Chúng tôi đã gửi thư nhắc các ngày 10/03, 08/04 và 12/05/2026, khoản nợ vẫn chưa được thanh toán.', 'vi')).toEqual([
      [2026, 3, 10],
      [2026, 4, 8],
      [2026, 5, 12],
    ]);
  });
  it('does not read numbers of a list that is not of dates', () => {
    expect(read('Pague las cuotas 3 y 4 antes del 5 de mayo.', 'es')).toEqual([[null, 5, 5]]);
    expect(read('Tổng cộng 2, 3 và 4 hạng mục, hạn thanh toán ngày 5/6.', 'vi')).toEqual([[null, 6, 5]]);
  });
});

describe('findDates: a day and month without a year where only a date can stand', () => {
  const read = (text: string, lang: 'en' | 'es' | 'vi') => findDates(text, lang).map((d) => [d.year, d.month, d.day]);
  it('reads "vence el viernes 10/5" and "hôm nay 15/6", and leaves fractions alone', () => {
    expect(read('La cuota de mayo vence el viernes 10/5.', 'es')).toEqual([[null, 5, 10]]);
    expect(read('Hạn thanh toán là hôm nay 15/6 theo hợp đồng.', 'vi')).toEqual([[null, 6, 15]]);
    expect(read('Recordatorios del 5 y del 12 de febrero.', 'es')).toEqual([
      [null, 2, 5],
      [null, 2, 12],
    ]);
    expect(read('Pagamos el 50/50 y 3/4 partes.', 'es')).toEqual([]);
    expect(read('Tỷ lệ 3/4 và 1/2 số lượng.', 'vi')).toEqual([]);
  });
});
