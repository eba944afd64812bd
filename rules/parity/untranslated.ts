/**
 * parity/untranslated — sentences of a variant still in the source language: a branch of the
 * template that nobody translated (Odoo 16's Vietnamese invoice email keeps its contact sentence
 * in English) or a sentence pasted from the source.
 */
import { franc } from 'franc-min';
import type { Language } from '../core/types.ts';
import { libraryRule } from '../library/types.ts';
import { stopwordCount } from '../library/signals.ts';
import { eachPair, LANGUAGE_NAMES, label } from './pairs.ts';

const FRANC: Record<Language, string> = { en: 'eng', es: 'spa', vi: 'vie' };
const VI_MARKS = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/iu;

export const untranslated = libraryRule(
  {
    id: 'parity/untranslated',
    severity: 'warning',
    languages: ['en', 'es', 'vi'],
    description: 'A sentence of a translated variant is still in the source language.',
    docs:
      'Template translations are often partial: a conditional branch, the signature or a sentence added to the source later stays in English. The customer then reads a reminder in two languages. The rule reports sentences of at least 30 characters (placeholders, links and addresses left out) that are copied from the source or read as the source language (franc-min, confirmed by the frequent short words of each language). Names, codes, addresses and product names are not sentences and are not reported.',
    examples: {
      en: { good: 'es variant: "Si ya ha pagado, ignore este mensaje."', bad: 'es variant: "If you have already paid, please disregard this message."' },
      es: { good: 'en source → es "No dude en contactarnos si tiene alguna pregunta."', bad: 'en source → es "Do not hesitate to contact us if you have any questions."' },
      vi: { good: 'vi variant: "Đừng ngần ngại liên hệ với chúng tôi nếu có thắc mắc."', bad: 'vi variant: "Do not hesitate to contact us if you have any questions."' },
    },
  },
  (ctx) => {
    const min = ctx.settings.untranslatedMinLength;
    eachPair(ctx, (source, variant) => {
      const a = variant.analysis;
      const flat = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
      const sourceSentences = new Set(clauses(source.analysis.sentences).map((s) => flat(stripNonProse(source.analysis, s.start, s.end))));
      for (const s of clauses(a.sentences)) {
        const prose = stripNonProse(a, s.start, s.end);
        const letters = prose.replace(/[^\p{L}\s]/gu, '').replace(/\s+/g, ' ').trim();
        if (letters.length < min) continue;
        const words = letters.split(' ').length;
        if (words < 4) continue;
        const own = stopwordCount(letters, variant.lang);
        const foreign = stopwordCount(letters, source.lang);
        if (foreign < 2 || foreign <= own) continue;
        if (variant.lang !== 'vi' && source.lang !== 'vi' && foreign < own * 2) continue;
        if (source.lang !== 'vi' && VI_MARKS.test(letters) && variant.lang === 'vi') continue;
        const copied = sourceSentences.has(flat(prose));
        if (!copied) {
          const code = franc(letters, { only: [FRANC[source.lang], FRANC[variant.lang]], minLength: 10 });
          if (code !== FRANC[source.lang]) continue;
          if (foreign < 3 && words > 6) continue;
        }
        ctx.report({
          entry: variant,
          start: s.start,
          end: s.end,
          related: source,
          message: copied
            ? `sentence copied from the source (${label(source)}) and left in ${LANGUAGE_NAMES[source.lang]}: translate it into ${LANGUAGE_NAMES[variant.lang]}`
            : `sentence in ${LANGUAGE_NAMES[source.lang]} in this ${LANGUAGE_NAMES[variant.lang]} variant: translate it`,
        });
      }
    });
  },
);

/** Sentences, split again after . ! ? before a capital (retext keeps "…%(url)s. If you…" together). */
function clauses(sentences: Array<{ start: number; end: number; text: string }>): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const s of sentences) {
    let from = 0;
    for (const m of s.text.matchAll(/(?<=[.!?])\s+(?=[\p{Lu}¿¡])/gu)) {
      out.push({ start: s.start + from, end: s.start + m.index });
      from = m.index + m[0].length;
    }
    out.push({ start: s.start + from, end: s.end });
  }
  return out;
}

/** The text of a span with placeholders, links, email addresses and numbers removed. */
function stripNonProse(a: import('../core/analysis.ts').Analysis, start: number, end: number): string {
  const chars = a.text.slice(start, end).split('');
  const blank = (s: number, e: number) => {
    for (let i = Math.max(s, start); i < Math.min(e, end); i++) chars[i - start] = ' ';
  };
  for (const p of a.placeholders) blank(p.start, p.end);
  for (const u of a.urls) blank(u.start, u.end);
  for (const m of a.emails) blank(m.start, m.end);
  for (const m of a.addresses) blank(m.start, m.end);
  return chars.join('');
}
