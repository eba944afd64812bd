/** required/amount — the amount owed, with its currency, or an amount placeholder. */
import { elementCues } from '../locales/index.ts';
import { PhraseSet } from '../core/phrases.ts';
import type { Language } from '../core/types.ts';
import { elementRule } from './element-rule.ts';
import type { Evidence } from './evidence.ts';

const notOwedCache = new Map<Language, PhraseSet>();
/** Phrases before an amount that make it something other than the amount owed (a fee, a deposit…). */
export function notOwed(lang: Language): PhraseSet {
  let s = notOwedCache.get(lang);
  if (!s) {
    s = new PhraseSet(elementCues(lang).amount['not-owed']);
    notOwedCache.set(lang, s);
  }
  return s;
}

export const amount = elementRule({
  element: 'amount',
  description: 'The email does not say how much is owed.',
  docs:
    'State the amount owed with its currency (or use an amount placeholder), so the customer can pay without opening anything. An invoice number, an account number or a late fee on its own is not the amount owed, and an amount that is only in the attachment does not count.',
  examples: {
    en: { good: 'Invoice INV-2041 for $2,380.00 is due on November 30, 2026.', bad: 'Invoice INV-2041 is due on November 30, 2026.' },
    es: { good: 'La factura F-311 por importe de 1.234,56 € vence el 30 de noviembre de 2026.', bad: 'La factura F-311 vence el 30 de noviembre de 2026.' },
    vi: { good: 'Hóa đơn số 0004127, số tiền 12.500.000 ₫, đến hạn ngày 30/11/2026.', bad: 'Hóa đơn số 0004127 đến hạn ngày 30/11/2026.' },
  },
  placement: 'after-opening',
  message: () => 'Missing amount: say how much is owed, with its currency.',
  detect(a) {
    const evidence: Evidence[] = [];
    for (const p of a.placeholders) if (p.kind === 'amount') evidence.push({ kind: 'placeholder', start: p.start, end: p.end, text: p.raw });
    const fees = notOwed(a.lang).all(a.text);
    for (const m of a.amounts) {
      // "a late fee of $40" is not the amount owed.
      if (fees.some((f) => f.end <= m.start && m.start - f.end <= 3)) continue;
      evidence.push({ kind: 'amount', start: m.start, end: m.end, text: m.text });
    }
    return { present: evidence.length > 0, evidence };
  },
});
