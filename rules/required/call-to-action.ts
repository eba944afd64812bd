/**
 * required/call-to-action — an explicit request to do something concrete: pay (and how), reply,
 * call, confirm receipt, agree a plan. "Please find attached" and "please disregard" are not
 * requests, and "if you have any questions, contact us" is an offer, not a call to action.
 */
import type { Analysis } from '../core/analysis.ts';
import { cues } from './cues.ts';
import { elementRule } from './element-rule.ts';
import type { Evidence } from './evidence.ts';

export function callsToAction(a: Analysis): Evidence[] {
  const c = cues(a.lang);
  const out: Evidence[] = [];
  for (const s of a.sentences) {
    const excluded = c.excluded.all(a.text, s.start, s.end);
    const clear = (m: { start: number; end: number }) => !excluded.some((x) => m.start < x.end && m.end > x.start);
    const pay = c.pay.all(a.text, s.start, s.end).filter((m) => m.end <= s.end && clear(m));
    const conditional = c.conditional.all(a.text, s.start, s.end).length > 0;
    const respond = conditional ? [] : c.respond.all(a.text, s.start, s.end).filter((m) => m.end <= s.end && clear(m));
    const lead = /^[\s\-–•*>"'¡¿([]*/.exec(s.text)?.[0].length ?? 0;
    const imperative = c.imperative
      .all(a.text, s.start + lead, s.end)
      .filter((m) => m.start === s.start + lead && !/^\s*[:：]/.test(a.text.slice(m.end, m.end + 3)) && clear(m))
      .filter(() => !conditional);
    for (const m of [...pay, ...respond, ...imperative]) out.push({ kind: 'request', start: m.start, end: m.end, text: m.text });
  }
  return out;
}

export const callToAction = elementRule({
  element: 'call-to-action',
  description: 'The email does not ask the customer to do anything concrete.',
  docs:
    'Ask for something concrete: pay (and say how), reply, call, confirm receipt or agree a payment plan. A reminder that only informs ("please find attached", "please disregard if paid") gives the customer nothing to do, and a conditional offer ("if you have questions, contact us") is not a request.',
  examples: {
    en: { good: 'Please pay by bank transfer by 30 November 2026, or reply to agree a payment plan.', bad: 'Please find attached invoice INV-2041.' },
    es: { good: 'Le rogamos que realice el pago por transferencia antes del 30 de noviembre de 2026.', bad: 'Adjuntamos la factura F-311. Si ya la pagó, haga caso omiso de este mensaje.' },
    vi: { good: 'Kính đề nghị Quý khách thanh toán bằng chuyển khoản trước ngày 30/11/2026.', bad: 'Chúng tôi gửi lại hóa đơn số 0004127. Nếu đã thanh toán, xin bỏ qua email này.' },
  },
  placement: 'before-closing',
  message: () => 'Missing call to action: ask the customer to do something concrete (pay and how, reply, call, agree a plan).',
  detect(a) {
    const evidence = callsToAction(a);
    return { present: evidence.length > 0, evidence };
  },
});
