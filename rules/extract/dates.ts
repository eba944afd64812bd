/**
 * Specific calendar dates in the three languages: `November 30, 2026`, `30 Nov 2026`, `2026-11-30`,
 * `30/11/2026`, `30.11.2026`, `30 de noviembre de 2026`, `ngày 30 tháng 11 năm 2026`,
 * `ngày 30/11/2026`, and day + month without a year ("April 10", "5 de junio", "ngày 30 tháng 11").
 * A month alone ("tháng 5/2026", "May 2026") is not a specific date, and neither is "24/7".
 */
import { dateData } from '../locales/index.ts';
import type { Language } from '../core/types.ts';
import { lowerCase } from '../core/phrases.ts';

export interface DateMention {
  start: number;
  end: number;
  text: string;
  year: number | null;
  month: number;
  day: number;
}

interface Compiled {
  patterns: Array<{ re: RegExp; read: (m: RegExpExecArray) => [number | null, number, number] | null }>;
}

const cache = new Map<string, Compiled>();
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

function year(y: string | undefined): number | null {
  if (!y) return null;
  const n = Number(y);
  return y.length === 2 ? 2000 + n : n;
}

function monthIndex(lookup: Map<string, number>, name: string): number {
  return lookup.get(name.toLowerCase().replace(/\.$/, '')) ?? 0;
}

function compile(lang: Language, monthFirst: boolean): Compiled {
  const key = `${lang}:${monthFirst}`;
  let c = cache.get(key);
  if (c) return c;
  const lookup = new Map<string, number>();
  const names: string[] = [];
  for (const l of ['en', 'es'] as const) {
    dateData(l).months.forEach((forms, i) => {
      for (const f of forms) {
        lookup.set(f.toLowerCase(), i + 1);
        names.push(f);
      }
    });
  }
  const MONTH = `(${[...new Set(names.map((n) => n.toLowerCase()))].sort((a, b) => b.length - a.length).join('|')})\\.?`;
  const DAY = '(\\d{1,2})(?:st|nd|rd|th|º|°)?';
  const YEAR = '(\\d{4})';
  const WEEKDAY =
    '(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun|lunes|martes|miércoles|jueves|viernes|sábado|domingo)\\.?,?\\s+)?';
  const patterns: Compiled['patterns'] = [
    // 2026-11-30
    { re: new RegExp(`${B}(\\d{4})-(\\d{1,2})-(\\d{1,2})${E}`, 'gu'), read: (m) => [year(m[1]), +m[2]!, +m[3]!] },
    // ngày 30 tháng 11 năm 2026 · 30 tháng 11 năm 2026 · ngày 30 tháng 11
    {
      re: new RegExp(`${B}(?:ngày\\s+)?(\\d{1,2})\\s+tháng\\s+(\\d{1,2})(?:\\s*(?:năm\\s+|,\\s*|/)(\\d{4}))?${E}`, 'gu'),
      read: (m) => [year(m[3]), +m[2]!, +m[1]!],
    },
    // ngày 30/11/2026 · ngày 30/11 (a Vietnamese day/month needs "ngày" when the year is missing)
    {
      re: new RegExp(`${B}ngày\\s+(\\d{1,2})([/.-])(\\d{1,2})(?:\\2(\\d{4}))?${E}(?![/.-]\\d)`, 'gu'),
      read: (m) => [year(m[4]), +m[3]!, +m[1]!],
    },
    // hôm nay 15/6 · trước 15/6 · hạn 15/6: a day/month without "ngày" after words that only precede dates
    {
      re: new RegExp(`(?<=${B}(?:hôm\\s+nay|ngày\\s+mai|trước|hạn|đến)\\s+(?:là\\s+)?)(\\d{1,2})/(\\d{1,2})${E}(?![/.-]\\d)`, 'gu'),
      read: (m) => [null, +m[2]!, +m[1]!],
    },
    // vence el viernes 10/5 · hasta el 10/05: a Spanish day/month without a year after a due word
    {
      re: new RegExp(
        `(?<=${B}(?:vence|vencen|venció|vencía|vencimiento|vto\\.?|hasta|antes)\\s+(?:el\\s+|del\\s+|día\\s+)?(?:(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)\\s+)?)(\\d{1,2})/(\\d{1,2})${E}(?![/.-]\\d)`,
        'gu',
      ),
      read: (m) => [null, +m[2]!, +m[1]!],
    },
    // 30/11/2026 · 30.11.2026 · 30-11-2026 · 11/30/2026 (month-first regions) · 30/11/26
    {
      re: new RegExp(`${B}(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})${E}`, 'gu'),
      read: (m) => {
        let a = +m[1]!;
        let b = +m[3]!;
        if (m[2] === '-' && m[4]!.length === 2) return null; // 20-45-77 is a sort code, not a date
        if (m[2] === '.' && m[4]!.length === 2) return null;
        if (monthFirst && a <= 12) [a, b] = [b, a];
        else if (b > 12 && a <= 12) [a, b] = [b, a];
        return [year(m[4]), b, a];
      },
    },
    // 30 de noviembre de 2026 · 30 de noviembre · el 5 de junio
    {
      re: new RegExp(`${B}${WEEKDAY}${DAY}\\s+de\\s+${MONTH}(?:\\s+(?:de|del)\\s+${YEAR})?${E}`, 'gu'),
      read: (m) => [year(m[3]), monthIndex(lookup, m[2]!), +m[1]!],
    },
    // November 30, 2026 · Nov. 30 2026 · Friday, April 10 · noviembre 30, 2026
    {
      re: new RegExp(`${B}${WEEKDAY}${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?${E}`, 'gu'),
      read: (m) => [year(m[3]), monthIndex(lookup, m[1]!), +m[2]!],
    },
    // 30 November 2026 · 30th Nov 2026 · 30 Nov
    {
      re: new RegExp(`${B}${WEEKDAY}${DAY}(?:\\s+of)?\\s+${MONTH}(?:,?\\s+${YEAR})?${E}`, 'gu'),
      read: (m) => [year(m[3]), monthIndex(lookup, m[2]!), +m[1]!],
    },
    // the 30th of November
    {
      re: new RegExp(`${B}the\\s+${DAY}\\s+of\\s+${MONTH}(?:,?\\s+${YEAR})?${E}`, 'gu'),
      read: (m) => [year(m[3]), monthIndex(lookup, m[2]!), +m[1]!],
    },
  ];
  c = { patterns };
  cache.set(key, c);
  return c;
}

