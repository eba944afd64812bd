/**
 * tone/passive-aggressive: sarcasm, condescension, guilt trips and reproaches for repeated reminders
 * ("as we have told you repeatedly", "surely you understand", "por algún milagro", "không có gì phức
 * tạp"): aggression without a single rude word.
 */
import { phraseRule } from './phrase-rule.ts';

export const passiveAggressive = phraseRule({
  id: 'tone/passive-aggressive',
  category: 'passive-aggressive',
  severity: 'warning',
  description: 'Sarcasm, condescension, guilt trip or reproach.',
  docs:
    'Passive aggression hurts as much as an insult and is harder to answer: sarcasm ("by some miracle", ' +
    '"sería toda una novedad", "biết đâu lần này"), condescension ("surely you understand", "no debería ' +
    'suponerle ningún esfuerzo", "không có gì phức tạp"), guilt trips ("we pay our staff on time") and ' +
    'reproaches ("as we have told you repeatedly", "como ya le hemos indicado en varias ocasiones", "như chúng ' +
    'tôi đã nhắc nhiều lần"). Say plainly what you need and by when.',
  examples: {
    en: { bad: 'As we have told you repeatedly, the invoice is overdue.', good: 'We are following up on our reminder of 12 May.' },
    es: { bad: 'Como ya le hemos indicado en varias ocasiones, la factura está vencida.', good: 'Le escribimos de nuevo en relación con nuestro recordatorio del 12 de mayo.' },
    vi: { bad: 'Quy trình chỉ có vậy, không có gì phức tạp.', good: 'Nếu có thắc mắc về cách thanh toán, xin Quý khách liên hệ với chúng tôi.' },
  },
  message: (entry, text) => `"${text}" reads as ${entry.kind}: say plainly what you need.`,
});
