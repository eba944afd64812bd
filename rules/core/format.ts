/** Locale formatting with Intl: amounts and long dates as a reader in that region expects them. */
import type { Language } from './types.ts';

const DEFAULT_REGION: Record<Language, string> = { en: 'US', es: 'ES', vi: 'VN' };

export function localeTag(lang: Language, region?: string): string {
  return `${lang}-${(region ?? DEFAULT_REGION[lang]).toUpperCase()}`;
}

// Building an Intl formatter costs about half a millisecond: keep one per locale and currency.
const formatters = new Map<string, Intl.NumberFormat | null>();
function numberFormat(tag: string, code: string): Intl.NumberFormat | null {
  const key = `${tag}|${code}`;
  let nf = formatters.get(key);
  if (nf === undefined) {
    try {
      nf = new Intl.NumberFormat(tag, { style: 'currency', currency: code, useGrouping: 'always' } as Intl.NumberFormatOptions);
    } catch {
      nf = null;
    }
    if (formatters.size > 200) formatters.clear();
    formatters.set(key, nf);
  }
  return nf;
}

/**
 * Money as a reader in the region writes it: 1.234,56 € (es-ES) · $18,450.50 MXN (es-MX) ·
 * 12.500.000 ₫ (vi-VN) · $2,380.00 (en-US). Groups four-digit amounts too (Intl's Spanish default
 * writes 1234,56 €), uses plain spaces, and names the currency after an ambiguous "$".
 */
export function formatAmount(amount: number, currency: string, lang: Language, region?: string): string {
  const code = currency.toUpperCase();
  const nf = numberFormat(localeTag(lang, region), code);
  if (!nf) return `${amount} ${code}`;
  const parts = nf.formatToParts(amount);
  const symbol = parts.find((p) => p.type === 'currency')?.value ?? '';
  let out = parts
    .map((p) => p.value)
    .join('')
    .replace(/[\u00A0\u202F]/g, ' ');
  if (symbol === '$' && code !== 'USD') out = `${out} ${code}`;
  return out;
}

/** "November 30, 2026" · "30 de noviembre de 2026" · "ngày 30 tháng 11 năm 2026". */
export function formatLongDate(iso: string, lang: Language, region?: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  if (lang === 'vi') return `ngày ${+m[3]!} tháng ${+m[2]!} năm ${m[1]}`;
  const tag = localeTag(lang, region);
  let df = dateFormatters.get(tag);
  if (!df) dateFormatters.set(tag, (df = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' })));
  return df.format(date);
}

/** Building an Intl.DateTimeFormat costs far more than formatting with it: one per locale. */
const dateFormatters = new Map<string, Intl.DateTimeFormat>();
