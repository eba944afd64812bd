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
  return out.sort((a, b) => a.start - b.start);
}

/** ISO yyyy-mm-dd of a mention (year taken from `fallbackYear` when the text has none). */
export function isoDate(d: DateMention, fallbackYear?: number): string | null {
  const y = d.year ?? fallbackYear;
  if (!y) return null;
  return `${y}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}
