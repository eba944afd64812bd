/** Locale formatting with Intl: amounts and long dates as a reader in that region expects them. */
import type { Language } from './types.ts';

const DEFAULT_REGION: Record<Language, string> = { en: 'US', es: 'ES', vi: 'VN' };

export function localeTag(lang: Language, region?: string): string {
  return `${lang}-${(region ?? DEFAULT_REGION[lang]).toUpperCase()}`;
}

/** 1.234,56 € (es-ES) · $18,450.50 MXN… (es-MX) · 12.500.000 ₫ (vi-VN) · $2,380.00 (en-US). */
export function formatAmount(amount: number, currency: string, lang: Language, region?: string): string {
  const tag = localeTag(lang, region);
  try {
    const code = currency.toUpperCase();
    const local = new Intl.NumberFormat(tag, { style: 'currency', currency: code });
    const formatted = local.format(amount);
    // Where the symbol is ambiguous ($ for MXN, COP, CLP…), say which currency it is.
    const symbolOnly = local.formatToParts(amount).find((p) => p.type === 'currency')?.value ?? '';
    if (symbolOnly === '$' && code !== 'USD' && !(lang === 'en' && (region ?? 'US').toUpperCase() === 'US')) {
      return `${formatted} ${code}`;
    }
    if (symbolOnly === '$' && code !== 'USD') return `${formatted} ${code}`;
    return formatted;
  } catch {
    return `${amount} ${currency}`;
  }
}

/** "November 30, 2026" · "30 de noviembre de 2026" · "ngày 30 tháng 11 năm 2026". */
export function formatLongDate(iso: string, lang: Language, region?: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  if (lang === 'vi') return `ngày ${+m[3]!} tháng ${+m[2]!} năm ${m[1]}`;
  return new Intl.DateTimeFormat(localeTag(lang, region), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
