import { describe, expect, it } from 'vitest';
import { element, finding } from './test-helpers.ts';

describe('required/amount', () => {
  const present: Array<[string, 'en' | 'es' | 'vi']> = [
    ['Invoice 4410 for $1,920.00 is now 10 days overdue.', 'en'],
    ['The outstanding balance is EUR 640.', 'en'],
    ['Invoice {{invoice_number}} for {{ invoice.total }} is overdue.', 'en'],
    ['La factura 2026/118, por 1.452,30 €, sigue pendiente.', 'es'],
    ['El saldo pendiente es de $12,800.00 MXN.', 'es'],
    ['La factura %(numero)s por %(importe)s está vencida.', 'es'],
    ['Hóa đơn số 0001275, số tiền 8.750.000 VNĐ, đã quá hạn.', 'vi'],
    ['Khoản học phí 3,2 triệu đồng đã quá hạn.', 'vi'],
    ['Hóa đơn {{so_hoa_don}} với số tiền {{tong_tien}} đã quá hạn.', 'vi'],
  ];
  for (const [text, lang] of present) it(`present (${lang}): ${text.slice(0, 50)}`, () => expect(element(text, lang, 'amount')).toBe(true));

  const absent: Array<[string, 'en' | 'es' | 'vi']> = [
    // An invoice number, an account number or a percentage is not an amount.
    ['Invoice 2026-0412 is overdue. Account number 40718833. A late fee of 2% per month applies.', 'en'],
    ['The balance is shown on the attached statement.', 'en'],
    ['La factura 2026/118 (pedido 4471) sigue pendiente de pago.', 'es'],
    ['Hóa đơn số 0001275 ngày 05/03/2026 vẫn chưa được thanh toán. Hotline 0909 123 456.', 'vi'],
  ];
  for (const [text, lang] of absent) it(`absent (${lang}): ${text.slice(0, 50)}`, () => expect(element(text, lang, 'amount')).toBe(false));

  it('does not take a late fee for the amount owed', () => {
    expect(element('Invoice 4410 is overdue; a late fee of $25.00 will be added next week.', 'en', 'amount')).toBe(false);
  });

  it('points at the opening sentence and suggests an amount sentence in the language', () => {
    const m = finding('Chào anh Minh,\n\nHóa đơn số 0001275 đã quá hạn.\n\nTrân trọng,', 'vi', 'amount');
    expect(m?.line).toBe(3);
    expect(m?.suggestions[0]?.text).toMatch(/Số tiền cần thanh toán là/);
  });
});
