/** The email languages the composer offers, with the currency each region uses by default. */
export const REGIONS = [
  { tag: 'en-US', label: 'English (United States)', currency: 'USD' },
  { tag: 'en-GB', label: 'English (United Kingdom)', currency: 'GBP' },
  { tag: 'es-ES', label: 'Español (España)', currency: 'EUR' },
  { tag: 'es-MX', label: 'Español (México)', currency: 'MXN' },
  { tag: 'es-CO', label: 'Español (Colombia)', currency: 'COP' },
  { tag: 'vi-VN', label: 'Tiếng Việt (Việt Nam)', currency: 'VND' },
] as const;

export type RegionTag = (typeof REGIONS)[number]['tag'];

export const CURRENCIES = ['USD', 'EUR', 'GBP', 'MXN', 'COP', 'VND', 'CAD', 'AUD', 'CHF', 'JPY'] as const;

export function regionCurrency(tag: string): string {
  return REGIONS.find((r) => r.tag === tag)?.currency ?? 'USD';
}
