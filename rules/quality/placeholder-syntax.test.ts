// quality/placeholder-syntax: broken template syntax in each format and language.
import { describe, expect, it } from 'vitest';
import { lint, type Format } from '../index.ts';

const ID = 'quality/placeholder-syntax';

function findings(text: string, language: string, format: Format = 'text') {
  return lint(text, { language, stage: 'due', format }).messages.filter((m) => m.ruleId === ID);
}

describe(ID, () => {
  const valid: Array<[string, string, Format]> = [
    ['en', 'Hi {{ customer.name }},\n\nInvoice {{invoice_number}} for {{{amount}}} is due on {{ due_date | date: "%B %d" }}.', 'handlebars'],
    ['en', '{% if overdue %}Invoice {{ number }} is overdue.{% endif %}\n{# internal note #}', 'jinja'],
    ['es', '{% comment %}recordatorio{% endcomment %}Estimado/a {nombre_cliente}:\n\nLa factura {numero} vence el {fecha}.', 'liquid'],
    ['vi', '<style>@media (max-width:600px){.a{color:red}}</style><p>Kính gửi {{ten_khach_hang}}, số tiền {{so_tien}} đến hạn ngày {{han_thanh_toan}}.</p>', 'html'],
    ['es', 'Le recordamos que el importe de %(importe)s vence el ${fecha}.', 'text'],
    // Comments hold anything, even broken or nested syntax.
    ['en', '{{!-- old footer: {{> legal_footer}} --}}Hi {{name}}, invoice {{number}} is due.', 'handlebars'],
    ['es', '{# usar {{ importe }} aquí #}La factura {{ numero }} vence el {{ fecha }}.', 'jinja'],
    ['vi', '{% comment %}dùng {{ so_tien } ở đây{% endcomment %}Hóa đơn {{ so_hoa_don }} đến hạn.', 'liquid'],
    // Blocks closed, nested, with else, whitespace control and a block set.
    ['en', '{{#if overdue}}Overdue{{else}}Due{{/if}} {{#each items}}{{name}}{{/each}}', 'handlebars'],
    ['es', '{%- if vencida -%}{% for f in facturas %}{{ f.numero }}{% else %}-{% endfor %}{%- endif -%}{% set pie %}Gracias{% endset %}', 'jinja'],
  ];
  it.each(valid)('accepts well-formed templates (%s, %#)', (lang, text, format) => {
    expect(findings(text, lang, format)).toEqual([]);
  });

  const invalid: Array<[string, string, Format, string, string | undefined]> = [
    ['en', 'Hi Sam,\n\nInvoice INV-2041 for {{amount} is due on {{due_date}}.', 'handlebars', '{{amount}', '{{amount}}'],
    ['en', 'Hi Sam,\n\nThe balance of {{ invoice.amount } is due today.', 'jinja', '{{ invoice.amount }', '{{ invoice.amount }}'],
    ['es', 'Estimado cliente:\n\nEl importe de {{importe}} venció el {fecha_vencimiento}}.', 'handlebars', '{fecha_vencimiento}}', '{{fecha_vencimiento}}'],
    ['es', 'Estimada Sra. Ruiz:\n\n{% if vencida\nLa factura {{ numero }} está vencida.', 'liquid', '{% if vencida', undefined],
    ['vi', 'Kính gửi Quý khách,\n\nSố tiền {{so_tien} đến hạn ngày {{han_thanh_toan}}.', 'handlebars', '{{so_tien}', '{{so_tien}}'],
    ['vi', 'Kính gửi Quý khách,\n\nHóa đơn {{ so_hoa_don %} đã quá hạn.', 'twig', '{{ so_hoa_don %}', '{{ so_hoa_don }}'],
    ['en', 'The balance of {{ invoice.amount | money } is overdue.', 'liquid', '{{ invoice.amount | money }', '{{ invoice.amount | money }}'],
    ['en', '{{#if late_fee}}A late fee of {{late_fee}} applies.\n\nKind regards', 'handlebars', '{{#if late_fee}}', undefined],
    ['es', '{% if recordatorios > 1 %}Le escribimos de nuevo.\n\nAtentamente', 'jinja', '{% if recordatorios > 1 %}', undefined],
    ['vi', 'Kính gửi Quý khách,\n\nHóa đơn đã quá hạn.{% endif %}', 'twig', '{% endif %}', undefined],
  ];
  it.each(invalid)('flags broken syntax (%s: %s)', (lang, text, format, actual, fix) => {
    const [m, ...rest] = findings(text, lang, format);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ ruleId: ID, severity: 'error', actual });
    expect(m!.line).toBe(text.slice(0, text.indexOf(actual)).split('\n').length);
    if (fix) {
      expect(m!.fixable).toBe(true);
      expect(m!.suggestions[0]).toMatchObject({ text: fix, range: [text.indexOf(actual), text.indexOf(actual) + actual.length] });
    } else {
      expect(m!.fixable).toBe(false);
    }
  });

  it('reads a broken placeholder in the front matter subject, not the rest of the front matter', () => {
    const text = '---\nlang: en\nstage: due\nsubject: Invoice {{number} is due\nnote: "}}"\n---\n\nHi {{name}},\n';
    const [m, ...rest] = lint(text, { format: 'markdown' }).messages.filter((x) => x.ruleId === ID);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ actual: '{{number}', line: 4 });
  });
});
