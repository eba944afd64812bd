/**
 * Money in the three languages' usual forms: `$2,380.00`, `USD 2,380`, `1.234,56 €`, `1 234,56 EUR`,
 * `MXN 18,450.50`, `$ 285.000 (pesos argentinos)`, `12.500.000 ₫`, `12.500.000 VNĐ`,
 * `12,5 triệu đồng`, `32 TRIỆU`. A bare number is never an amount: it needs a currency marker.
 */
import { currencies } from '../locales/index.ts';
import type { Language } from '../core/types.ts';
import { lowerCase } from '../core/phrases.ts';

export interface Amount {
  start: number;
  end: number;
  text: string;
  /** Numeric value, when it can be read unambiguously. */
  value: number | null;
  /** ISO code when known, else the marker as written. */
  currency: string;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

// A number with thousands groups and optional decimals, in any of the usual conventions.
const NUM = String.raw`\d{1,3}(?:[.,\u00A0\u202F ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;

interface Compiled {
  before: RegExp;
  after: RegExp;
  scale: RegExp;
  /** Numbers in words then a currency word: "twelve hundred dollars", "mil doscientos euros". */
  spelled: RegExp;
}

const cache = new Map<Language, Compiled>();

const SYMBOL_CODE: Record<string, string> = {
  '€': 'EUR', '£': 'GBP', '₫': 'VND', '¥': 'JPY', '₹': 'INR', '₩': 'KRW', '₱': 'PHP', 'US$': 'USD', 'USD$': 'USD',
  'U$S': 'USD', 'C$': 'CAD', 'CA$': 'CAD', 'A$': 'AUD', 'AU$': 'AUD', 'NZ$': 'NZD', 'MX$': 'MXN', 'RD$': 'DOP',
  'R$': 'BRL', 'S/': 'PEN', 'S/.': 'PEN', 'đồng': 'VND', 'vnđ': 'VND', 'vnd': 'VND', 'đ': 'VND', 'euros': 'EUR',
  'euro': 'EUR', 'dollars': 'USD', 'dollar': 'USD', 'dólares': 'USD', 'dolares': 'USD', 'pounds': 'GBP',
};

function compiled(lang: Language): Compiled {
  let c = cache.get(lang);
  if (c) return c;
  const data = currencies();
  const symbols = [...data.symbols].sort((a, b) => b.length - a.length).map(esc).join('|');
  const codes = data.codes.map(esc).join('|');
  const words = [...new Set([...(data.words[lang] ?? []), ...(data.words.en ?? []), ...(data.words.es ?? []), ...(data.words.vi ?? [])])]
    .sort((a, b) => b.length - a.length)
    .map((w) => esc(w.toLowerCase()).replace(/ /g, '\\s+'))
    .join('|');
  const scales = [...(data.scales[lang] ?? [])].sort((a, b) => b.length - a.length).map((w) => esc(w.toLowerCase()).replace(/ /g, '\\s+')).join('|');
  const L = '[\\p{L}\\p{N}]';
  c = {
    // marker then number: $2,380.00 · USD 2,380 · € 1.234,56 · MXN 18,450.50
    before: new RegExp(`(?<!${L})(?:${symbols}|(?:${codes})(?!${L}))\\s?(?:${NUM})(?!\\d)`, 'gu'),
    // number then marker: 1.234,56 € · 12.500.000 VNĐ · 46.200.000 đồng · 20 euros
    after: new RegExp(`(?<![\\d.,])(?:${NUM})\\s?(?:${symbols.toLowerCase()}|(?:${codes.toLowerCase()}|${words})(?!${L}))`, 'gu'),
    // number then scale word: 12,5 triệu đồng · 32 TRIỆU
    scale: scales
      ? new RegExp(`(?<![\\d.,])\\d+(?:[.,]\\d+)?\\s?(?:${scales})(?:\\s(?:${words}))?(?!${L})`, 'gu')
      : /(?!)/gu,
    spelled: spelledAmount(data['number-words'][lang] ?? [], words),
  };
  cache.set(lang, c);
  return c;
}

/**
 * A run of number words ending in a currency word. Joiners ("and", "y", "de", "lẻ") may not start
 * the run, so "y dos euros" is read from "dos".
 */
function spelledAmount(numberWords: string[], currencyWords: string): RegExp {
  const joiners = new Set(['and', 'y', 'de', 'linh', 'lẻ']);
  const first = numberWords.filter((w) => !joiners.has(w)).sort((a, b) => b.length - a.length).map(esc).join('|');
  const any = [...numberWords].sort((a, b) => b.length - a.length).map(esc).join('|');
  if (!first) return /(?!)/gu;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${first})(?:[\\s-]+(?:${any}))*\\s+(?:${currencyWords})(?![\\p{L}\\p{N}])`, 'gu');
}

