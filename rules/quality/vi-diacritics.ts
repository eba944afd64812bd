/**
 * quality/vi-diacritics — Vietnamese written without diacritics ("Quy khach vui long thanh toan").
 * Without tone marks many words are ambiguous, and a formal reminder reads as careless or as spam.
 */
import type { Rule } from '../core/rule.ts';
import { qualityData } from '../locales/index.ts';
import { nonProse, VI_MARKED } from './words.ts';

let unaccented: Set<string> | undefined;
const MARKED_ALL = new RegExp(VI_MARKED.source, 'giu');

function markedProse(text: string, s: { start: number; end: number }, skip: Array<{ start: number; end: number }>): boolean {
  MARKED_ALL.lastIndex = s.start;
  for (let m = MARKED_ALL.exec(text); m && m.index < s.end; m = MARKED_ALL.exec(text)) {
    const at = m.index;
    if (!skip.some((n) => at >= n.start && at < n.end)) return true;
  }
  return false;
}

export const viDiacritics: Rule = {
  meta: {
    id: 'quality/vi-diacritics',
    severity: 'warning',
    languages: ['vi'],
    description: 'Vietnamese text written without diacritics.',
    docs:
      'Vietnamese without its tone and vowel marks ("Quy khach vui long thanh toan hoa don") is ambiguous — "thanh toan" could be several words — and reads as careless or as a phishing message. Written by systems that cannot output Unicode or by people typing fast, it has no place in a template. The rule reports a sentence of four or more words with no diacritic at all when at least half of its words are common Vietnamese words written without their marks.',
    examples: {
      vi: { good: 'Quý khách vui lòng thanh toán hóa đơn trước ngày 30/11.', bad: 'Quy khach vui long thanh toan hoa don truoc ngay 30/11.' },
    },
  },
  check(ctx) {
    const a = ctx.analysis;
    const bare = (unaccented ??= new Set((qualityData('vi')['unaccented-words'] ?? []).map((w) => w.toLowerCase())));
    const skip = nonProse(a);
    for (const s of a.sentences) {
      // A sentence with a marked letter outside links, names and figures is written with diacritics.
      if (markedProse(a.text, s, skip)) continue;
      const text = a.text.slice(s.start, s.end).split('');
      for (const n of skip) for (let i = Math.max(n.start, s.start); i < Math.min(n.end, s.end); i++) text[i - s.start] = ' ';
      const prose = text.join('');
      const words = prose.match(/\p{L}+/gu) ?? [];
      if (words.length < 4) continue;
      if (VI_MARKED.test(prose)) continue;
      const known = words.filter((w) => bare.has(w.toLowerCase())).length;
      if (known < 3 || known / words.length < 0.5) continue;
      ctx.report({
        start: s.start,
        end: s.end,
        message: 'Vietnamese written without diacritics: add the tone and vowel marks (e.g. "Quý khách vui lòng thanh toán")',
        note: 'Without marks many Vietnamese words are ambiguous, and the email looks careless or like spam.',
      });
    }
  },
};
