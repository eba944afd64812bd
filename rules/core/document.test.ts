import { describe, expect, it } from 'vitest';
import { buildDocument, InputError } from './document.ts';
import { lint } from '../index.ts';

describe('documents and positions', () => {
  it('reads front matter (lang, stage, subject) and lints the subject as part of the email', () => {
    const src = '---\nlang: en\nstage: due\nsubject: "Invoice 77 due on 30 November 2026"\n---\n\nHi Jo,\n\nPlease pay invoice 77.\n';
    const doc = buildDocument(src);
    expect(doc.frontMatter?.data).toMatchObject({ lang: 'en', stage: 'due' });
    expect(doc.text.slice(doc.subject!.start, doc.subject!.end)).toBe('Invoice 77 due on 30 November 2026');
    expect(doc.text).not.toContain('stage:');
    // the due date is only in the subject, and it counts
    expect(lint(src).elements['due-date']).toBe(true);
  });

  it('reports broken front matter with its line', () => {
    expect(() => buildDocument('---\nlang: en\nsubject: "unclosed\n---\nHi')).toThrow(InputError);
    expect(() => buildDocument('---\nlang: en\nHi there')).toThrow(/never closed/);
  });

  it('matches NFD Vietnamese and reports positions in the original text', () => {
    const nfc = 'Kính gửi Quý khách,\n\nHóa đơn số 0004127 đã quá hạn.\n';
    const nfd = nfc.normalize('NFD');
    expect(nfd.length).toBeGreaterThan(nfc.length);
    const a = lint(nfc, { language: 'vi', stage: 'overdue' });
    const b = lint(nfd, { language: 'vi', stage: 'overdue' });
    expect(b.elements).toEqual(a.elements);
    const ma = a.messages.find((m) => m.ruleId === 'required/amount')!;
    const mb = b.messages.find((m) => m.ruleId === 'required/amount')!;
    expect([mb.line, mb.column]).toEqual([ma.line, ma.column]);
    // the range covers the same sentence in the NFD source
    expect(nfd.slice(mb.range[0], mb.range[1]).normalize('NFC')).toBe(nfc.slice(ma.range[0], ma.range[1]));
  });

  it('accepts both Vietnamese tone-mark placements (hoá / hóa)', () => {
    const old = 'Chúng tôi gửi kèm hoá đơn số 0004127. Nếu Quý khách đã thanh toán, xin bỏ qua thư này.';
    const r = lint(old, { language: 'vi', stage: 'due' });
    expect(r.elements['invoice-copy']).toBe(true);
    expect(r.elements['already-paid-note']).toBe(true);
  });

  it('reads HTML email bodies: tags hidden, links kept, entities decoded, positions in the HTML', () => {
    const html =
      '<html><body><p>Dear Ms&nbsp;Lee,</p>\n<p>Invoice 88 for &euro;1.200,00 is overdue. <a href="https://acme.example.com/invoices/88">View your invoice</a>.</p>\n<p>If you have already paid, please disregard this email.</p></body></html>';
    const r = lint(html, { language: 'en', stage: 'overdue', format: 'html' });
    expect(r.elements['invoice-copy']).toBe(true);
    expect(r.elements.amount).toBe(true);
    expect(r.elements['already-paid-note']).toBe(true);
    const due = r.messages.find((m) => m.ruleId === 'required/due-date')!;
    expect(due.line).toBe(2);
    expect(html.slice(due.range[0], due.range[1])).toContain('Invoice 88');
  });

  it('skips template control tags but keeps placeholders', () => {
    const hbs =
      '{{#if customer}}Hi {{customer}},{{/if}}\n\n{{!-- reminder --}}Invoice {{invoice_number}} for {{amount}} is due on {{due_date}}.{% if late %} Late fees apply.{% endif %}';
    const r = lint(hbs, { language: 'en', stage: 'before-due', format: 'handlebars' });
    expect(r.elements.amount).toBe(true);
    expect(r.elements['due-date']).toBe(true);
    expect(buildDocument(hbs, { format: 'handlebars' }).text).not.toContain('#if');
  });

  it('takes the subject from the options and maps findings back to subject or body', () => {
    const r = lint('Hi Jo,\n\nPlease pay invoice 77.', { language: 'en', stage: 'due', subject: 'Invoice 77 for $40.00' });
    expect(r.elements.amount).toBe(true);
    const m = r.messages.find((x) => x.ruleId === 'required/due-date')!;
    expect(m.field).toBe('body');
    expect(m.line).toBe(3);
  });
});

describe('HTML emails', () => {
  it('reads the text of tables (the parser implies <tbody>)', () => {
    const html = '<!DOCTYPE html><html><body><table><tr><td>\n<p>Invoice INV-1001 for $1,250.00 is due on 31 October 2026.</p>\n</td></tr></table></body></html>';
    const report = lint(html, { language: 'en', stage: 'before-due', format: 'html' });
    expect(report.elements.amount).toBe(true);
    expect(report.elements['due-date']).toBe(true);
  });

  it('decodes character references in place: words stay whole and positions point at the source', () => {
    const html = '<p>La factura electr&oacute;nica por &euro;1.250,00 venci&oacute; el 31 de octubre de 2026. Por favor, pague HOY&nbsp;MISMO.</p>';
    const report = lint(html, { language: 'es', stage: 'overdue', format: 'html' });
    expect(report.elements.amount).toBe(true);
    expect(report.elements['due-date']).toBe(true);
    const shout = report.messages.find((m) => m.ruleId === 'tone/shouting');
    expect(shout && html.slice(shout.range[0], shout.range[1])).toBe('HOY&nbsp;MISMO');
  });
});
