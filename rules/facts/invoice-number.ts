/**
 * facts/invoice-number — an invoice number in the text ("invoice INV-2014", "factura F-311",
 * "hóa đơn số 0004127") differs from the invoice record's number.
 */
import { factRule, factsCues, normalizeNumber } from './shared.ts';

export const invoiceNumberFact = factRule({
  name: 'invoice-number',
  description: 'An invoice number in the text differs from the invoice record.',
  docs: 'The invoice number is how the customer finds the invoice in their books; a wrong one sends them looking for an invoice that does not exist, or for the wrong one. This rule reads the number after "invoice", "factura" or "hóa đơn" (with an optional "no.", "nº" or "số") and compares it with the invoice record, ignoring case, spaces and a leading "#".',
  examples: {
    en: { good: 'Invoice INV-2041 for $2,380.00 is now overdue. (record: INV-2041)', bad: 'Invoice INV-2014 for $2,380.00 is now overdue. (record: INV-2041)' },
    es: { good: 'La factura F-2026-311 sigue pendiente de pago. (registro: F-2026-311)', bad: 'La factura F-2026-131 sigue pendiente de pago. (registro: F-2026-311)' },
    vi: { good: 'Hóa đơn số 0004127 hiện vẫn chưa được thanh toán. (hồ sơ: 0004127)', bad: 'Hóa đơn số 0004172 hiện vẫn chưa được thanh toán. (hồ sơ: 0004127)' },
  },
  check(ctx) {
    const number = ctx.invoice?.number?.trim();
    if (!number) return;
    const a = ctx.analysis;
    const want = normalizeNumber(number);
    const re = factsCues(ctx.lang).invoiceNumber;
    re.lastIndex = 0;
    for (const m of a.text.matchAll(re)) {
      let token = m[1]!;
      // Sentence punctuation after the number is not part of it.
      token = token.replace(/[.,/_-]+$/, '');
      if (!/\d/.test(token) || token.length < 2) continue;
      const start = m.index + m[0].length - m[1]!.length;
      const end = start + token.length;
      const overlaps = (s: { start: number; end: number }) => start < s.end && end > s.start;
      if (a.dates.some(overlaps) || a.amounts.some(overlaps) || a.placeholders.some(overlaps) || a.urls.some(overlaps) || a.emails.some(overlaps)) continue;
      if (normalizeNumber(token) === want) continue;
      ctx.report({
        start,
        end,
        message: `Invoice number ${token} differs from the invoice record (${number}).`,
        note: 'The customer looks the invoice up by its number: quote it exactly.',
        suggestions: [{ text: number, description: `Replace with ${number}` }],
        fixable: true,
      });
    }
  },
});
