import { describe, expect, it } from 'vitest';
import { classifyName, findPlaceholders } from './placeholders.ts';

describe('findPlaceholders', () => {
  it('finds every syntax DESIGN.md lists, with the name inside', () => {
    const text =
      'A {{amount}} B {{ invoice.due_date | date: "%b %d" }} C {amount} D $invoice.amount E ${object.amount_total} F :amount G %(amount)s H %{amount} I __REF__';
    const found = findPlaceholders(text);
    expect(found.map((p) => [p.syntax, p.name])).toEqual([
      ['mustache', 'amount'],
      ['mustache', 'invoice.due_date'],
      ['single-brace', 'amount'],
      ['dollar', 'invoice.amount'],
      ['dollar-brace', 'object.amount_total'],
      ['colon', 'amount'],
      ['percent', 'amount'],
      ['percent-brace', 'amount'],
      ['dunder', 'REF'],
    ]);
  });

  it('does not take prices, times, URLs or labels for placeholders', () => {
    expect(findPlaceholders('Pay $2,300 at 10:30 via https://pay.example.com. Reference: A-7731')).toEqual([]);
  });

  it('leaves broken syntax alone (quality/placeholder-syntax reports it)', () => {
    expect(findPlaceholders('due {{amount} soon')).toEqual([]);
  });
});

describe('classifyName', () => {
  const cases: Array<[string, string]> = [
    ['amount', 'amount'],
    ['invoice.balance', 'amount'],
    ['object.amount_residual', 'amount'],
    ['importe', 'amount'],
    ['so_tien', 'amount'],
    ['amount_due', 'amount'],
    ['invoice.due_date', 'due-date'],
    ['object.invoice_date_due', 'due-date'],
    ['fecha_vencimiento', 'due-date'],
    ['han_thanh_toan', 'due-date'],
    ['object.invoice_date', 'date'],
    ['invoice_url', 'invoice-url'],
    ['enlace_factura', 'invoice-url'],
    ['link_hoa_don', 'invoice-url'],
    ['view_button', 'invoice-url'],
    ['company_website', 'website'],
    ['sitio_web', 'website'],
    ['company_email', 'email'],
    ['correo_empresa', 'email'],
    ['so_dien_thoai', 'phone'],
    ['telefono_empresa', 'phone'],
    ['dia_chi_cong_ty', 'address'],
    ['direccion', 'address'],
    ['object.partner_id.name', 'customer-name'],
    ['invoice_number', 'invoice-number'],
    ['so_hoa_don', 'invoice-number'],
  ];
  for (const [name, kind] of cases) {
    it(`${name} → ${kind}`, () => expect(classifyName(name)).toBe(kind));
  }
});
