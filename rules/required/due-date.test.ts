import { describe, expect, it } from 'vitest';
import { element } from './test-helpers.ts';

describe('required/due-date', () => {
  const present: Array<[string, 'en' | 'es' | 'vi']> = [
    ['Invoice 4410 was due on March 31, 2026.', 'en'],
    ['Invoice 4410 (due 31/03/2026) remains unpaid.', 'en'],
    ['Payment is due today, 31 March 2026.', 'en'],
    ['Please pay the balance by 15 April 2026.', 'en'],
    ['Due date: {{ invoice.due_date }}', 'en'],
    ['Invoice 4410 is due on {{date}}.', 'en'],
    ['La factura 2026/118 venció el 31 de marzo de 2026.', 'es'],
    ['Fecha de vencimiento: 31/03/2026', 'es'],
    ['Le rogamos que realice el pago antes del 15 de abril de 2026.', 'es'],
    ['vence el {fecha_vencimiento}', 'es'],
    ['Hóa đơn số 0001275 có hạn thanh toán ngày 31/03/2026.', 'vi'],
    ['Hạn thanh toán là ngày 31 tháng 3 năm 2026.', 'vi'],
    ['Kính đề nghị Quý khách thanh toán trước ngày 15/04/2026.', 'vi'],
    ['Hạn thanh toán: {{han_thanh_toan}}', 'vi'],
  ];
  for (const [text, lang] of present) it(`present (${lang}): ${text.slice(0, 50)}`, () => expect(element(text, lang, 'due-date')).toBe(true));

  const absent: Array<[string, 'en' | 'es' | 'vi']> = [
    // An issue date is not a due date; neither is relative wording or "today" without the date.
    ['Invoice 4410, dated March 3, 2026, was due last month.', 'en'],
    ['Invoice 4410 is due today. We sent it on 3 March 2026.', 'en'],
    ['Issued on 2026-03-03, invoice 4410 is now overdue. Call 061 555 0190.', 'en'],
    ['La factura 2026/118, emitida el 3 de marzo de 2026, vence hoy.', 'es'],
    ['Madrid, 12 de abril de 2026\n\nLa factura 2026/118 sigue pendiente.', 'es'],
    ['Hóa đơn số 0001275 lập ngày 03/03/2026 đến hạn thanh toán hôm nay.', 'vi'],
    ['Hóa đơn {{so_hoa_don}} ngày {{ngay_lap}} đã quá hạn.', 'vi'],
  ];
  for (const [text, lang] of absent) it(`absent (${lang}): ${text.slice(0, 50)}`, () => expect(element(text, lang, 'due-date')).toBe(false));
});

describe('required/due-date: a table with a due column', () => {
  it('counts the dates of a "Due" / "Vencimiento" / "Hạn thanh toán" column, not of an issue column', () => {
    const table = (head: string[], row: string[]) => `| ${head.join(' | ')} |\n|${head.map(() => '---').join('|')}|\n| ${row.join(' | ')} |\n`;
    expect(element(table(['Invoice', 'Issued', 'Due', 'Amount'], ['BLU-1093', '1 Dec 2025', '31 Dec 2025', 'USD 4,120.00']), 'en', 'due-date')).toBe(true);
    expect(element(table(['Factura', 'Fecha de emisión', 'Vencimiento', 'Importe'], ['2025/1187', '31/10/2025', '30/11/2025', '1.452,00 €']), 'es', 'due-date')).toBe(true);
    expect(element(table(['Số hóa đơn', 'Ngày lập', 'Hạn thanh toán', 'Số tiền'], ['0001275', '01/10/2025', '31/10/2025', '12.500.000 đồng']), 'vi', 'due-date')).toBe(true);
    expect(element(table(['Invoice', 'Issued', 'Amount'], ['BLU-1093', '1 Dec 2025', 'USD 4,120.00']), 'en', 'due-date')).toBe(false);
  });
});