export function findDates(text: string, lang: Language, region?: string): DateMention[] {
  const monthFirst = lang === 'en' && !!region && dateData('en').monthFirstRegions.includes(region.toUpperCase());
  const { patterns } = compile(lang, monthFirst);
  const out: DateMention[] = [];
  // Patterns are lower case (no `i` flag: faster); offsets are the same in the original.
  const lower = lowerCase(text);
  for (const { re, read } of patterns) {
    re.lastIndex = 0;
    for (const m of lower.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (out.some((d) => start < d.end && end > d.start)) continue;
      const r = read(m as RegExpExecArray);
      if (!r) continue;
      const [y, mo, d] = r;
      if (!(mo >= 1 && mo <= 12 && d >= 1 && d <= 31)) continue;
      if (y !== null && (y < 1990 || y > 2100)) continue;
      // "May 2" needs care: "may" is also a verb; accept it only when capitalised or with a year.
      const original = text.slice(start, end);
      if (/^may\s/.test(original) && y === null) continue;
      out.push({ start, end, text: original, year: y, month: mo, day: d });
    }
  }
  out.sort((a, b) => a.start - b.start);
  return listedDates(text, lower, out);
}

/** "1 y 15 de octubre", "1 and 15 October": days listed before the month they share. */
const DAYS_BEFORE = /(?<![\p{L}\p{N}.,/])(\d{1,2})(?:st|nd|rd|th|º)?\s*(?:,\s*|\s+(?:y|e|o|and|or|&)\s+)(?:(?:el|del|de|los\s+días|the)\s+)?$/u;
/** ", 29/9 và 13/10": more day/month dates after a Vietnamese (or numeric) date of a list. */
const NUMERIC_AFTER = /^(?:\s*,\s*|\s+(?:và|hoặc|hay|y|and|or)\s+)(?:ngày\s+)?(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}))?(?![\p{L}\p{N}])(?![/.-]\d)/u;

/**
 * Dates written as a list that shares its month or its form: "del 1 y el 15 de octubre",
 * "ngày 1/10 và 15/10", "các ngày 14/9, 29/9 và 13/10/2026". The first or last item alone looks
 * like a date; the others are read from it (year from the item that has one).
 */
function listedDates(text: string, lower: string, found: DateMention[]): DateMention[] {
  const out = [...found];
  for (const d of found) {
    // Day numbers before a "15 de octubre" / "15 October" date share its month and year.
    let start = d.start;
    if (/^\d/.test(d.text)) {
      for (let m = DAYS_BEFORE.exec(lower.slice(Math.max(0, start - 40), start)); m; m = DAYS_BEFORE.exec(lower.slice(Math.max(0, start - 40), start))) {
        const at = start - (Math.min(40, start) - m.index);
        const day = +m[1]!;
        if (day < 1 || day > 31 || out.some((o) => at < o.end && at + m![1]!.length > o.start)) break;
        out.push({ start: at, end: at + m[1]!.length, text: text.slice(at, at + m[1]!.length), year: d.year, month: d.month, day });
        start = at;
      }
    }
    // More d/m dates after a numeric one: ", 29/9 và 13/10".
    if (!/\d[/.-]\d/.test(d.text)) continue;
    const list: DateMention[] = [];
    let end = d.end;
    let listYear = d.year;
    for (let m = NUMERIC_AFTER.exec(lower.slice(end)); m; m = NUMERIC_AFTER.exec(lower.slice(end))) {
      const s = end + m[0].search(/\d/);
      const e = end + m[0].length;
      const day = +m[1]!;
      const month = +m[3]!;
      // The list may end with a date already read with its year ("… và 12/05/2026").
      const known = out.find((o) => s < o.end && e > o.start);
      if (known) {
        listYear = known.year ?? listYear;
        break;
      }
      if (day < 1 || day > 31 || month < 1 || month > 12) break;
      list.push({ start: s, end: e, text: text.slice(s, e), year: m[4] ? year(m[4]) : null, month, day });
      if (m[4]) listYear = year(m[4]);
      end = e;
    }
    if (d.year === null && listYear !== null) {
      const i = out.indexOf(d);
      out[i] = { ...d, year: listYear };
    }
    for (const item of list) out.push({ ...item, year: item.year ?? listYear });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** ISO yyyy-mm-dd of a mention (year taken from `fallbackYear` when the text has none). */
export function isoDate(d: DateMention, fallbackYear?: number): string | null {
  const y = d.year ?? fallbackYear;
  if (!y) return null;
  return `${y}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}
