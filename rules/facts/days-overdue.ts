/**
 * facts/days-overdue — "14 days overdue", "23 días de retraso", "quá hạn 23 ngày" disagrees with
 * the invoice record's due date and today's date (a day either way is allowed for time zones).
 */
import { daysBetween, factRule, factsCues } from './shared.ts';

export const daysOverdueFact = factRule({
  name: 'days-overdue',
  description: 'The number of days overdue in the text does not match the due date.',
  docs: 'Saying how many days a payment is late is firm and direct, but only when the count is right: a wrong count tells the customer the reminder was not checked, or that the due date is not the one they have. This rule reads "N days overdue", "N días de retraso" or "quá hạn N ngày" and compares N with the days between the invoice record\'s due date and today (one day either way is accepted).',
  examples: {
    en: { good: 'The payment is now 23 days overdue. (due 2026-10-31, today 2026-11-23)', bad: 'The payment is now 45 days overdue. (due 2026-10-31, today 2026-11-23)' },
    es: { good: 'El pago acumula ya 23 días de retraso. (vencimiento 2026-10-31, hoy 2026-11-23)', bad: 'El pago acumula ya 45 días de retraso. (vencimiento 2026-10-31, hoy 2026-11-23)' },
    vi: { good: 'Khoản thanh toán này đã quá hạn 23 ngày. (hạn 2026-10-31, hôm nay 2026-11-23)', bad: 'Khoản thanh toán này đã quá hạn 45 ngày. (hạn 2026-10-31, hôm nay 2026-11-23)' },
  },
  check(ctx) {
    const due = ctx.invoice?.dueDate;
    if (!due) return;
    const actual = daysBetween(due, ctx.today);
    if (actual === null) return;
    const text = ctx.analysis.text;
    const seen = new Set<number>();
    const cues = factsCues(ctx.lang);
    for (const re of cues.daysOverdue) {
      re.lastIndex = 0;
      for (const m of text.matchAll(re)) {
        const digits = m[1]!;
        const start = m.index + m[0].indexOf(digits);
        if (seen.has(start)) continue;
        seen.add(start);
        // "more than 30 days past due" (payment terms) states a condition, not how late this invoice is.
        if (cues.conditional.test(text.slice(Math.max(0, start - 24), start))) continue;
        const stated = Number(digits);
        if (Math.abs(stated - actual) <= 1) continue;
        const message =
          actual <= 0
            ? `The text says ${stated} days overdue, but the invoice is not overdue yet (due ${due}).`
            : `The text says ${stated} days overdue, but the invoice was due ${actual} days ago (${due}).`;
        ctx.report({
          start,
          end: start + digits.length,
          message,
          note: 'Count the days from the due date on the invoice record to today.',
          suggestions: actual > 0 ? [{ text: String(actual), description: `Replace with ${actual}` }] : [],
          fixable: actual > 0,
        });
      }
    }
  },
});
