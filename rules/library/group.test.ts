// Variant grouping and sequence names.
import { describe, expect, it } from 'vitest';
import { sequenceName, templateName } from './group.ts';
import { makeEntry, runLibrary } from './run.ts';

describe('templateName', () => {
  it.each([
    ['t/overdue.es.md', 't/overdue'],
    ['t/overdue.en.md', 't/overdue'],
    ['t/es/overdue.md', 't/*/overdue'],
    ['t/es-MX/overdue.md', 't/*/overdue'],
    ['t/overdue-es_MX.es.md', 't/overdue'],
    ['t/overdue/vi.md', 't/overdue/*'],
    ['locales/es.json', 'locales/*'],
    ['t/fees.md', 't/fees'],
  ])('%s → %s', (file, name) => expect(templateName(file)).toBe(name));
  it('appends the catalog key', () => expect(templateName('locales/es.json', 'a.b')).toBe('locales/*#a.b'));
});

describe('sequenceName', () => {
  it('replaces the stage token', () => {
    expect(sequenceName('acme/before-due')).toEqual({ name: 'acme/{stage}', stage: 'before-due' });
    expect(sequenceName('acme/final-demand-reminder')).toEqual({ name: 'acme/{stage}-reminder', stage: 'final-demand' });
    expect(sequenceName('locales/*#reminders.overdue.body')).toEqual({ name: 'locales/*#reminders.{stage}.body', stage: 'overdue' });
    expect(sequenceName('acme/reminder')).toBeNull();
  });
});

describe('groupVariants', () => {
  const en = 'Dear Sam,\n\nInvoice INV-7 for $2,380.00 is due on November 30, 2026. Please pay at https://pay.example.com/INV-7.\n\nIf you have already paid, please disregard this email.';
  const es = 'Estimado Sam:\n\nLa factura INV-7 por 2.380,00 US$ vence el 30 de noviembre de 2026. Le rogamos que la pague en https://pay.example.com/INV-7.\n\nSi ya ha pagado, no tenga en cuenta este correo.';
  it('a folder of freely named files in distinct languages is one group', () => {
    const res = runLibrary([makeEntry({ file: 'g/source.md', text: en }), makeEntry({ file: 'g/traduccion.md', text: es })]);
    expect(res.groups.map((g) => [g.template, g.source?.file, g.variants.map((v) => v.file)])).toEqual([['g/*', 'g/source.md', ['g/traduccion.md']]]);
  });
  it('files in the same language stay apart', () => {
    const res = runLibrary([makeEntry({ file: 'g/a.md', text: en }), makeEntry({ file: 'g/b.md', text: en })]);
    expect(res.groups.map((g) => g.template)).toEqual(['g/a', 'g/b']);
  });
});

describe('groupVariants: files that name their language or stage are not grouped by folder', () => {
  const en = 'Dear Sam,\n\nInvoice INV-7 for $2,380.00 is due on November 30, 2026. Please pay at https://pay.example.com/INV-7.\n\nIf you have already paid, please disregard this email.';
  const es = 'Estimado Sam:\n\nLa factura INV-7 por 2.380,00 US$ vence el 30 de noviembre de 2026. Le rogamos que la pague en https://pay.example.com/INV-7.\n\nSi ya ha pagado, no tenga en cuenta este correo.';
  it('keeps welcome.en.txt and thanks.es.txt apart', () => {
    const res = runLibrary([makeEntry({ file: 'lib/welcome.en.txt', text: en }), makeEntry({ file: 'lib/thanks.es.txt', text: es })]);
    expect(res.groups.map((g) => g.template)).toEqual(['lib/thanks', 'lib/welcome']);
  });
  it('keeps overdue.en.txt and before-due.es.txt apart', () => {
    const res = runLibrary([makeEntry({ file: 'txt/overdue.txt', text: en, language: 'en' }), makeEntry({ file: 'txt/before-due.txt', text: es, language: 'es' })]);
    expect(res.groups.map((g) => g.template)).toEqual(['txt/before-due', 'txt/overdue']);
  });
});
