/**
 * facts/stage — the reminder's stage does not fit the invoice's dates: a before-due reminder for an
 * invoice already past due, an overdue notice before the due date, a collection or final-demand
 * letter within two weeks of the due date (DESIGN.md stage table).
 */
import type { Stage } from '../core/types.ts';
import { dueDates } from '../required/due-date.ts';
import { daysBetween, factRule } from './shared.ts';

/** Days after the due date (negative: before it) that fit each stage. */
export const STAGE_WINDOWS: Record<Stage, { min: number; max: number; advice: string }> = {
  'before-due': { min: -Infinity, max: 0, advice: 'the invoice is already past due: use due or overdue' },
  due: { min: -5, max: 30, advice: 'use before-due ahead of the due date, overdue or collection once it is well past' },
  overdue: { min: 1, max: Infinity, advice: 'the invoice is not overdue yet: use before-due or due' },
  collection: { min: 14, max: Infinity, advice: 'collection is for balances more than about two weeks overdue: use due or overdue' },
  'final-demand': { min: 14, max: Infinity, advice: 'a final demand is the last resort, after the overdue and collection reminders' },
};

export const stageFact = factRule({
  name: 'stage',
  severity: 'warning',
  fixable: false,
  description: "The reminder's stage does not fit the invoice's due date.",
  docs: 'Each stage has its time: a friendly heads-up before the due date, a reminder on the day or just after, firmer notices once it is overdue, collection after about two weeks, a final demand as the last resort. A before-due note for an invoice already past due reads as if nobody checked; a final demand a day after the due date damages the relationship for nothing. This rule compares the stage with the days between the invoice record\'s due date and today.',
  examples: {
    en: { good: 'stage overdue, due 2026-10-31, today 2026-11-23: "Invoice INV-2041 is now 23 days overdue."', bad: 'stage before-due, due 2026-10-31, today 2026-11-23: "A friendly heads-up: invoice INV-2041 will be due on October 31, 2026."' },
    es: { good: 'etapa overdue, vencimiento 2026-10-31, hoy 2026-11-23: "La factura F-2026-311 acumula 23 días de retraso."', bad: 'etapa final-demand, vencimiento 2026-11-22, hoy 2026-11-23: "Requerimiento formal de pago de la factura F-2026-311."' },
    vi: { good: 'giai đoạn overdue, hạn 2026-10-31, hôm nay 2026-11-23: "Hóa đơn số 0004127 đã quá hạn 23 ngày."', bad: 'giai đoạn before-due, hạn 2026-10-31, hôm nay 2026-11-23: "Hóa đơn số 0004127 sắp đến hạn thanh toán."' },
  },
  check(ctx) {
    const due = ctx.invoice?.dueDate;
    if (!due || !ctx.stage) return;
    const days = daysBetween(due, ctx.today);
    if (days === null) return;
    const w = STAGE_WINDOWS[ctx.stage];
    if (days >= w.min && days <= w.max) return;
    const when = days > 0 ? `${days} days after the due date (${due})` : days === 0 ? `on the due date (${due})` : `${-days} days before the due date (${due})`;
    // Point at the due date in the text when there is one, else at the opening line.
    const a = ctx.analysis;
    const anchor = dueDates(a)[0] ?? a.sentences[0] ?? { start: 0, end: Math.min(a.text.length, 1) };
    ctx.report({
      start: anchor.start,
      end: anchor.end,
      message: `A ${ctx.stage} reminder does not fit: today is ${when}; ${w.advice}.`,
      note: 'Pick the stage from the dates, so the tone fits how late the payment is.',
    });
  },
});
