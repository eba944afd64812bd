import { describe, expect, it } from 'vitest';
import { runTable } from './test-helpers.ts';
import { lint } from '../index.ts';
import { sentenceSentiment } from './sentiment.ts';
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
