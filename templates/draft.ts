/**
 * Drafting: fills a built-in template (templates/<stage>.<lang>.md) from an invoice record and the
 * sender's details, with Intl formatting for the region. Plain TypeScript with no Node-only
 * imports, so the composer can draft in the browser too; the template files are imported as text
 * (`?raw`), which works the same in Vite, Vitest and the Node bundle.
 *
 * Template syntax: `{{ name }}` placeholders (see PLACEHOLDERS). A line whose placeholder has no
 * value is left out entirely, so an optional fact never leaves a raw placeholder or an empty
 * "Phone:" line behind; front matter `defaults` gives a value to use instead (the greeting's name).
 */
import { parse as parseYaml } from 'yaml';
import { parseLanguageTag } from '../rules/core/language.ts';
import { formatLongDate } from '../rules/core/format.ts';
import { daysBetween, formatMoney } from '../rules/facts/shared.ts';
import { LANGUAGES, STAGES, type InvoiceRecord, type Language, type Stage } from '../rules/core/types.ts';

import beforeDueEn from './before-due.en.md?raw';
import beforeDueEs from './before-due.es.md?raw';
import beforeDueVi from './before-due.vi.md?raw';
import dueEn from './due.en.md?raw';
import dueEs from './due.es.md?raw';
import dueVi from './due.vi.md?raw';
import overdueEn from './overdue.en.md?raw';
import overdueEs from './overdue.es.md?raw';
import overdueVi from './overdue.vi.md?raw';
import collectionEn from './collection.en.md?raw';
import collectionEs from './collection.es.md?raw';
import collectionVi from './collection.vi.md?raw';
import finalDemandEn from './final-demand.en.md?raw';
import finalDemandEs from './final-demand.es.md?raw';
import finalDemandVi from './final-demand.vi.md?raw';

const SOURCES: Record<Stage, Record<Language, string>> = {
  'before-due': { en: beforeDueEn, es: beforeDueEs, vi: beforeDueVi },
  due: { en: dueEn, es: dueEs, vi: dueVi },
  overdue: { en: overdueEn, es: overdueEs, vi: overdueVi },
  collection: { en: collectionEn, es: collectionEs, vi: collectionVi },
  'final-demand': { en: finalDemandEn, es: finalDemandEs, vi: finalDemandVi },
};

/** Every placeholder a template may use. */
export const PLACEHOLDERS = [
  'invoice.number',
  'invoice.amount',
  'invoice.dueDate',
  'invoice.issueDate',
  'invoice.url',
  'invoice.customerName',
  'invoice.contactName',
  'invoice.lateFeeTerms',
  'daysOverdue',
  'sender.company',
  'sender.name',
  'sender.email',
  'sender.phone',
  'sender.website',
  'sender.address',
  'sender.fax',
] as const;
export type PlaceholderName = (typeof PLACEHOLDERS)[number];

export interface Sender {
  company?: string;
  name?: string;
  email?: string;
  phone?: string;
  website?: string;
  address?: string;
  fax?: string;
}

export interface Template {
  stage: Stage;
  lang: Language;
  /** The file as written (front matter included), for `tactful lint templates`. */
  source: string;
  subject: string;
  body: string;
  /** Values used when a placeholder has none (front matter `defaults`). */
  defaults: Partial<Record<PlaceholderName, string>>;
}

export interface DraftInput {
  stage: Stage;
  /** en, es, vi with an optional region (es-MX): the region changes amount and date formats. */
  language: string;
  invoice: InvoiceRecord;
  sender?: Sender;
  /** yyyy-mm-dd; defaults to today (UTC). Used for days overdue. */
  today?: string;
}

