/** tone/insult: insults and demeaning labels for the reader ("deadbeat", "moroso", "con nợ"). */
import { phraseRule } from './phrase-rule.ts';

export const insult = phraseRule({
  id: 'tone/insult',
  category: 'insult',
  severity: 'error',
  description: 'Insult or demeaning label for the reader.',
  docs:
    'Insults and labels such as "deadbeat", "moroso", "con nợ" or "people like you" attack the person instead of ' +
    'asking about the invoice. They never get a bill paid sooner, can be quoted against the sender, and are ' +
    'a finding at every stage. Name the invoice and the amount; call the reader "customer", "cliente", "Quý khách".',
  examples: {
    en: { bad: 'We do not work for deadbeats.', good: 'We value you as a customer.' },
    es: { bad: 'No trabajamos con morosos como usted.', good: 'Le escribimos por la factura pendiente.' },
    vi: { bad: 'Chúng tôi không làm ăn với con nợ.', good: 'Chúng tôi xin nhắc Quý khách về hóa đơn chưa thanh toán.' },
  },
  message: (entry, text) => `"${text}" is ${entry.kind === 'insult' ? 'an insult' : `a ${entry.kind}`}: address the reader respectfully.`,
});
