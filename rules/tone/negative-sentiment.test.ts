import { describe, expect, it } from 'vitest';
import { runTable } from './test-helpers.ts';
import { lint } from '../index.ts';
import { negativeSentences, sentenceSentiment } from './sentiment.ts';
import { analyseText } from '../index.ts';

describe('tone/negative-sentiment', () => {
  runTable('tone/negative-sentiment', {
    valid: [
      { lang: 'en', stage: 'overdue', text: 'Thank you for your business. Please pay by 14 June.' },
      { lang: 'es', stage: 'overdue', text: 'Muchas gracias por su confianza. Le agradecemos el pago antes del 14 de junio.' },
      { lang: 'vi', stage: 'overdue', text: 'Chân thành cảm ơn Quý khách đã đồng hành cùng chúng tôi.' },
    ],
    invalid: [
      { lang: 'en', stage: 'overdue', text: 'This is terrible, awful and disgusting behaviour.', actual: 'This is terrible, awful and disgusting behaviour.', suggestion: '' },
      { lang: 'es', stage: 'overdue', text: 'Me parece una vergüenza y una falta de respeto.', actual: 'Me parece una vergüenza y una falta de respeto.', suggestion: '' },
      { lang: 'vi', stage: 'overdue', text: 'Chúng tôi đã quá mệt mỏi với tình trạng khách hàng chây ì.', actual: 'Chúng tôi đã quá mệt mỏi với tình trạng khách hàng chây ì.', suggestion: '' },
    ],
  });

  it('sets the same polarity/valence data in every language', () => {
    for (const [lang, text] of [['en', 'Thank you, great work.'], ['es', 'Muchas gracias.'], ['vi', 'Cảm ơn Quý khách.']] as const) {
      const { analysis } = analyseText(text, { language: lang });
      const [s] = sentenceSentiment(analysis);
      expect(s?.polarity).toBeGreaterThan(0);
      expect(analysis.tree.data?.valence).toBe('positive');
    }
    expect(lint('ok', { language: 'en' }).tone.label).toBe('polite');
  });
});

describe('negativeSentences (the fast path of tone/negative-sentiment)', () => {
  // The English path skips sentences that cannot score below zero; it must find exactly the
  // sentences the full retext-sentiment pass finds, whatever the thresholds.
  const english = [
    'Dear Sam, we are not happy, not pleased and not satisfied with how this has gone. Thank you for your business.',
    'This is terrible 😡 and we are disappointed. Please pay by Friday. Great work on the launch though!',
    "We don't like chasing payments. It isn't good for either of us. Kind regards, Olivia",
    'Unfortunately the invoice is still unpaid. Sorry to bother you again; if you have already paid, please ignore this.',
    'Frankly this is unacceptable, awful and disgusting. We will not tolerate further delay.',
  ];
  for (const threshold of [-1, -2, -4, -6]) {
    it(`agrees with the full pass at threshold ${threshold}`, () => {
      for (const text of english) {
        const fast = negativeSentences(analyseText(text, { language: 'en' }).analysis, threshold);
        const full = sentenceSentiment(analyseText(text, { language: 'en' }).analysis).filter((s) => s.polarity <= threshold);
        expect(fast).toEqual(full);
      }
    });
  }

  it('flags a sentence that is negative only through negated praise', () => {
    const { analysis } = analyseText('We are not happy, not pleased and not satisfied.', { language: 'en' });
    expect(negativeSentences(analysis, -4).map((s) => s.polarity)).toEqual([-8]);
  });
});
