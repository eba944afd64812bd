/**
 * tone/negative-sentiment: sentences whose sentiment (rules/tone/sentiment.ts) is strongly negative.
 * One signal among the rules: it weighs little in the tone label on its own.
 */
import type { Rule } from '../core/rule.ts';
import { LANGUAGES } from '../core/types.ts';
import { overlaps, sentenceSpan, toneContext } from './context.ts';
import { toneLexicon } from './lexicon.ts';
import { negativeSentences } from './sentiment.ts';

/** Polarity at or below which a sentence is flagged (AFINN scale: "fail" −2, "hate" −3). */
export const NEGATIVE_THRESHOLD = -4;
const WEIGHT = 0.25;

export const negativeSentiment: Rule = {
  meta: {
    id: 'tone/negative-sentiment',
    severity: 'info',
    languages: LANGUAGES,
    description: 'Sentence with strongly negative wording.',
    docs:
      'A sentence that piles up negative words ("unacceptable", "disappointed", "vergüenza", "thất vọng") reads ' +
      'as hostile even without a threat. English is scored with AFINN-165 through retext-sentiment; Spanish and ' +
      'Vietnamese with the lexicons in rules/locales/<lang>/tone.yml. Rephrase neutrally: state the fact and ' +
      'what you ask for.',
    examples: {
      en: { bad: 'This is unacceptable and we are extremely disappointed and angry.', good: 'The invoice is still open; please let us know when we can expect payment.' },
      es: { bad: 'Es una vergüenza inaceptable, estamos hartos.', good: 'La factura sigue pendiente; indíquenos cuándo podemos esperar el pago.' },
      vi: { bad: 'Chúng tôi rất thất vọng và mệt mỏi, không chấp nhận được.', good: 'Hóa đơn vẫn chưa được thanh toán; mong Quý khách phản hồi.' },
    },
  },
  check(ctx) {
    const a = ctx.analysis;
    const lex = toneLexicon(ctx.lang);
    const tc = toneContext(a, lex);
    for (const s of negativeSentences(a, NEGATIVE_THRESHOLD)) {
      if (overlaps(s, tc.reassurances)) continue;
      const span = sentenceSpan(a, s);
      ctx.report({
        start: span.start,
        end: span.end,
        message: `Strongly negative wording (sentiment ${s.polarity}): rephrase neutrally.`,
        suggestions: [{ text: '', description: lex.data['sentiment-suggestion'] }],
        note: lex.data['sentiment-suggestion'],
        weight: WEIGHT,
      });
    }
  },
};
