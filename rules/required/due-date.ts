/**
 * required/due-date — the specific due date, or a due-date placeholder. A date counts when a due
 * cue governs it ("due on …", "vence el …", "hạn thanh toán ngày …") or when a payment request sets
 * it as the deadline ("please pay by …"). Issue dates, letter dates and relative wording
 * ("last month", "today" without the date) do not count.
 */
import type { Analysis } from '../core/analysis.ts';
import type { Match } from '../core/phrases.ts';
import { cues, type CompiledCues } from './cues.ts';
import { elementRule } from './element-rule.ts';
import type { Evidence } from './evidence.ts';

/** True when the text between a cue and a date holds only connecting words ("on", "el próximo", "vào ngày"). */
export function gapConnects(gap: string, c: CompiledCues, maxWords = c.gapMaxWords): boolean {
  if (gap.length > 40) return false;
  // A list of days sharing one month: "vencidas el 15 y el 30 de marzo", "due on the 1st and 15th of May".
  gap = gap.replace(/\b\d{1,2}(?:st|nd|rd|th)?\s*(?:,|y|e|and|or|o|và|hoặc)\s+/giu, ' ');
  // A time of day: "by 5 pm on", "trước 17h00 ngày", "antes de las 18:00 del".
  gap = gap.replace(/\b\d{1,2}(?:[:.h]\d{2}\s?(?:am|pm|h|giờ)?|\s?(?:am|pm|a\.m\.|p\.m\.|h|giờ))(?![\p{L}\d])/giu, ' ');
  if (/[.!?;]\s/.test(gap) || /\d/.test(gap)) return false;
  const words = gap
    .toLowerCase()
    .split(/[\s,:()|–—-]+/)
    .filter(Boolean);
  if (/\n/.test(gap) && words.length > 0) return false;
  return words.length <= maxWords && words.every((w) => c.gapWords.has(w));
}

function lastCueBefore(matches: Match[], at: number, text: string, c: CompiledCues): Match | undefined {
  let best: Match | undefined;
  for (const m of matches) {
    if (m.start >= at) break;
    // A cue may end inside the date ("trước ngày" + "ngày 15/04/2026").
    if (m.end > at || gapConnects(text.slice(m.end, at), c)) best = m;
  }
  return best;
}

/**
 * Dates in the column of a table (Markdown or plain, cells split by "|") whose header cell is a
 * due cue: "| Invoice | Issued | Due | Amount |", "| Factura | Vencimiento | Importe |".
 */
function tableDueDates(a: Analysis, c: CompiledCues): Evidence[] {
  const out: Evidence[] = [];
  const lines: Array<{ start: number; text: string }> = [];
  let offset = 0;
  for (const text of a.text.split('\n')) {
    lines.push({ start: offset, text });
    offset += text.length + 1;
  }
  const cells = (line: { start: number; text: string }) => {
    const out: Array<{ start: number; end: number; text: string }> = [];
    let from = 0;
    for (const part of line.text.split('|')) {
      out.push({ start: line.start + from, end: line.start + from + part.length, text: part.trim() });
      from += part.length + 1;
    }
    return out;
  };
  let dueColumn = -1;
  let issueColumns: number[] = [];
  for (const line of lines) {
    if ((line.text.match(/\|/g) ?? []).length < 2) {
      dueColumn = -1;
      continue;
    }
    const row = cells(line);
    const header = row.findIndex((cell) => cell.text && !/\d/.test(cell.text) && c.due.exec(cell.text) && !c.issue.exec(cell.text));
    if (header >= 0) {
      dueColumn = header;
      issueColumns = row.map((cell, i) => (c.issue.exec(cell.text) ? i : -1)).filter((i) => i >= 0);
      continue;
    }
    if (dueColumn < 0 || issueColumns.includes(dueColumn)) continue;
    const cell = row[dueColumn];
    if (!cell) continue;
    for (const d of a.dates) if (d.start >= cell.start && d.end <= cell.end) out.push({ kind: 'due', start: d.start, end: d.end, text: d.text });
  }
  return out;
}

export function dueDates(a: Analysis): Evidence[] {
  const c = cues(a.lang);
  const text = a.text;
  const evidence: Evidence[] = tableDueDates(a, c);
  const due = c.due.all(text);
  const deadline = c.deadline.all(text);
  const issue = c.issue.all(text);
  const dueAfter = c.dueAfter.all(text);
  const candidates = [
    ...a.dates.map((d) => ({ start: d.start, end: d.end, text: d.text })),
    ...a.placeholders.filter((p) => p.kind === 'date').map((p) => ({ start: p.start, end: p.end, text: p.raw })),
  ].sort((x, y) => x.start - y.start);
  for (const p of a.placeholders) if (p.kind === 'due-date') evidence.push({ kind: 'placeholder', start: p.start, end: p.end, text: p.raw });
  for (const d of candidates) {
    const iss = lastCueBefore(issue, d.start, text, c);
    const dueCue = lastCueBefore(due, d.start, text, c);
    const dl = lastCueBefore(deadline, d.start, text, c);
    // The cue nearest the date governs it; a due cue that an issue cue only extends ("quá hạn từ"
    // + "từ ngày": overdue since) keeps it.
    let nearest = [iss, dueCue, dl].filter((m): m is Match => !!m).sort((x, y) => y.end - x.end)[0];
    if (nearest && nearest === iss && dueCue && iss.start < dueCue.end) nearest = dueCue;
    if (nearest && nearest === iss) continue;
    if (nearest && nearest === dueCue) {
      evidence.push({ kind: 'due', start: d.start, end: d.end, text: d.text });
      continue;
    }
    if (nearest && nearest === dl) {
      const sentence = a.sentenceAt(d.start);
      const words = sentence ? c.paymentWords.all(text, sentence.start, sentence.end).filter((w) => w.end <= dl.start || w.start >= dl.end) : [];
      if (words.length) evidence.push({ kind: 'deadline', start: d.start, end: d.end, text: d.text });
      continue;
    }
    const after = dueAfter.find((m) => m.start >= d.end && gapConnects(text.slice(d.end, m.start), c, 1));
    if (after) evidence.push({ kind: 'due', start: d.start, end: d.end, text: d.text });
  }
  return evidence;
}

export const dueDate = elementRule({
  element: 'due-date',
  description: 'The email does not give the specific due date.',
  docs:
    'Give the date the payment is (or was) due, as a date ("30 November 2026") or a due-date placeholder. Relative wording ("due last month", "due today" without the date) leaves the customer guessing, and an issue date ("dated", "emitida el", "lập ngày") is not a due date.',
  examples: {
    en: { good: 'Invoice INV-2041 was due on 30 November 2026.', bad: 'Invoice INV-2041 (dated 1 November 2026) was due last month.' },
    es: { good: 'La factura F-311 venció el 30 de noviembre de 2026.', bad: 'La factura F-311, emitida el 1 de noviembre, vence hoy.' },
    vi: { good: 'Hóa đơn số 0004127 có hạn thanh toán ngày 30/11/2026.', bad: 'Hóa đơn số 0004127 lập ngày 01/11/2026 đến hạn hôm nay.' },
  },
  placement: 'after-opening',
  message: () => 'Missing due date: give the specific date the payment is due (an issue date or "today" is not enough).',
  detect(a) {
    const evidence = dueDates(a);
    return { present: evidence.length > 0, evidence };
  },
});
