import { describe, expect, it } from 'vitest';
import { element, finding } from './test-helpers.ts';

describe('required/already-paid-note', () => {
  const present: Array<[string, 'en' | 'es' | 'vi']> = [
    ['If you have already paid, thank you, and please disregard this reminder.', 'en'],
    ['If your payment has crossed with this email, please ignore it.', 'en'],
    ['Already paid? Thanks! Payments take a day or two to show.', 'en'],
    ["If it somehow already went out and I missed it, I'll happily eat my words.", 'en'],
    ['Si ya ha realizado el pago, le rogamos que no tenga en cuenta este mensaje.', 'es'],
    ['En caso de que ya haya efectuado la transferencia, disculpe las molestias.', 'es'],
    ['Si el pago se hubiera efectuado en los últimos días, ignore este aviso.', 'es'],
    ['Nếu Quý khách đã thanh toán, xin vui lòng bỏ qua thông báo này.', 'vi'],
    ['Trường hợp anh đã chuyển khoản rồi, anh bỏ qua email này giúp em nhé.', 'vi'],
  ];
  for (const [text, lang] of present) it(`present (${lang}): ${text.slice(0, 50)}`, () => expect(element(text, lang, 'already-paid-note')).toBe(true));

  const absent: Array<[string, 'en' | 'es' | 'vi']> = [
    ['Please pay invoice 4410 today. Thank you for your business.', 'en'],
    ['Le rogamos que realice el pago hoy. Gracias por su confianza.', 'es'],
    ['Kính đề nghị Quý khách thanh toán trong hôm nay. Xin cảm ơn.', 'vi'],
  ];
  for (const [text, lang] of absent) it(`absent (${lang}): ${text.slice(0, 50)}`, () => expect(element(text, lang, 'already-paid-note')).toBe(false));

  it('suggests the note before the sign-off, in the language of the email', () => {
    const text = 'Estimado Sr. Ruiz:\n\nLe rogamos que realice el pago hoy.\n\nAtentamente,\nMarta';
    const m = finding(text, 'es', 'already-paid-note');
    expect(m?.suggestions[0]?.range[0]).toBe(text.indexOf('Atentamente'));
    expect(m?.suggestions[0]?.text).toMatch(/^Si ya ha realizado el pago/);
  });
});
