import { describe, expect, it } from 'vitest';
import { element, finding } from './test-helpers.ts';

describe('required/invoice-copy', () => {
  const present: Array<[string, 'en' | 'es' | 'vi']> = [
    ['Hi Dana,\n\nI have attached invoice 4410 for the March retainer.', 'en'],
    ['Please find enclosed a copy of invoice 4410.', 'en'],
    ['You can view and download the invoice at https://acme.example.com/billing/invoices/4410', 'en'],
    ['Your invoice is available in your customer portal: {{portal_url}}', 'en'],
    ['Pay online here: https://pay.acme.example.com', 'en'],
    ['Adjunto le remito la factura 2026/118 correspondiente a marzo.', 'es'],
    ['Puede descargar la factura desde su área de cliente: https://clientes.ferreteria-luna.es/facturas', 'es'],
    ['Encontrará la factura en el enlace {{ enlace_factura }}', 'es'],
    ['Chúng tôi gửi kèm hóa đơn điện tử số 0001275 trong email này.', 'vi'],
    ['Quý khách có thể tra cứu hóa đơn tại: https://hoadon.vanphongxanh.vn/tra-cuu?ma=VP1275', 'vi'],
    ['Hóa đơn đính kèm: {{link_hoa_don}}', 'vi'],
    // Something else attached too: the invoice still counts when the sentence names it.
    ['Please find attached the invoice and the signed contract.', 'en'],
    ['Adjuntamos la factura y el albarán de entrega.', 'es'],
    ['Em gửi kèm hóa đơn và phiếu giao hàng ở email này.', 'vi'],
  ];
  for (const [text, lang] of present) it(`present (${lang}): ${text.slice(0, 50)}`, () => expect(element(text, lang, 'invoice-copy')).toBe(true));

  const absent: Array<[string, 'en' | 'es' | 'vi']> = [
    // An invoice number alone is not a copy, and the sender's website is not a link to it.
    ['This is about invoice 4410 for the March retainer.\n\nAcme Ltd · www.acme.example.com', 'en'],
    ['Please attach the remittance advice when you pay invoice 4410.', 'en'],
    ['Le escribimos por la factura 2026/118.\n\nWeb: www.ferreteria-luna.es', 'es'],
    ['Chúng tôi xin nhắc Quý khách về hóa đơn số 0001275.\nWebsite: www.vanphongxanh.vn', 'vi'],
    // Attached, but not the invoice.
    ["Invoice 4410 for $320.00 was due on May 5. I've attached the updated autumn timetable.", 'en'],
    ['La factura 2026/118 venció el 5 de mayo. Le adjuntamos el nuevo horario de clases.', 'es'],
    ['Hóa đơn số 0001275 đã đến hạn. Kèm theo thư này là biên bản đối chiếu công nợ.', 'vi'],
  ];
  for (const [text, lang] of absent) it(`absent (${lang}): ${text.slice(0, 50)}`, () => expect(element(text, lang, 'invoice-copy')).toBe(false));

  it('suggests, in the email language, a sentence that supplies it', () => {
    expect(finding('Estimado cliente:\n\nLe escribimos por la factura 2026/118.\n\nAtentamente,', 'es', 'invoice-copy')?.suggestions[0]?.text).toMatch(
      /Adjuntamos una copia de la factura/,
    );
    expect(finding('Kính gửi Quý khách,\n\nVề hóa đơn số 0001275.\n\nTrân trọng,', 'vi', 'invoice-copy')?.suggestions[0]?.text).toMatch(/gửi kèm hóa đơn/);
  });
});
