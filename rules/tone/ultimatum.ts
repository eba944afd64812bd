/**
 * tone/ultimatum: deadlines of hours, "today or else", demands for immediate payment, before the
 * collection stage; "final" warnings before the final demand. "Transfers reach us immediately" or
 * "we will update your account immediately once payment arrives" are reassurances, not ultimatums.
 */
import { phraseRule } from './phrase-rule.ts';

export const ultimatum = phraseRule({
  id: 'tone/ultimatum',
  category: 'ultimatum',
  severity: 'warning',
  description: 'Ultimatum: a deadline of hours or a demand for immediate payment before the collection stage.',
  docs:
    'A reminder gives a reasonable date. "Within 24 hours", "hoy mismo o…", "trong vòng 24 giờ" or "pay ' +
    'immediately" before the collection stage pressure instead of informing, and calling an earlier reminder ' +
    '"final" escalates before the final demand. Words like "immediately" that describe what happens to a ' +
    'payment ("transfers are credited immediately", "báo có ngay lập tức") are not ultimatums.',
  examples: {
    en: { bad: 'Payment must be received within 24 hours.', good: 'Please pay by 14 June 2026 or let us know when we can expect payment.' },
    es: { bad: 'Si el pago no se refleja en las próximas 24 horas, actuaremos.', good: 'Le agradeceremos el pago antes del 14 de junio de 2026.' },
    vi: { bad: 'Nếu trong vòng 24 giờ chưa ghi nhận thanh toán, chúng tôi sẽ xử lý.', good: 'Kính mong Quý khách thanh toán trước ngày 14/06/2026.' },
  },
  message: (entry, text, stage) =>
    `"${text}" is ${entry.kind === 'final warning' ? 'a final warning' : `an ultimatum (${entry.kind})`}${stage ? ` in a ${stage} reminder` : ''}: give a reasonable date instead.`,
});
