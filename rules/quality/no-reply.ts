/**
 * quality/no-reply — a reminder sent from a no-reply address, or saying "this is an automated
 * message / do not reply", with no human signature: the customer who wants to pay, dispute or
 * agree a plan has nobody to answer.
 */
import type { Rule } from '../core/rule.ts';
import type { Language } from '../core/types.ts';
import { PhraseSet } from '../core/phrases.ts';
import { messageData, qualityData } from '../locales/index.ts';

const cache = new Map<Language, { phrases: PhraseSet; senders: RegExp; closings: PhraseSet }>();
function data(lang: Language) {
  let c = cache.get(lang);
  if (!c) {
    const q = qualityData(lang)['no-reply'];
    c = {
      phrases: new PhraseSet(q.phrases),
      senders: new RegExp(`(?<![\\p{L}\\p{N}])(${q.senders.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?=@|[^\\p{L}\\p{N}]|$)`, 'iu'),
      closings: new PhraseSet(messageData(lang).closings),
    };
    cache.set(lang, c);
  }
  return c;
}

const ORG = /\b(ltd|llc|inc|gmbh|s\.?a\.?|s\.?l\.?|s\.?a\.? de c\.?v\.?|co\.|corp|team|equipo|departamento|department|dept|servicio|service|support|soporte|billing|facturación|cobranza|accounts|contabilidad|công ty|phòng|bộ phận|ban)\b/iu;

/** A signature line naming a person: 2–4 capitalised words after a closing, or a sender-name placeholder. */
export function hasHumanSignature(a: import('../core/analysis.ts').Analysis): boolean {
  if (a.placeholders.some((p) => p.kind === 'sender-name' || /(user|signature|firma|salesperson|agent|rep)/i.test(p.name))) return true;
  const { closings } = data(a.lang);
  const matches = closings.all(a.text);
  const from = matches.length ? matches[matches.length - 1]!.end : Math.max(0, a.text.length - 300);
  const lines = a.text.slice(from).split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.slice(0, 4).some((l) => {
    const clean = l.replace(/^[-–—,.\s]+/, '').replace(/[,.]$/, '');
    if (clean.length > 40 || ORG.test(clean) || /\d|@/.test(clean)) return false;
    const words = clean.split(/\s+/);
    return words.length >= 1 && words.length <= 4 && words.every((w) => /^\p{Lu}[\p{L}\p{M}'’.-]*$/u.test(w)) && !(clean === clean.toUpperCase() && clean.length > 3);
  });
}

export const noReply: Rule = {
  meta: {
    id: 'quality/no-reply',
    severity: 'warning',
    languages: ['en', 'es', 'vi'],
    description: 'A no-reply sender or "do not reply" wording with no human signature.',
    docs:
      'A reminder asks the customer to act; many will answer — to say they paid, to dispute a line, to ask for a plan. "This is an automated message, do not reply" from no-reply@ with no person named tells them nobody is listening, and the dispute goes to the bank instead. The rule reports a no-reply sender address or automated/do-not-reply wording when the email has no human signature (a person\'s name after the closing, or a sender-name placeholder). Sign with a name and a reply address.',
    examples: {
      en: { good: 'Questions? Just reply to this email.\n\nBest regards,\nAna Ortiz', bad: 'This is an automated message. Please do not reply to this email.' },
      es: { good: 'Si tiene dudas, responda a este correo.\n\nAtentamente,\nMarta Gil', bad: 'Este es un mensaje automático, por favor no responda a este correo.' },
      vi: { good: 'Nếu có thắc mắc, Quý khách vui lòng phản hồi email này.\n\nTrân trọng,\nNguyễn Văn An', bad: 'Đây là email tự động, vui lòng không trả lời.' },
    },
  },
  check(ctx) {
    const a = ctx.analysis;
    const { phrases, senders } = data(ctx.lang);
    const hits: Array<{ start: number; end: number; what: string }> = [];
    for (const m of phrases.all(a.text)) hits.push({ ...m, what: `"${m.text}"` });
    for (const e of a.emails) if (senders.test(e.text)) hits.push({ start: e.start, end: e.end, what: `no-reply address ${e.text}` });
    const fm = a.doc.frontMatter?.data ?? {};
    for (const field of ['from', 'sender', 'reply-to', 'replyTo', 'reply_to']) {
      const v = fm[field];
      if (typeof v === 'string' && senders.test(v)) hits.push({ start: a.doc.bodyStart, end: a.doc.bodyStart, what: `${field}: ${v}` });
    }
    if (!hits.length || hasHumanSignature(a)) return;
    const first = hits.sort((x, y) => x.start - y.start)[0]!;
    ctx.report({
      start: first.start,
      end: first.end,
      message: `${first.what} with no person to answer: sign with a name and let the customer reply`,
      note: 'Customers who cannot reply to a reminder dispute the charge with their bank instead.',
    });
  },
};