export interface Draft {
  subject: string;
  body: string;
  language: string;
  stage: Stage;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export function parseTemplate(source: string, stage: Stage, lang: Language): Template {
  const m = FRONT_MATTER.exec(source);
  if (!m) throw new Error(`templates/${stage}.${lang}.md: missing front matter`);
  const data = (parseYaml(m[1]!) ?? {}) as Record<string, unknown>;
  if (data.lang !== lang || data.stage !== stage || typeof data.subject !== 'string') {
    throw new Error(`templates/${stage}.${lang}.md: front matter must give lang: ${lang}, stage: ${stage} and a subject`);
  }
  const defaults: Template['defaults'] = {};
  const rawDefaults = (data.defaults ?? {}) as Record<string, unknown>;
  for (const [key, value] of Object.entries(rawDefaults)) {
    if (!(PLACEHOLDERS as readonly string[]).includes(key)) throw new Error(`templates/${stage}.${lang}.md: unknown placeholder in defaults: ${key}`);
    defaults[key as PlaceholderName] = value == null ? '' : String(value);
  }
  return { stage, lang, source, subject: data.subject, body: source.slice(m[0].length).replace(/^\s*\n/, ''), defaults };
}

const parsed = new Map<string, Template>();

/** The built-in template for a stage and a language (en, es, vi; a region is ignored). */
export function getTemplate(stage: Stage, language: Language): Template {
  const key = `${stage}.${language}`;
  let t = parsed.get(key);
  if (!t) {
    t = parseTemplate(SOURCES[stage][language], stage, language);
    parsed.set(key, t);
  }
  return t;
}

export function allTemplates(): Template[] {
  return STAGES.flatMap((stage) => LANGUAGES.map((lang) => getTemplate(stage, lang)));
}

export { formatMoney, daysBetween };

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

function dayCount(n: number, lang: Language): string {
  if (lang === 'es') return n === 1 ? '1 día' : `${n} días`;
  if (lang === 'vi') return `${n} ngày`;
  return n === 1 ? '1 day' : `${n} days`;
}

const clean = (v: string | undefined): string | undefined => {
  if (v === undefined) return undefined;
  const s = v.normalize('NFC').replace(/\s+/g, ' ').trim();
  return s ? s : undefined;
};

/** The value of every placeholder for an invoice and a sender (undefined: not known). */
export function placeholderValues(input: DraftInput, lang: Language, region?: string): Record<PlaceholderName, string | undefined> {
  const inv = input.invoice;
  const s = input.sender ?? {};
  const overdue = inv.dueDate ? daysBetween(inv.dueDate, input.today ?? todayIso()) : null;
  const amount = inv.amount !== undefined && inv.currency ? formatMoney(inv.amount, inv.currency, lang, region) : undefined;
  const date = (iso: string | undefined) => (iso ? formatLongDate(iso, lang, region) : undefined);
  return {
    'invoice.number': clean(inv.number),
    'invoice.amount': amount,
    'invoice.dueDate': date(inv.dueDate),
    'invoice.issueDate': date(inv.issueDate),
    'invoice.url': clean(inv.url),
    'invoice.customerName': clean(inv.customerName),
    'invoice.contactName': clean(inv.contactName),
    // The terms are quoted inside a sentence that supplies its own full stop.
    'invoice.lateFeeTerms': clean(inv.lateFeeTerms)?.replace(/[.;:,\s]+$/, ''),
    daysOverdue: overdue !== null && overdue > 0 ? dayCount(overdue, lang) : undefined,
    'sender.company': clean(s.company),
    'sender.name': clean(s.name),
    'sender.email': clean(s.email),
    'sender.phone': clean(s.phone),
    'sender.website': clean(s.website),
    'sender.address': clean(s.address),
    'sender.fax': clean(s.fax),
  };
}

const PLACEHOLDER = /\{\{\s*([\w.]+)\s*\}\}/g;

/**
 * Fills one piece of template text. A line with a placeholder that has neither a value nor a
 * default is dropped; blank lines left behind are collapsed.
 */
export function fill(text: string, values: Record<string, string | undefined>, defaults: Record<string, string | undefined> = {}): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (const line of lines) {
    let dropped = false;
    const filled = line.replace(PLACEHOLDER, (raw, name: string, offset: number) => {
      const value = values[name] ?? defaults[name];
      if (value === undefined) {
        dropped = true;
        return raw;
      }
      // "Construcciones Ruiz S.L." at the end of a sentence: one full stop, not two.
      return line[offset + raw.length] === '.' ? value.replace(/\.$/, '') : value;
    });
    if (dropped) continue;
    // A default may be empty ("Dear ," → "Dear,"): tidy the white space it leaves.
    out.push(
      filled
        .replace(/[ \t]{2,}/g, ' ')
        .replace(/ +([,:;.!?])/g, '$1')
        .replace(/,([,:;.!?])/g, '$1')
        .replace(/[ \t]+$/, ''),
    );
  }
  return out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+/, '')
    .replace(/\n*$/, '\n');
}

/** A complete reminder for a stage, a language (with region) and an invoice. */
export function draft(input: DraftInput): Draft {
  const tag = parseLanguageTag(input.language);
  if (!tag) throw new Error(`unknown language "${input.language}": use en, es or vi (optionally with a region, e.g. es-MX)`);
  const template = getTemplate(input.stage, tag.lang);
  const values = placeholderValues(input, tag.lang, tag.region);
  const subject = fill(template.subject, values, template.defaults).trim();
  const body = fill(template.body, values, template.defaults);
  return { subject, body, language: tag.tag, stage: input.stage };
}
