import { describe, expect, it } from 'vitest';
import { lint } from '../index.ts';
import { element, finding } from './test-helpers.ts';

describe('required/contact-details', () => {
  const present: Array<[string, 'en' | 'es' | 'vi']> = [
    ['Acme Ltd\n12 High Street, Leeds LS1 4AB\n+44 113 496 0000 · accounts@acme.example.co.uk', 'en'],
    ['T: (860) 555-0121 | E: accounts@carver.example.com | W: carver.example.com', 'en'],
    ['{{company_address}}\nPhone: {{company_phone}}\nEmail: {{company_email}}', 'en'],
    ['Ferretería Luna S.L. · C/ Mayor 12, 28013 Madrid · Tel. 910 00 00 00 · cobros@ferreteria-luna.es', 'es'],
    ['Tel. {telefono} · {correo} · {sitio_web}', 'es'],
    ['Địa chỉ: 12 Lê Lợi, Quận 1, TP.HCM\nĐT: (028) 3812 4567\nEmail: ketoan@vanphongxanh.vn', 'vi'],
  ];
  for (const [text, lang] of present) it(`present (${lang}): ${text.slice(0, 50)}`, () => expect(element(text, lang, 'contact-details')).toBe(true));

  const absent: Array<[string, 'en' | 'es' | 'vi']> = [
    // Two channels only; a payment link is not the website channel; two phone numbers are one channel.
    ['Pay at https://pay.acme.example.com/4410\nCall 061 555 0190 or email accounts@acme.example.ie', 'en'],
    ['Tel. 910 00 00 00 · Móvil 600 00 00 00 · cobros@ferreteria-luna.es', 'es'],
    ['Hotline: 0909 123 456 – ĐT: (028) 3812 4567', 'vi'],
  ];
  for (const [text, lang] of absent) it(`absent (${lang}): ${text.slice(0, 50)}`, () => expect(element(text, lang, 'contact-details')).toBe(false));

  it('says which channels were found and how many are missing', () => {
    expect(finding('Questions? Call 061 555 0190 or email accounts@acme.example.ie', 'en', 'contact-details')?.message).toMatch(
      /found 2 of 3 channels \(email, phone\); add 1 more/,
    );
  });

  it('honours a configured threshold', () => {
    const text = 'Questions? Call 061 555 0190 or email accounts@acme.example.ie';
    expect(lint(text, { language: 'en', stage: 'due', settings: { contactChannels: 2 } }).elements['contact-details']).toBe(true);
  });
});
