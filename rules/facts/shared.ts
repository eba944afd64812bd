/** Helpers shared by the facts/* rules: cue data, day arithmetic, money formatting. */
import { z } from 'zod';
import type { Language } from '../core/types.ts';
import { localeTag } from '../core/format.ts';
import cuesData from './cues.yml';

const languageCues = z
  .object({
    'invoice-number': z.object({ cue: z.string().min(1), marker: z.string().min(1) }).strict(),
    'days-overdue': z.array(z.string().min(1)).min(1),
  })
  .strict();
const cuesSchema = z.object({ en: languageCues, es: languageCues, vi: languageCues }).strict();

export interface FactsCues {
  /** Cue, optional marker, then the number itself (group 1). */
  invoiceNumber: RegExp;
  /** Group 1: the number of days. */
  daysOverdue: RegExp[];
}

let parsed: z.infer<typeof cuesSchema> | null = null;
const cache = new Map<Language, FactsCues>();

export function factsCues(lang: Language): FactsCues {
  let c = cache.get(lang);
  if (c) return c;
  if (!parsed) {
    const result = cuesSchema.safeParse(cuesData);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      throw new Error(`rules/facts/cues.yml: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    }
    parsed = result.data;
  }
  const d = parsed[lang];
  const B = '(?<![\\p{L}\\p{N}])';
  c = {
    invoiceNumber: new RegExp(
      `${B}${d['invoice-number'].cue}\\s*(?:${d['invoice-number'].marker}\\s*:?\\s*)?([\\p{L}\\p{N}#][\\p{L}\\p{N}\\-/._#]*)`,
      'giu',
    ),
    daysOverdue: d['days-overdue'].map((p) => new RegExp(`${B}${p.replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`, 'giu')),
  };
  cache.set(lang, c);
  return c;
}

/** Whole days from `from` to `to` (yyyy-mm-dd); positive when `to` is later; null if either is not a date. */
export function daysBetween(from: string, to: string): number | null {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  if (Number.isNaN(a) || Number.isNaN(b)) return null;
  return Math.round((b - a) / 86_400_000);
}

/**
 * Money as a reader in the region writes it: 1.234,56 € (es-ES) · $18,450.50 MXN (es-MX) ·
 * 12.500.000 ₫ (vi-VN) · $2,380.00 (en-US). Groups four-digit amounts too (Intl's Spanish default
 * writes 1234,56 €), uses plain spaces, and names the currency after an ambiguous "$".
 */
export function formatMoney(amount: number, currency: string, lang: Language, region?: string): string {
  const code = currency.toUpperCase();
  let nf: Intl.NumberFormat;
  try {
    nf = new Intl.NumberFormat(localeTag(lang, region), { style: 'currency', currency: code, useGrouping: 'always' } as Intl.NumberFormatOptions);
  } catch {
    return `${amount} ${code}`;
  }
  const parts = nf.formatToParts(amount);
  const symbol = parts.find((p) => p.type === 'currency')?.value ?? '';
  let out = parts
    .map((p) => p.value)
    .join('')
    .replace(/[\u00A0\u202F]/g, ' ');
  if (symbol === '$' && code !== 'USD') out = `${out} ${code}`;
  return out;
}

/** Invoice numbers compare without case, spaces or a leading "#"/"No.". */
export function normalizeNumber(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(/^(?:#|no\.?|nº|n\.º|số)\s*/u, '')
    .replace(/[\s#]/g, '');
}