/** Reads "1.234,56", "1,234.56", "12.500.000", "1 234,56" as a number; null when it cannot tell. */
export function parseNumber(raw: string): number | null {
  const s = raw.replace(/[\s\u00A0\u202F]/g, '');
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let intPart = s;
  let dec = '';
  const sepAt = Math.max(lastDot, lastComma);
  if (sepAt >= 0) {
    const after = s.length - sepAt - 1;
    const sep = s[sepAt]!;
    const other = sep === '.' ? ',' : '.';
    const sepCount = s.split(sep).length - 1;
    // A decimal separator has 1–2 digits after it and appears once; thousands groups have 3.
    if (after !== 3 && sepCount === 1) {
      intPart = s.slice(0, sepAt);
      dec = s.slice(sepAt + 1);
    } else if (after === 3 && sepCount === 1 && s.includes(other)) {
      // "1,234.567" is odd; treat the last separator as decimal only if the other one groups thousands.
      intPart = s.slice(0, sepAt);
      dec = s.slice(sepAt + 1);
    }
    intPart = intPart.replace(/[.,]/g, '');
  }
  const n = Number(`${intPart}${dec ? `.${dec}` : ''}`);
  return Number.isFinite(n) ? n : null;
}

const SCALE: Record<string, number> = { tr: 1e6, k: 1e3, triệu: 1e6, tỷ: 1e9, tỉ: 1e9, nghìn: 1e3, ngàn: 1e3, million: 1e6, thousand: 1e3, millones: 1e6, mil: 1e3 };

export function findAmounts(text: string, lang: Language): Amount[] {
  const c = compiled(lang);
  const out: Amount[] = [];
  const add = (start: number, end: number, kind: 'before' | 'after' | 'scale' | 'spelled') => {
    if (out.some((a) => start < a.end && end > a.start)) return;
    const raw = text.slice(start, end);
    if (kind === 'spelled') {
      // Vietnamese "đồng" is also a word of its own ("năm đồng nghiệp"): a spelled Vietnamese
      // amount needs a scale word (trăm, nghìn, triệu, tỷ).
      if (lang === 'vi' && !/(?:trăm|nghìn|ngàn|triệu|tỷ|tỉ)/i.test(raw)) return;
      // In words: an amount for the elements, with no value to compare.
      const key = raw.toLowerCase().split(/\s+/).pop() ?? '';
      out.push({ start, end, text: raw, value: null, currency: SYMBOL_CODE[key] ?? key });
      return;
    }
    const numMatch = /\d[\d.,\s\u00A0\u202F]*\d|\d/.exec(raw);
    let value = numMatch ? parseNumber(numMatch[0].trim()) : null;
    const marker = raw.replace(/\d[\d.,\s\u00A0\u202F]*\d|\d/, '').trim();
    const scaleWord = marker.toLowerCase().split(/\s+/)[0] ?? '';
    if (SCALE[scaleWord] && value !== null) {
      value = value * SCALE[scaleWord]!;
      // "12,5 triệu": the comma is a decimal mark here.
      const n = /(\d+)[.,](\d+)/.exec(raw);
      if (n) value = Number(`${n[1]}.${n[2]}`) * SCALE[scaleWord]!;
    }
    const key = marker.toLowerCase().split(/\s+/).pop() ?? '';
    const currency = SYMBOL_CODE[marker] ?? SYMBOL_CODE[key] ?? (/^[A-Z]{3}$/.test(marker) ? marker : marker === '$' ? '$' : kind === 'scale' ? 'VND' : marker);
    out.push({ start, end, text: raw, value, currency });
  };
  const lower = lowerCase(text);
  for (const [kind, re] of [['before', c.before], ['after', c.after], ['scale', c.scale], ['spelled', c.spelled]] as const) {
    re.lastIndex = 0;
    for (const m of (kind === 'before' ? text : lower).matchAll(re)) {
      let end = m.index + m[0].length;
      // Trailing thousands separators or spaces are not part of the amount.
      while (end > m.index && /[\s.,]/.test(text[end - 1]!)) end--;
      add(m.index, end, kind);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
