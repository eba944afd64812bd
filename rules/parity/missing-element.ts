/**
 * parity/missing-element — a required element the source carries and the translation does not
 * (the already-paid note, the due date, the link to the invoice…), usually a sentence dropped in
 * translation.
 */
import { ELEMENTS } from '../core/types.ts';
import { libraryRule } from '../library/types.ts';
import { hasLooseCue } from '../library/signals.ts';
import { eachPair, label } from './pairs.ts';

const ELEMENT_NAMES: Record<string, string> = {
  'invoice-copy': 'invoice copy (attachment or link)',
  amount: 'amount',
  'due-date': 'due date',
  'call-to-action': 'call to action',
  'contact-details': 'contact details',
  'already-paid-note': 'already-paid note',
};

/** Evidence that travels unchanged between languages: placeholders, numbers, links, addresses. */
const NEUTRAL = /[\d@{}$%_]|https?:|www\./;

export const missingElement = libraryRule(
  {
    id: 'parity/missing-element',
    severity: 'error',
    languages: ['en', 'es', 'vi'],
    description: 'A required element present in the source is missing from a translated variant.',
    docs:
      'Translations drop sentences: the already-paid note, the line with the link to the invoice, the signature with the contact details. The variant is then incomplete in a way its reviewer cannot see without the source. The rule reports an element the source has and the variant lacks, unless the variant still carries the source\'s evidence (the same placeholder, amount, date or link) or wording of that element in its own language — a faithful translation that reorders or rephrases is not reported.',
    examples: {
      en: { good: 'en "If you have already paid, please disregard this email." → es "Si ya ha pagado, ignore este correo."', bad: 'en has the already-paid sentence → es drops it' },
      es: { good: 'en "Due date: {{due_date}}" → es "Vencimiento: {{due_date}}"', bad: 'en "Due date: {{due_date}}" → es without any due date' },
      vi: { good: 'en "The invoice is attached." → vi "Hóa đơn được đính kèm."', bad: 'en "The invoice is attached." → vi without attachment or link' },
    },
  },
  (ctx) => {
    eachPair(ctx, (source, variant) => {
      const srcEvidence = source.report.evidence ?? {};
      const flat = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
      const variantText = flat(variant.analysis.text);
      for (const element of ELEMENTS) {
        if (!source.report.elements[element] || variant.report.elements[element]) continue;
        const evidence = srcEvidence[element] ?? [];
        const neutral = evidence.filter((e) => NEUTRAL.test(e.text));
        const carried = neutral.filter((e) => variantText.includes(flat(e.text)));
        if (element === 'contact-details') {
          // Complete contact details are several channels: the variant must carry all of them.
          if (evidence.length && carried.length >= evidence.length) continue;
        } else {
          if (carried.length) continue;
          if (hasLooseCue(variant.analysis, element)) continue;
        }
        const lost = evidence.filter((e) => !carried.includes(e)).map((e) => `"${e.text.replace(/\s+/g, ' ').slice(0, 60)}"`);
        ctx.report({
          entry: variant,
          related: source,
          element,
          message: `the source (${label(source)}) has the ${ELEMENT_NAMES[element]}${lost.length ? ` (${lost.slice(0, 3).join(', ')})` : ''}; this ${variant.language} variant does not`,
          note: 'Translate every sentence of the source: a reminder missing this element in one language is incomplete for every customer who reads that language.',
        });
      }
    });
  },
);
