/** required/already-paid-note — a sentence acknowledging that payment may already have been sent. */
import { cues } from './cues.ts';
import { elementRule } from './element-rule.ts';

export const alreadyPaidNote = elementRule({
  element: 'already-paid-note',
  description: 'The email does not allow for a payment that may already be on its way.',
  docs:
    'Acknowledge that the customer may already have paid ("if you have already paid, please disregard this reminder"). Payments cross with reminders all the time, and a reminder that ignores it reads as an accusation. The note counts even when its tone is off; the tone rules judge the tone.',
  examples: {
    en: { good: 'If you have already paid, thank you, and please disregard this reminder.', bad: 'Pay the invoice today.' },
    es: { good: 'Si ya ha realizado el pago, le rogamos que no tenga en cuenta este mensaje.', bad: 'Realice el pago hoy.' },
    vi: { good: 'Nếu Quý khách đã thanh toán, xin vui lòng bỏ qua thông báo này.', bad: 'Quý khách thanh toán ngay hôm nay.' },
  },
  placement: 'before-closing',
  message: () => 'Missing already-paid note: acknowledge that payment may already have been sent.',
  detect(a) {
    const evidence = cues(a.lang)
      .alreadyPaid.all(a.text)
      .map((m) => ({ kind: 'phrase', start: m.start, end: m.end, text: m.text }));
    return { present: evidence.length > 0, evidence };
  },
});
