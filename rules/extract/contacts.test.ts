import { describe, expect, it } from 'vitest';
import { findAddresses, findEmails, findPhones, findUrls } from './contacts.ts';

describe('findPhones', () => {
  const phones: Array<[string, 'en' | 'es' | 'vi', string]> = [
    ['Call (503) 555-0142 today', 'en', '(503) 555-0142'],
    ['+1 (415) 555-0142 · www.x.io', 'en', '+1 (415) 555-0142'],
    ['tom@x.co.uk | 07700 900418', 'en', '07700 900418'],
    ['Tel. 976 57 12 34', 'es', '976 57 12 34'],
    ['+34 963 12 45 67', 'es', '+34 963 12 45 67'],
    ['Tel. +52 81 8333 1020', 'es', '+52 81 8333 1020'],
    ['ĐT: (028) 3812 4567', 'vi', '(028) 3812 4567'],
    ['Hotline: +84 909 123 456', 'vi', '+84 909 123 456'],
    ['ĐT/Zalo: 0912 345 678', 'vi', '0912 345 678'],
  ];
  for (const [text, lang, expected] of phones) {
    it(`finds ${expected}`, () => {
      expect(findPhones(text, lang).map((p) => p.text)).toEqual([expected]);
    });
  }

  it('tells a fax number from a phone number by its label', () => {
    const found = findPhones('Tel. (312) 555-0193 · Fax (312) 555-0194', 'en');
    expect(found.map((p) => p.channel)).toEqual(['phone', 'fax']);
  });

  const notPhones: Array<[string, 'en' | 'es' | 'vi']> = [
    ['Account number: 43819022', 'en'],
    ['BSB 062-000 · Account 1234 5678', 'en'],
    ['IBAN ES12 2100 0418 4502 0005 1332', 'es'],
    ['CLABE 012180001234567891', 'es'],
    ['la factura C 0003-00000457', 'es'],
    ['Số tài khoản: 0071 0012 34567', 'vi'],
    ['hóa đơn số 0004127', 'vi'],
    ['số tiền 12.500.000', 'vi'],
  ];
  for (const [text, lang] of notPhones) {
    it(`is not a phone: "${text}"`, () => expect(findPhones(text, lang)).toEqual([]));
  }
});

describe('findUrls', () => {
  it('tells invoice and payment links from the website', () => {
    const text =
      'View it here: https://billing.lumen.io/invoices/INV-20418\nPay at www.conectafibra.com.co/pagos\nbilling@lumen.io · www.lumen.io\nW: carverlee.com';
    const found = findUrls(text, 'en', findEmails(text));
    expect(found.map((u) => [u.text, u.kind])).toEqual([
      ['https://billing.lumen.io/invoices/INV-20418', 'invoice'],
      ['www.conectafibra.com.co/pagos', 'invoice'],
      ['www.lumen.io', 'website'],
      ['carverlee.com', 'website'],
    ]);
  });

  it('reads a view cue before a bare link as a link to the invoice (es, vi)', () => {
    expect(findUrls('Puede consultarla en su área de cliente: https://app.ejemplo.es', 'es')[0]!.kind).toBe('invoice');
    expect(findUrls('Anh/chị có thể xem trên cổng phụ huynh tại https://phuhuynh.hoasen.edu.vn', 'vi')[0]!.kind).toBe('invoice');
    expect(findUrls('Website: www.saoviet.vn', 'vi')[0]!.kind).toBe('website');
  });
});

describe('findAddresses', () => {
  const addresses: Array<[string, 'en' | 'es' | 'vi']> = [
    ['500 Howard Street, Suite 300, San Francisco, CA 94105', 'en'],
    ['14 Cranbourne Road, Bristol BS6 5PT', 'en'],
    ['C/ de Sueca, 31, 46006 Valencia', 'es'],
    ['Av. Providencia 1650, oficina 402, Providencia, Santiago', 'es'],
    ['Carrera 43A n.º 1 Sur-100, Medellín, Antioquia', 'es'],
    ['364 Cộng Hòa, Phường 13, Quận Tân Bình, TP. Hồ Chí Minh', 'vi'],
    ['Lô C5, KCN Tân Tạo, Quận Bình Tân, TP.HCM', 'vi'],
    ['Địa chỉ: {{dia_chi_cong_ty}}', 'vi'],
  ];
  for (const [text, lang] of addresses) {
    it(`recognises "${text}"`, () => expect(findAddresses(text, lang)).toHaveLength(1));
  }
  const notAddresses: Array<[string, 'en' | 'es' | 'vi']> = [
    ['Thanks again for having us out this season!', 'en'],
    ['due on the 1st of June 2026', 'en'],
    ['Monterrey, N. L., a 3 de junio de 2026', 'es'],
    ['Chuyển khoản nhanh 24/7 sẽ báo có ngay lập tức', 'vi'],
  ];
  for (const [text, lang] of notAddresses) {
    it(`does not take "${text}" for an address`, () => expect(findAddresses(text, lang)).toEqual([]));
  }
});

describe('findEmails finds what a scan with the full pattern finds', () => {
  const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
  const texts = [
    'Write to accounts@brightside.example or ar.team+billing@cedar-pine.co.uk today.',
    'Correo: cobros@ferreteriagil.es · Tel. 910 000 000 · Web: www.ferreteriagil.es',
    'Email: ketoan@saoviet.vn, hoặc gọi 028 3823 4567. @handle and a@b and x@@y.com',
    'Twice: a@b.com@c.org and the end is user@host.',
    'nguyễn.văn.minh@công-ty.vn (a name with Vietnamese letters)',
  ];
  for (const text of texts) {
    it(text.slice(0, 40), () => {
      const expected = [...text.matchAll(EMAIL)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
      expect(findEmails(text)).toEqual(expected);
    });
  }
});
