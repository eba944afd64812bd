/**
 * facts/amount — an amount in the text differs from the invoice record's amount (or is in another
 * currency). Fees, discounts, deposits and instalments ("a late fee of €40", "cuotas de 400 €")
 * are not the amount owed and are left alone.
 */
import { notOwed } from '../required/amount.ts';
import { factRule, formatMoney } from './shared.ts';

/** Currencies written with a bare "$". */
const DOLLAR = new Set(['USD', 'MXN', 'CAD', 'AUD', 'NZD', 'ARS', 'CLP', 'COP', 'UYU', 'SGD', 'HKD', 'TWD', 'DOP', 'CUP', 'BSD', 'BZD', 'FJD', 'LRD', 'NAD', 'SRD', 'TTD', 'BBD', 'BMD', 'KYD', 'SBD', 'XCD', 'GYD', 'JMD']);

const SCALES: Record<string, number> = { triệu: 1e6, tỷ: 1e9, tỉ: 1e9, nghìn: 1e3, ngàn: 1e3, million: 1e6, millones: 1e6, millón: 1e6 };
const SCALE_WORD = /(?<![\p{L}])(triệu|tỷ|tỉ|nghìn|ngàn|million|millones|millón)(?![\p{L}])/u;

export const amountFact = factRule({
  name: 'amount',
  description: 'An amount in the text differs from the invoice record.',
  docs: 'The amount in a reminder must be the amount on the invoice it was drafted from: a wrong figure confuses the customer, invites a dispute and undermines every other line of the email. This rule compares every amount in the text (with its currency) with the invoice record and suggests the right one; fees, discounts, deposits and instalments are not compared.',
  examples: {
    en: { good: 'Invoice INV-2041 for $2,380.00 was due on November 30, 2026. (record: 2380 USD)', bad: 'Invoice INV-2041 for $2,830.00 was due on November 30, 2026. (record: 2380 USD)' },
    es: { good: 'La factura F-2026-311, por 1.234,56 €, venció el 31 de octubre de 2026. (registro: 1234.56 EUR)', bad: 'La factura F-2026-311, por 1.324,56 €, venció el 31 de octubre de 2026. (registro: 1234.56 EUR)' },
    vi: { good: 'Hóa đơn số 0004127 với số tiền 12.500.000 ₫ đã quá hạn. (hồ sơ: 12500000 VND)', bad: 'Hóa đơn số 0004127 với số tiền 15.200.000 ₫ đã quá hạn. (hồ sơ: 12500000 VND)' },
  },
  check(ctx) {
    const inv = ctx.invoice;
    if (!inv || inv.amount === undefined) return;
    const code = inv.currency?.toUpperCase();
    const a = ctx.analysis;
    const fees = notOwed(ctx.lang).all(a.text);
    for (const m of a.amounts) {
      if (m.value === null) continue;
      // "a late fee of $40", "3 cuotas de 400 €": not the amount owed.
      const sentence = a.sentenceAt(m.start);
      if (fees.some((f) => f.end <= m.start && (m.start - f.end <= 3 || (sentence && f.start >= sentence.start)))) continue;
      const sameCurrency = !code || m.currency === code || (m.currency === '$' && DOLLAR.has(code));
      // "12,5 triệu đồng": the extractor may leave the scale word out of the value; apply it here.
      const scale = SCALE_WORD.exec(m.text.toLowerCase());
      const values = scale && m.value < 1000 ? [m.value, m.value * SCALES[scale[1]!]!] : [m.value];
      const sameValue = values.some((v) => Math.abs(v - inv.amount!) < (code === 'VND' ? 0.5 : 0.005));
      if (sameCurrency && sameValue) continue;
      const expected = code ? formatMoney(inv.amount, code, ctx.lang, ctx.region) : undefined;
      const record = expected ?? String(inv.amount);
      ctx.report({
        start: m.start,
        end: m.end,
        message: sameCurrency
          ? `Amount ${m.text} differs from the invoice record (${record}).`
          : `Amount ${m.text} is not in the invoice's currency (${record}).`,
        note: 'Reminders must quote the amount on the invoice exactly; check the figure and the currency.',
        suggestions: expected ? [{ text: expected, description: `Replace with ${expected}` }] : [],
        fixable: !!expected,
      });
    }
  },
});
