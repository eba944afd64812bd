/**
 * Catalogs as library entries: JSON catalogs (one file per language) and gettext PO/POT files.
 * Each string that is a reminder (long enough and mentioning invoice or payment cues in its
 * language, or a configured key) becomes an entry linted like a template; the same key across
 * catalogs, and each msgid with its msgstr, form a variant group.
 */
import { parseLanguageTag } from '../../rules/core/language.ts';
import type { Language } from '../../rules/core/types.ts';
import { looksLikeReminder, sequenceName, templateName, type EntryInput } from '../../rules/library/index.ts';
import { CatalogSyntaxError, readJsonCatalog, type CatalogString } from './json.ts';
import { PoError, readPoCatalog, type PoCatalog } from './po.ts';

export interface CatalogFile {
  /** Path as shown to the user. */
  file: string;
  text: string;
}

export interface CatalogError {
  file: string;
  error: string;
  line?: number;
}

export interface CatalogOptions {
  sourceLanguage?: Language;
  /** Keys (or msgids) that are reminders whatever their length; `*` matches any run of characters. */
  reminderKeys?: string[];
}


const LANG = /^(en|es|vi)([-_]([A-Za-z]{2}|\d{3}))?$/i;

/** A catalog's language from its name: `es.json`, `es-MX.json`, `messages.es.json`, `es/messages.json`, `es/LC_MESSAGES/x.po`. */
export function catalogLanguage(file: string): string | undefined {
  const parts = file.replace(/\\/g, '/').split('/');
  const base = parts.pop() ?? '';
  const pieces = base.split('.').slice(0, -1).reverse();
  for (const p of pieces) if (LANG.test(p)) return parseLanguageTag(p)?.tag;
  for (const d of parts.reverse()) if (LANG.test(d)) return parseLanguageTag(d)?.tag;
  return undefined;
}

function keyMatcher(patterns: string[]): (key: string) => boolean {
  const res = patterns.map((p) => new RegExp(`^${p.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`));
  return (key) => res.some((re) => re.test(key));
}

/** Entries of a set of catalogs, and the catalogs that could not be read. */
export function catalogEntries(files: CatalogFile[], options: CatalogOptions = {}): { inputs: EntryInput[]; errors: CatalogError[] } {
  const source = options.sourceLanguage ?? 'en';
  const configured = keyMatcher(options.reminderKeys ?? []);
  const errors: CatalogError[] = [];
  const json: Array<{ file: string; lang: string; strings: CatalogString[] }> = [];
  const po: Array<{ file: string; lang: string | undefined; pot: boolean; catalog: PoCatalog }> = [];
  for (const f of files) {
    if (/\.json$/i.test(f.file)) {
      const lang = catalogLanguage(f.file);
      if (!lang) {
        errors.push({ file: f.file, error: 'cannot tell the catalog\'s language from its name; name it es.json, es/messages.json or messages.es.json' });
        continue;
      }
      try {
        json.push({ file: f.file, lang, strings: readJsonCatalog(f.text) });
      } catch (error) {
        if (error instanceof CatalogSyntaxError) errors.push({ file: f.file, error: error.message, line: error.line });
        else throw error;
      }
      continue;
    }
    let catalog: PoCatalog;
    try {
      catalog = readPoCatalog(f.text);
    } catch (error) {
      if (error instanceof PoError) {
        errors.push({ file: f.file, error: error.message, line: error.line });
        continue;
      }
      throw error;
    }
    const pot = /\.pot$/i.test(f.file);
    let lang: string | undefined;
    if (catalog.headerLanguage) {
      lang = parseLanguageTag(catalog.headerLanguage)?.tag;
      if (!lang && !pot) {
        errors.push({ file: f.file, error: `PO header Language "${catalog.headerLanguage}" is not en, es or vi` });
        continue;
      }
    }
    lang ??= catalogLanguage(f.file);
    if (!lang && !pot) {
      errors.push({ file: f.file, error: 'PO header has no Language and the file name does not say it (es.po, vi/messages.po)' });
      continue;
    }
    po.push({ file: f.file, lang, pot, catalog });
  }

  const inputs: EntryInput[] = [];
  // JSON: a key is a reminder when its string is one in any language, or when configured.
  const reminderKeys = new Set<string>();
  for (const c of json) {
    const lang = parseLanguageTag(c.lang)!.lang;
    for (const s of c.strings) if (configured(s.key) || looksLikeReminder(s.value, lang)) reminderKeys.add(s.key);
  }
  for (const c of json) {
    for (const s of c.strings) {
      if (!reminderKeys.has(s.key)) continue;
      inputs.push({
        file: c.file,
        key: s.key,
        text: s.value,
        language: c.lang,
        stage: sequenceName(s.key)?.stage,
        template: templateName(c.file, s.key),
        position: { line: s.line, column: s.column },
      });
    }
  }
  // PO: the msgid (and msgid_plural) is the source, each msgstr form a variant.
  const sources = new Map<string, EntryInput>();
  const ordered = [...po].sort((a, b) => Number(b.pot) - Number(a.pot));
  for (const c of ordered) {
    for (const e of c.catalog.entries) {
      const lang = c.lang ? parseLanguageTag(c.lang)!.lang : undefined;
      const isReminder =
        configured(e.msgid) ||
        (e.msgctxt !== undefined && configured(e.msgctxt)) ||
        looksLikeReminder(e.msgid, source) ||
        (!!lang && e.msgstr.some((s) => looksLikeReminder(s, lang)));
      if (!isReminder) continue;
      const forms = e.msgidPlural ? [e.msgid, e.msgidPlural] : [e.msgid];
      const label = shortKey(e.msgctxt, e.msgid);
      const templateOf = (i: number) => `po#${e.key}${e.msgidPlural ? `[${i}]` : ''}`;
      forms.forEach((text, i) => {
        const template = templateOf(i);
        if (sources.has(template)) return;
        const input: EntryInput = {
          file: c.file,
          key: e.msgidPlural ? `msgid${i ? '_plural' : ''} ${label}` : `msgid ${label}`,
          text,
          language: source,
          template,
          position: { line: e.msgidLine, column: 1 },
          ...(e.msgidPlural ? { pluralForm: i } : {}),
        };
        sources.set(template, input);
        inputs.push(input);
      });
      if (c.pot || !c.lang) continue;
      const strs = e.msgstr.length ? e.msgstr : [''];
      strs.forEach((text, i) => {
        inputs.push({
          file: c.file,
          key: `msgstr${e.msgidPlural ? `[${i}]` : ''} ${label}`,
          text,
          language: c.lang,
          template: templateOf(Math.min(i, forms.length - 1)),
          position: { line: e.msgstrLines[i] ?? e.msgidLine, column: 1 },
          fuzzy: e.fuzzy,
          ...(e.msgidPlural ? { pluralForm: i } : {}),
        });
      });
    }
  }
  return { inputs, errors };
}

function shortKey(ctx: string | undefined, msgid: string): string {
  const flat = msgid.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
  const short = flat.length > 48 ? `${flat.slice(0, 47)}…` : flat;
  return ctx ? `[${ctx}] "${short}"` : `"${short}"`;
}
