// parity/*: each rule, each language as the translated variant (es, vi from an English source;
// en from a Spanish source), a planted fault reported and a faithful paraphrase not.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeEntry, runLibrary, type LibraryMessage } from '../library/index.ts';
import type { Language } from '../core/types.ts';

const FIX = join(import.meta.dirname, '../../fixtures/library');
const read = (p: string) => readFileSync(join(FIX, p), 'utf8');

type Texts = Record<Language, string>;
const hard: Texts = { en: read('hardcoded/reminder.en.md'), es: read('hardcoded/reminder.es.md'), vi: read('hardcoded/reminder.vi.md') };
const acme: Texts = { en: read('acme/due.en.md'), es: read('acme/due.es.md'), vi: read('acme/due.vi.md') };

function review(texts: Partial<Texts>, source: Language = 'en', name = 'reminder'): LibraryMessage[] {
  const entries = (Object.entries(texts) as Array<[Language, string]>).map(([lang, text]) =>
    makeEntry({ file: `lib/${name}.${lang}.md`, text, format: 'markdown' }),
  );
  const result = runLibrary(entries, { settings: { sourceLanguage: source } });
  return [...result.messages.values()].flat();
}
const ids = (ms: LibraryMessage[]) => [...new Set(ms.map((m) => m.ruleId))].sort();

// Language-specific pieces of the hardcoded fixture.
const piece = {
  alreadyPaid: {
    en: 'If you have already paid, please disregard this reminder.',
    es: 'Si ya ha efectuado el pago, le rogamos que no tenga en cuenta este recordatorio.',
    vi: 'Nếu bà đã thanh toán, xin vui lòng bỏ qua thư nhắc này.',
  },
  cta: {
    en: 'Please pay by bank transfer this week, or call us on +34 912 345 678 to agree on a payment plan.',
    es: 'Le rogamos que realice el pago por transferencia esta semana o que nos llame al 912 345 678 para acordar un plan de pagos.',
    vi: 'Kính đề nghị bà thanh toán bằng chuyển khoản trong tuần này, hoặc gọi cho chúng tôi theo số +34 912 345 678 để thống nhất kế hoạch trả góp.',
  },
  amount: { en: ['€1,234.56', '€1,243.56'], es: ['1.234,56 €', '1.243,56 €'], vi: ['1.234,56 €', '1.243,56 €'] },
  date: { en: ['31 October 2026', '30 October 2026'], es: ['31 de octubre de 2026', '30 de octubre de 2026'], vi: ['31/10/2026', '30/10/2026'] },
  threat: {
    en: 'Otherwise we will take legal action and pass the debt to a collection agency.',
    es: 'De lo contrario, iniciaremos acciones legales y cederemos la deuda a una agencia de cobro.',
    vi: 'Nếu không, chúng tôi sẽ khởi kiện và chuyển khoản nợ cho công ty thu hồi nợ.',
  },
} as const;

const cases: Array<{ variant: Language; source: Language }> = [
  { variant: 'es', source: 'en' },
  { variant: 'vi', source: 'en' },
  { variant: 'en', source: 'es' },
];

