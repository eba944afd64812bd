import { describe, expect, it } from 'vitest';
import { element, finding } from './test-helpers.ts';

describe('required/call-to-action', () => {
  const present: Array<[string, 'en' | 'es' | 'vi']> = [
    ['Please pay the balance by bank transfer to the account on the invoice.', 'en'],
    ['Could you let me know when we can expect payment?', 'en'],
    ['Call Renee on (503) 555-0176 to agree a payment plan.', 'en'],
    ['You can pay online at https://pay.acme.example.com.', 'en'],
    ['Pay now by card using the link below.', 'en'],
    ['Le rogamos que efectúe la transferencia a la mayor brevedad.', 'es'],
    ['Por favor, realiza el pago con tarjeta desde tu área de cliente.', 'es'],
    ['¿Nos puede confirmar cuándo realizará el pago?', 'es'],
    ['Kính đề nghị Quý khách chuyển khoản vào tài khoản ghi trên hóa đơn.', 'vi'],
    ['Chị vui lòng phản hồi email này để xác nhận lịch thanh toán.', 'vi'],
  ];
  for (const [text, lang] of present) it(`present (${lang}): ${text.slice(0, 50)}`, () => expect(element(text, lang, 'call-to-action')).toBe(true));

  const absent: Array<[string, 'en' | 'es' | 'vi']> = [
    // "Please find attached" and "please disregard" are not calls to action; a conditional offer is not either.
    ['Please find attached invoice 4410. If you have already paid, please disregard this message.', 'en'],
    ['If you have any questions, please contact us at accounts@acme.example.com.', 'en'],
    ['Adjuntamos la factura 2026/118. Si ya realizó el pago, le rogamos hacer caso omiso de este mensaje.', 'es'],
    ['Si tiene cualquier duda, no dude en contactarnos. Quedamos a su disposición.', 'es'],
    ['Chúng tôi gửi lại hóa đơn số 0001275. Nếu Quý khách đã thanh toán, xin vui lòng bỏ qua email này.', 'vi'],
    ['Mọi thắc mắc xin liên hệ phòng kế toán.', 'vi'],
  ];
  for (const [text, lang] of absent) it(`absent (${lang}): ${text.slice(0, 50)}`, () => expect(element(text, lang, 'call-to-action')).toBe(false));

  it('suggests the request before the sign-off', () => {
    const text = 'Hi Dana,\n\nPlease find attached invoice 4410.\n\nKind regards,\nLee';
    const m = finding(text, 'en', 'call-to-action');
    expect(m?.line).toBe(5);
    expect(m?.suggestions[0]?.range[0]).toBe(text.indexOf('Kind regards'));
    expect(m?.suggestions[0]?.text).toMatch(/^Please pay/);
  });
});
