/** Which catalog strings are reminders: long enough and mentioning invoice or payment cues in their language. */
import type { Language } from '../core/types.ts';

const CUES: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(invoice|invoices|payment|pay|paid|amount|balance|due|overdue|outstanding|remit|settle)(?![\p{L}])/iu,
  es: /(?<![\p{L}])(factura|facturas|pago|pagos|pagar|pagad[ao]|importe|monto|saldo|venc\p{L}*|adeud\p{L}*|abon\p{L}*)(?![\p{L}])/iu,
  vi: /(hóa đơn|hoá đơn|thanh toán|số tiền|công nợ|đến hạn|quá hạn|hạn thanh toán)/iu,
};

/** A string is a reminder when it has at least `minLength` characters of text and a payment cue. */
export function looksLikeReminder(text: string, lang: Language, minLength = 80): boolean {
  const prose = text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
  return prose.length >= minLength && CUES[lang].test(prose);
}