describe.each(cases)('variant $variant of a $source source', ({ variant, source }) => {
  const pair = (v: string, s = hard[source]) => ({ [source]: s, [variant]: v }) as Partial<Texts>;

  it('a faithful paraphrase (reordered, localised amounts, dates, links and phone) has no parity finding', () => {
    expect(ids(review(pair(hard[variant]), source))).toEqual([]);
    expect(ids(review({ [source]: acme[source], [variant]: acme[variant] } as Partial<Texts>, source, 'due'))).toEqual([]);
  });

  it('parity/placeholders: renamed, missing and extra placeholders', () => {
    const v = acme[variant].replace(/\{\{amount\}\}/g, '{{importe}}').replace(/\{\{due_date\}\}/g, '').replace('{{sender_name}}', '{{sender_name}} {{firma}}');
    const ms = review({ [source]: acme[source], [variant]: v } as Partial<Texts>, source, 'due').filter((m) => m.ruleId === 'parity/placeholders');
    expect(ms.map((m) => m.message).join('\n')).toMatch(/\{\{amount\}\}.*renamed to \{\{importe\}\}/);
    expect(ms.some((m) => /\{\{due_date\}\}.* is missing/.test(m.message))).toBe(true);
    expect(ms.some((m) => /\{\{firma\}\} is not in the source/.test(m.message))).toBe(true);
    expect(ms.every((m) => m.severity === 'error')).toBe(true);
  });

  it('parity/missing-element: a dropped already-paid note', () => {
    const ms = review(pair(hard[variant].replace(piece.alreadyPaid[variant], '')), source);
    const m = ms.find((x) => x.ruleId === 'parity/missing-element');
    expect(m).toMatchObject({ element: 'already-paid-note', severity: 'error', related: `lib/reminder.${source}.md` });
  });

  it('parity/untranslated: a sentence left in the source language', () => {
    const ms = review(pair(hard[variant].replace(piece.cta[variant], piece.cta[source])), source);
    const m = ms.find((x) => x.ruleId === 'parity/untranslated')!;
    expect(m).toBeDefined();
    expect(m.line).toBe(9);
  });

  it('parity/tone-drift: legal action and a collection agency only in the variant', () => {
    const ms = review(pair(hard[variant].replace(piece.cta[variant], `${piece.cta[variant]} ${piece.threat[variant]}`)), source);
    const drift = ms.filter((x) => x.ruleId === 'parity/tone-drift');
    expect(drift.length).toBeGreaterThanOrEqual(1);
    expect(drift.map((d) => d.message).join(' ')).toMatch(/legal action|collection agency/);
    // The same wording in both is no drift.
    const both = review({ [source]: hard[source].replace(piece.cta[source], `${piece.cta[source]} ${piece.threat[source]}`), [variant]: hard[variant].replace(piece.cta[variant], `${piece.cta[variant]} ${piece.threat[variant]}`) } as Partial<Texts>, source);
    expect(ids(both)).not.toContain('parity/tone-drift');
  });

  it('parity/facts: a different amount and a different date', () => {
    const [a, a2] = piece.amount[variant];
    const [d, d2] = piece.date[variant];
    const ms = review(pair(hard[variant].replace(a, a2).replace(d, d2)), source).filter((m) => m.ruleId === 'parity/facts');
    expect(ms.map((m) => m.message).join('\n')).toMatch(/amount .*differs/);
    expect(ms.map((m) => m.message).join('\n')).toMatch(/date .*differs/);
  });

  it('parity/facts: another payment link', () => {
    const ms = review(pair(hard[variant].replace(/F-2026-311\./, 'F-2026-312.')), source).filter((m) => m.ruleId === 'parity/facts');
    expect(ms.some((m) => /link .*differs/.test(m.message))).toBe(true);
  });

  it('parity/facts: another invoice number', () => {
    const ms = review(pair(hard[variant].replace(/F-2026-311/g, 'F-2026-331')), source).filter((m) => m.ruleId === 'parity/facts');
    expect(ms.some((m) => /reference F-2026-331 differs from the source's F-2026-311/.test(m.message))).toBe(true);
  });

  it('parity/tone-drift: blame only in the variant', () => {
    const blame = { en: 'You have ignored our repeated reminders.', es: 'Usted ha ignorado nuestros reiterados recordatorios.', vi: 'Quý khách đã phớt lờ các lời nhắc của chúng tôi.' };
    const ms = review(pair(hard[variant].replace(piece.cta[variant], `${blame[variant]} ${piece.cta[variant]}`)), source);
    expect(ms.filter((m) => m.ruleId === 'parity/tone-drift').map((m) => m.message).join(' ')).toMatch(/blames the customer|tone\/blame only in this variant/);
  });

  it('parity/missing-variant: a template without this language', () => {
    const third = (['en', 'es', 'vi'] as Language[]).find((l) => l !== source && l !== variant)!;
    const ms = review({ [source]: hard[source], [third]: hard[third] } as Partial<Texts>, source).concat(review({ [source]: acme[source], [variant]: acme[variant], [third]: acme[third] } as Partial<Texts>, source, 'due'));
    // Two templates: "reminder" lacks the variant language only when the library uses it.
    const lib = [
      makeEntry({ file: `lib/reminder.${source}.md`, text: hard[source] }),
      makeEntry({ file: `lib/reminder.${third}.md`, text: hard[third] }),
      makeEntry({ file: `lib/due.${source}.md`, text: acme[source] }),
      makeEntry({ file: `lib/due.${variant}.md`, text: acme[variant] }),
    ];
    const res = runLibrary(lib, { settings: { sourceLanguage: source } });
    const missing = [...res.messages.values()].flat().filter((m) => m.ruleId === 'parity/missing-variant');
    expect(missing.map((m) => m.message).join('\n')).toMatch(new RegExp(`no \\w+ \\(${variant}\\) variant of lib/reminder`));
    expect(ms.filter((m) => m.ruleId === 'parity/missing-variant')).toEqual([]);
  });
});

describe('parity: bad input', () => {
  it('an empty translation is reported as untranslated, and NFD text is compared as NFC', () => {
    const src = makeEntry({ file: 'c/en.json', key: 'reminder', text: hard.en, language: 'en' });
    const empty = makeEntry({ file: 'c/es.json', key: 'reminder', text: '', language: 'es' });
    const nfd = makeEntry({ file: 'c/vi.json', key: 'reminder', text: hard.vi.normalize('NFD'), language: 'vi' });
    const res = runLibrary([src, empty, nfd]);
    const all = [...res.messages.values()].flat();
    expect(all.filter((m) => m.ruleId === 'parity/missing-variant').map((m) => m.message)).toEqual([expect.stringMatching(/untranslated: the Spanish text of "reminder" is empty/)]);
    expect(all.filter((m) => m.ruleId !== 'parity/missing-variant')).toEqual([]);
  });

  it('a key in one language only has no source (info)', () => {
    const only = makeEntry({ file: 'c/es.json', key: 'solo', text: hard.es, language: 'es' });
    const src = makeEntry({ file: 'c/en.json', key: 'reminder', text: hard.en, language: 'en' });
    const tr = makeEntry({ file: 'c/es.json', key: 'reminder', text: hard.es, language: 'es' });
    const all = [...runLibrary([only, src, tr]).messages.values()].flat();
    expect(all).toEqual([expect.objectContaining({ ruleId: 'parity/missing-variant', severity: 'info', key: 'solo' })]);
  });
});
