/**
 * Placeholders are first-class: each one is found with its syntax and its name, and the name says
 * which fact it stands for (rules/locales/placeholders.yml), so `{{ invoice.due_date }}` satisfies
 * the due-date element the same way "30 November 2026" does.
 */
import { placeholderKinds, type PlaceholderKind } from '../locales/index.ts';
import { stripDiacritics } from '../core/text.ts';

export interface Placeholder {
  start: number;
  end: number;
  /** The raw placeholder as written. */
  raw: string;
  /** The expression inside (filters and defaults removed). */
  name: string;
  syntax: 'mustache' | 'single-brace' | 'dollar-brace' | 'dollar' | 'colon' | 'percent' | 'percent-brace' | 'dunder' | 'square';
  kind: PlaceholderKind | 'other';
}

interface Syntax {
  syntax: Placeholder['syntax'];
  re: RegExp;
}

const SYNTAXES: Syntax[] = [
  { syntax: 'mustache', re: /\{\{\{?-?\s*((?:[^{}]|\{[^{}]*\})+?)\s*-?\}?\}\}/g },
  { syntax: 'dollar-brace', re: /\$\{\s*([^{}]+?)\s*\}/g },
  { syntax: 'percent', re: /%\(\s*([\p{L}_][\p{L}\p{N}_.]*)\s*\)[sdfr]/gu },
  { syntax: 'percent-brace', re: /%\{\s*([\p{L}_][\p{L}\p{N}_.]*)\s*\}/gu },
  { syntax: 'single-brace', re: /(?<![{$%])\{\s*([\p{L}_][\p{L}\p{N}_.]*)\s*\}(?!\})/gu },
  { syntax: 'dunder', re: /__\s?([A-Z][A-Z0-9_]*[A-Z0-9]|\([^()\n]{1,60}\))\s?__/g },
  { syntax: 'dollar', re: /(?<![\p{L}\p{N}$\\])\$([a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)*)/giu },
  { syntax: 'colon', re: /(?<=^|[\s(>"'])::?([a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)*)\b/gimu },
];

/** Words of a placeholder name: `object.invoice_date_due` → [object, invoice, date, due]. */
export function nameWords(name: string): string[] {
  return stripDiacritics(name)
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** The kind of fact a placeholder name stands for, or 'other'. */
export function classifyName(name: string, extra: Partial<Record<PlaceholderKind, string[]>> = {}): Placeholder['kind'] {
  const words = nameWords(name);
  if (!words.length) return 'other';
  const joined = ` ${words.join(' ')} `;
  for (const [kind, entries] of placeholderKinds()) {
    const all = extra[kind] ? [...entries, ...extra[kind]!] : entries;
    for (const entry of all) {
      const normalized = nameWords(entry).join(' ');
      if (normalized && joined.includes(` ${normalized} `)) return kind;
    }
  }
  return 'other';
}

function cleanExpression(expr: string): string {
  // `invoice.due_date | date: "%b %d"` → invoice.due_date; `object.name or ''` → object.name;
  // `format_amount(object.amount_total, object.currency_id)` → object.amount_total
  let e = expr.trim().replace(/^[&#]\s*/, '');
  // `{{ "invoice/" ~ hash | url(area: 'client') }}`: a link, whatever it is built from.
  if (/\|\s*(?:url|link|absolute_url|path)\b/.test(e)) return 'url';
  e = e.split('|')[0]!.trim();
  e = e.split(/\s+(?:or|and|if|else|\?\?|\|\|)\s+/)[0]!.trim();
  const call = /^[\p{L}_][\p{L}\p{N}_.]*\(\s*([^,()]+)/u.exec(e);
  if (call) e = call[1]!.trim();
  return e.replace(/^\(|\)$/g, '').trim();
}

const TIME_OR_URL_BEFORE = /(?:https?|mailto|tel|ftp)$|\d$/i;

export function findPlaceholders(text: string, extra: Partial<Record<PlaceholderKind, string[]>> = {}): Placeholder[] {
  const found: Placeholder[] = [];
  const taken = (s: number, e: number) => found.some((p) => s < p.end && e > p.start);
  for (const { syntax, re } of SYNTAXES) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken(start, end)) continue;
      if (syntax === 'colon') {
        const before = text.slice(Math.max(0, start - 8), start);
        if (TIME_OR_URL_BEFORE.test(before.trimEnd())) continue;
        // "Note: please" — a colon placeholder is glued to its name and is not followed by prose after a space-colon.
        if (text[start - 1] && /[\p{L}\p{N}]/u.test(text[start - 1]!)) continue;
      }
      if (syntax === 'mustache' && /^\s*[#/^>!]/.test(m[1] ?? '')) continue;
      const name = cleanExpression(m[1] ?? '');
      if (!name) continue;
      found.push({ start, end, raw: m[0], name, syntax, kind: classifyName(name, extra) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
