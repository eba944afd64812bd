/**
 * parity/facts — a hard-coded amount, date, link, email address, phone number, bank account (IBAN,
 * CLABE, account number) or reference that differs between a translation and its source. Values are compared parsed, not as strings:
 * `$1,234.56` = `1.234,56 US$`, `November 30, 2026` = `30 de noviembre de 2026` = `ngày 30/11/2026`.
 */
import { libraryRule } from '../library/types.ts';
import { factsOf, sameFact, type Fact, type FactType } from '../library/signals.ts';
import { eachPair, label } from './pairs.ts';
import type { Analysis } from '../core/analysis.ts';

const NAMES: Record<FactType, string> = {
  amount: 'amount',
  date: 'date',
  url: 'link',
  email: 'email address',
  phone: 'phone number',
  reference: 'reference',
  account: 'bank account',
};

export const facts = libraryRule(
  {
    id: 'parity/facts',
    severity: 'error',
    languages: ['en', 'es', 'vi'],
    description: 'A hard-coded amount, date, link, email address, phone number, bank account or reference differs between a variant and its source.',
    docs:
      'Facts must survive translation: a Spanish reminder that says 1.243,56 € where the English one says €1,234.56, or a Vietnamese one with last year\'s due date or another payment link, sends the wrong information. Values are compared after parsing, so localised formats are not faults: 1,234.56 = 1.234,56, "November 30, 2026" = "30 de noviembre de 2026" = "ngày 30/11/2026", +84 28 3822 1234 = (028) 3822 1234, an IBAN with or without its spaces, and a link that differs only by its language path (/en/ → /es/) is the same link. Reported: a fact of the source with a different value in the variant, a fact the variant drops, and (as a warning) a fact only the variant has.',
    examples: {
      en: { good: 'en "$2,380.00 due November 30, 2026" → es "2.380,00 US$, vence el 30 de noviembre de 2026"', bad: 'en "$2,380.00" → es "2.830,00 US$"' },
      es: { good: 'en "https://pay.example.com/en/inv/7" → es "https://pay.example.com/es/inv/7"', bad: 'en "https://pay.example.com/inv/7" → es "https://pay.example.com/inv/8"' },
      vi: { good: 'en "due 30/11/2026" → vi "hạn ngày 30 tháng 11 năm 2026"', bad: 'en "due 30/11/2026" → vi "hạn ngày 30 tháng 10 năm 2026"' },
    },
  },
  (ctx) => {
    eachPair(ctx, (source, variant) => {
      const sf = dedupe(factsOf(source.analysis));
      const vf = dedupe(factsOf(variant.analysis));
      // A fact one side's extractors read and the other's did not (a bank account read as a phone
      // number in one language) is still the same fact when the other text carries it verbatim.
      const unmatchedV = vf.filter((v) => !sf.some((s) => sameFact(s, v)) && !carries(source.analysis, v));
      const unmatchedS = sf.filter((s) => !vf.some((v) => sameFact(s, v)) && !carries(variant.analysis, s));
      const used = new Set<Fact>();
      const where = (f: Fact, text: string) => f.start / Math.max(1, text.length);
      for (const s of unmatchedS) {
        // The changed fact is the one of the same kind at about the same place in the text.
        const other = unmatchedV
          .filter((v) => v.type === s.type && !used.has(v))
          .sort((x, y) => Math.abs(where(x, variant.analysis.text) - where(s, source.analysis.text)) - Math.abs(where(y, variant.analysis.text) - where(s, source.analysis.text)))[0];
        if (other) {
          used.add(other);
          ctx.report({
            entry: variant,
            start: other.start,
            end: other.end,
            related: source,
            message: `${NAMES[s.type]} ${other.text} differs from the source's ${s.text} (${label(source)})`,
          });
        } else {
          ctx.report({
            entry: variant,
            related: source,
            message: `the source (${label(source)}) states the ${NAMES[s.type]} ${s.text}; this ${variant.language} variant does not`,
          });
        }
      }
      for (const v of unmatchedV) {
        if (used.has(v)) continue;
        ctx.report({
          entry: variant,
          start: v.start,
          end: v.end,
          related: source,
          severity: 'warning',
          message: `${NAMES[v.type]} ${v.text} is not in the source (${label(source)})`,
        });
      }
    });
  },
);

/** Digits with their separators removed ("0071 0045 28391" → "0071004528391"). */
const digitRuns = (text: string): string[] => text.replace(/(\d)[\s.()\u00A0-]+(?=\d)/g, '$1').match(/\d+/g) ?? [];

/**
 * Whether an email states this fact verbatim: the same digits in its prose (phones, references;
 * not inside a link, which may carry an old number) or the same link or address.
 */
function carries(a: Analysis, f: Fact): boolean {
  if (f.type === 'phone' || f.type === 'reference' || f.type === 'account') {
    const digits = f.text.replace(/\D/g, '');
    if (digits.length < 5) return false;
    let prose = a.text;
    for (const u of [...a.urls, ...a.emails]) prose = prose.slice(0, u.start) + ' '.repeat(u.end - u.start) + prose.slice(u.end);
    return digitRuns(prose).includes(digits);
  }
  if (f.type === 'url' || f.type === 'email') return a.text.toLowerCase().includes(f.text.toLowerCase());
  return false;
}

function dedupe(list: Fact[]): Fact[] {
  const out: Fact[] = [];
  for (const f of list) if (!out.some((o) => sameFact(o, f))) out.push(f);
  return out;
}
