/**
 * parity/facts — a hard-coded amount, date, link, email address or phone number that differs
 * between a translation and its source. Values are compared parsed, not as strings:
 * `$1,234.56` = `1.234,56 US$`, `November 30, 2026` = `30 de noviembre de 2026` = `ngày 30/11/2026`.
 */
import { libraryRule } from '../library/types.ts';
import { factsOf, sameFact, type Fact, type FactType } from '../library/signals.ts';
import { eachPair, label } from './pairs.ts';

const NAMES: Record<FactType, string> = { amount: 'amount', date: 'date', url: 'link', email: 'email address', phone: 'phone number', reference: 'reference' };

export const facts = libraryRule(
  {
    id: 'parity/facts',
    severity: 'error',
    languages: ['en', 'es', 'vi'],
    description: 'A hard-coded amount, date, link, email address or phone number differs between a variant and its source.',
    docs:
      'Facts must survive translation: a Spanish reminder that says 1.243,56 € where the English one says €1,234.56, or a Vietnamese one with last year\'s due date or another payment link, sends the wrong information. Values are compared after parsing, so localised formats are not faults: 1,234.56 = 1.234,56, "November 30, 2026" = "30 de noviembre de 2026" = "ngày 30/11/2026", and a link that differs only by its language path (/en/ → /es/) is the same link. Reported: a fact of the source with a different value in the variant, a fact the variant drops, and (as a warning) a fact only the variant has.',
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
      const unmatchedV = vf.filter((v) => !sf.some((s) => sameFact(s, v)));
      const unmatchedS = sf.filter((s) => !vf.some((v) => sameFact(s, v)));
      const used = new Set<Fact>();
      for (const s of unmatchedS) {
        const other = unmatchedV.find((v) => v.type === s.type && !used.has(v));
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

function dedupe(list: Fact[]): Fact[] {
  const out: Fact[] = [];
  for (const f of list) if (!out.some((o) => sameFact(o, f))) out.push(f);
  return out;
}
