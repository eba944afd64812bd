/** required/invoice-copy — the invoice is attached/enclosed, or linked (invoice, payment page or customer account). */
import type { Analysis } from '../core/analysis.ts';
import { cues } from './cues.ts';
import { elementRule } from './element-rule.ts';
import type { Evidence } from './evidence.ts';

/**
 * The clause around an offset: its sentence, cut again at ". " before a capital (retext keeps
 * "due on May 5. I've attached…" together, reading "5." as an ordinal).
 */
function clauseAt(a: Analysis, offset: number): string {
  const s = a.sentenceAt(offset);
  if (!s) return '';
  let start = s.start;
  let end = s.end;
  for (const b of s.text.matchAll(/[.!?]\s+(?=[\p{Lu}¿¡])/gu)) {
    const at = s.start + b.index;
    if (at < offset) start = at + b[0].length;
    else {
      end = at + 1;
      break;
    }
  }
  return a.text.slice(start, end);
}

export const invoiceCopy = elementRule({
  element: 'invoice-copy',
  description: 'The email neither attaches the invoice nor links to it.',
  docs:
    'Customers often need the original invoice before they can pay it: say it is attached or enclosed, or give a link (or a placeholder for one) to the invoice, a payment page or their online account. A bare invoice number is not a copy, and the sender’s website is not a link to the invoice.',
  examples: {
    en: { good: 'A copy of invoice INV-2041 is attached.', bad: 'This is about invoice INV-2041.' },
    es: { good: 'Adjuntamos la factura F-2026-311; también puede verla en https://clientes.ejemplo.es/facturas.', bad: 'Le escribimos por la factura F-2026-311.' },
    vi: { good: 'Hóa đơn số 0004127 được đính kèm email này.', bad: 'Chúng tôi nhắc Quý khách về hóa đơn số 0004127.' },
  },
  placement: 'after-opening',
  message: () => 'Missing invoice copy: attach the invoice or link to it (or to the customer’s online account).',
  detect(a) {
    const c = cues(a.lang);
    const evidence: Evidence[] = [];
    for (const p of a.placeholders) if (p.kind === 'invoice-url') evidence.push({ kind: 'placeholder', start: p.start, end: p.end, text: p.raw });
    for (const u of a.urls) if (u.kind === 'invoice') evidence.push({ kind: 'link', start: u.start, end: u.end, text: u.text });
    const negatives = c.notAttached.all(a.text);
    for (const m of c.attached.all(a.text)) {
      if (negatives.some((n) => m.start < n.end && m.end > n.start)) continue;
      // "I've attached the updated timetable": something is attached, but not the invoice.
      const clause = clauseAt(a, m.start);
      if (c.otherAttachments.exec(clause) && !c.invoiceWords.exec(clause)) continue;
      evidence.push({ kind: 'attached', start: m.start, end: m.end, text: m.text });
    }
    return { present: evidence.length > 0, evidence };
  },
});
