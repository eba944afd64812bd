/**
 * facts/due-date — the date the text gives as the due date differs from the invoice record's due
 * date. Only dates the text presents as the due date count (the due-date element's evidence:
 * "due on …", "venció el …", "hạn thanh toán …"); issue dates and new deadlines are left alone.
 */
import { formatLongDate } from '../core/format.ts';
import { dueDates } from '../required/due-date.ts';
import { isoDate } from '../extract/dates.ts';
import { factRule } from './shared.ts';

export const dueDateFact = factRule({
  name: 'due-date',
  description: 'The due date in the text differs from the invoice record.',
  docs: 'A reminder that gives the wrong due date tells the customer the wrong thing about when they were meant to pay, and may make a late fee or a "days overdue" count look unfair. This rule compares every date the text presents as the due date with the invoice record (a date written without a year takes the record\'s year) and suggests the right one.',
  examples: {
    en: { good: 'Invoice INV-2041 was due on November 30, 2026. (record: 2026-11-30)', bad: 'Invoice INV-2041 was due on November 13, 2026. (record: 2026-11-30)' },
    es: { good: 'La factura F-2026-311 venció el 31 de octubre de 2026. (registro: 2026-10-31)', bad: 'La factura F-2026-311 venció el 13 de octubre de 2026. (registro: 2026-10-31)' },
    vi: { good: 'Hóa đơn số 0004127 có hạn thanh toán ngày 30/11/2026. (hồ sơ: 2026-11-30)', bad: 'Hóa đơn số 0004127 có hạn thanh toán ngày 03/11/2026. (hồ sơ: 2026-11-30)' },
  },
  check(ctx) {
    const due = ctx.invoice?.dueDate;
    if (!due || !/^\d{4}-\d{2}-\d{2}$/.test(due)) return;
    const a = ctx.analysis;
    const year = Number(due.slice(0, 4));
    for (const e of dueDates(a)) {
      if (e.kind !== 'due') continue;
      const mention = a.dates.find((d) => d.start === e.start);
      if (!mention) continue;
      const iso = isoDate(mention, year);
      if (!iso || iso === due) continue;
      let expected = formatLongDate(due, ctx.lang, ctx.region);
      // "hạn thanh toán ngày 13 tháng 10": the text already says "ngày".
      if (ctx.lang === 'vi' && /ngày\s+$/iu.test(a.text.slice(Math.max(0, mention.start - 6), mention.start))) expected = expected.replace(/^ngày\s+/u, '');
      ctx.report({
        start: mention.start,
        end: mention.end,
        message: `Due date ${mention.text} differs from the invoice record (${expected}).`,
        note: 'Check the due date against the invoice: the customer will.',
        suggestions: [{ text: expected, description: `Replace with ${expected}` }],
        fixable: true,
      });
    }
  },
});
