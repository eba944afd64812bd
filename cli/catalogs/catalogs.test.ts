// Catalog reading: JSON (flat/nested, positions, invalid), PO/POT (header language, fuzzy, plural,
// empty msgstr, broken), and catalog entries grouped by key or msgid.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readJsonCatalog, CatalogSyntaxError } from './json.ts';
import { readPoCatalog, PoError } from './po.ts';
import { catalogEntries, catalogLanguage } from './index.ts';

const FIX = join(import.meta.dirname, '../../fixtures/library');
const read = (p: string) => readFileSync(join(FIX, p), 'utf8');

describe('JSON catalogs', () => {
  it('reads nested and flat keys with the line and column of each value', () => {
    const strings = readJsonCatalog('{\n  "a": { "b": "uno",\n    "c": ["x", "y"] },\n  "d.e": "dos", "n": 3, "t": true\n}');
    expect(strings).toEqual([
      { key: 'a.b', value: 'uno', line: 2, column: 15 },
      { key: 'a.c.0', value: 'x', line: 3, column: 11 },
      { key: 'a.c.1', value: 'y', line: 3, column: 16 },
      { key: 'd.e', value: 'dos', line: 4, column: 10 },
    ]);
  });
  it('rejects invalid JSON with the line and column', () => {
    expect(() => readJsonCatalog(read('broken/es.json'))).toThrow(CatalogSyntaxError);
    expect(() => readJsonCatalog(read('broken/es.json'))).toThrow(/line 4, column 3/);
    expect(() => readJsonCatalog('["a"]')).toThrow(/must be a JSON object/);
    expect(() => readJsonCatalog('{"a": "b"} x')).toThrow(/unexpected content/);
  });
  it('tells the language from the file name', () => {
    expect(catalogLanguage('locales/es.json')).toBe('es');
    expect(catalogLanguage('locales/es-MX.json')).toBe('es-MX');
    expect(catalogLanguage('i18n/vi/messages.json')).toBe('vi');
    expect(catalogLanguage('messages.en.json')).toBe('en');
    expect(catalogLanguage('vi/LC_MESSAGES/app.po')).toBe('vi');
    expect(catalogLanguage('strings.json')).toBeUndefined();
  });
});

describe('PO catalogs', () => {
  it('reads the header language, fuzzy flags, plural forms and msgstr lines', () => {
    const po = readPoCatalog(read('catalogs/po/es.po'));
    expect(po.headerLanguage).toBe('es');
    expect(po.entries.map((e) => [e.fuzzy, e.msgstr.length, e.msgidLine, e.msgstrLines])).toEqual([
      [false, 1, 11, [15]],
      [true, 1, 22, [25]],
      [false, 2, 30, [32, 33]],
    ]);
    expect(po.entries[2]!.msgidPlural).toMatch(/unpaid invoices/);
  });
  it('reports a broken PO file with its line', () => {
    expect(() => readPoCatalog(read('broken/vi.po'))).toThrow(PoError);
    expect(() => readPoCatalog(read('broken/vi.po'))).toThrow(/line 6/);
  });
});

describe('catalog entries', () => {
  it('groups the same key across JSON catalogs, only for reminder strings', () => {
    const files = ['en', 'es', 'vi'].map((l) => ({ file: `locales/${l}.json`, text: read(`catalogs/locales/${l}.json`) }));
    const { inputs, errors } = catalogEntries(files);
    expect(errors).toEqual([]);
    expect(inputs.map((i) => `${i.language} ${i.key} ${i.template} ${i.position?.line}`)).toEqual([
      'en reminders.overdue.body locales/*#reminders.overdue.body 6',
      'en reminders.due.body locales/*#reminders.due.body 9',
      'es reminders.overdue.body locales/*#reminders.overdue.body 6',
      'es reminders.due.body locales/*#reminders.due.body 9',
      'vi reminders.overdue.body locales/*#reminders.overdue.body 6',
    ]);
    expect(inputs[0]!.stage).toBe('overdue');
  });
  it('configured keys are reminders whatever their length', () => {
    const files = [{ file: 'en.json', text: '{"short": "Pay now."}' }, { file: 'es.json', text: '{"short": "Pague ya."}' }];
    expect(catalogEntries(files).inputs).toEqual([]);
    expect(catalogEntries(files, { reminderKeys: ['sho*'] }).inputs).toHaveLength(2);
  });
  it('PO: the msgid is the source once, each msgstr form a variant; empty and fuzzy are marked', () => {
    const files = ['es', 'vi'].map((l) => ({ file: `po/${l}.po`, text: read(`catalogs/po/${l}.po`) }));
    const { inputs } = catalogEntries(files);
    const sources = inputs.filter((i) => i.language === 'en');
    expect(sources.map((i) => i.pluralForm ?? null)).toEqual([null, null, 0, 1]);
    const vi = inputs.filter((i) => i.language === 'vi');
    expect(vi.map((i) => [i.text === '', i.position?.line])).toEqual([[false, 14], [true, 23], [false, 28]]);
    expect(inputs.filter((i) => i.fuzzy).map((i) => i.language)).toEqual(['es']);
  });
  it('reports unreadable catalogs: invalid JSON, no language, a broken PO', () => {
    const { errors } = catalogEntries([
      { file: 'broken/es.json', text: read('broken/es.json') },
      { file: 'broken/messages.po', text: read('broken/messages.po') },
      { file: 'broken/vi.po', text: read('broken/vi.po') },
      { file: 'strings.json', text: '{}' },
      { file: 'fr.po', text: 'msgid ""\nmsgstr "Language: fr\\n"\n' },
    ]);
    expect(errors.map((e) => [e.file, e.line ?? null])).toEqual([
      ['broken/es.json', 4],
      ['broken/messages.po', null],
      ['broken/vi.po', 6],
      ['strings.json', null],
      ['fr.po', null],
    ]);
    expect(errors[4]!.error).toMatch(/Language "fr" is not en, es or vi/);
  });
});
