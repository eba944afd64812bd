// The built-in templates: 15 files, each linting with zero findings as a template and once drafted
// for every region, escalating as DESIGN.md describes, and drafting gracefully with fields left out.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, LANGUAGES, STAGES } from '../rules/index.ts';
import { allTemplates, draft, fill, formatMoney, getTemplate, PLACEHOLDERS } from '../templates/draft.ts';
import { FIXTURES, REGION_OF_LANG, TODAY_FOR } from './server.fixtures.ts';

const DIR = join(import.meta.dirname, '..', 'templates');
const LATE_ONLY = ['invoice.lateFeeTerms', 'daysOverdue'];
const EARLY = new Set(['before-due', 'due']);

describe('templates/', () => {
  it('holds exactly one template per stage and language', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.md')).sort();
    const expected = STAGES.flatMap((s) => LANGUAGES.map((l) => `${s}.${l}.md`)).sort();
    expect(files).toEqual(expected);
    expect(allTemplates()).toHaveLength(15);
  });

  for (const t of allTemplates()) {
    const name = `${t.stage}.${t.lang}.md`;
    describe(name, () => {
      it('matches the file on disk and its front matter', () => {
        expect(readFileSync(join(DIR, name), 'utf8')).toBe(t.source);
        expect(t.subject.length).toBeGreaterThan(10);
      });

      it('lints with zero findings as a template', () => {
        const report = lint(t.source, { fileName: `templates/${name}` });
        expect(report.language).toBe(t.lang);
        expect(report.stage).toBe(t.stage);
        expect(report.messages).toEqual([]);
        expect(Object.values(report.elements).every(Boolean)).toBe(true);
        expect(report.tone.label).not.toBe('aggressive');
      });

      it('has a placeholder for every invoice and sender field its stage may mention', () => {
        const used = new Set([...t.source.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]!));
        for (const p of used) expect(PLACEHOLDERS).toContain(p);
        for (const p of PLACEHOLDERS) {
          // Late fees and days overdue escalate: DESIGN.md keeps them out of before-due and due.
          if (LATE_ONLY.includes(p) && EARLY.has(t.stage)) expect(used.has(p), p).toBe(false);
          else expect(used.has(p), p).toBe(true);
        }
      });

      for (const language of REGION_OF_LANG[t.lang]) {
        it(`drafted for ${language}, lints clean with the invoice record and is not aggressive`, () => {
          const f = FIXTURES[language];
          const d = draft({ stage: t.stage, language, invoice: f.invoice, sender: f.sender, today: TODAY_FOR[t.stage] });
          expect(d.language).toBe(language);
          expect(`${d.subject}\n${d.body}`).not.toMatch(/\{\{|\}\}/);
          expect(d.body).toContain(f.amountText);
          expect(d.body).toContain(f.dueDateText);
          expect(d.body).toContain(f.invoice.number);
          const report = lint(d.body, { language, stage: t.stage, subject: d.subject, invoice: f.invoice, today: TODAY_FOR[t.stage] });
          expect(report.messages).toEqual([]);
          expect(Object.values(report.elements).every(Boolean)).toBe(true);
          expect(report.tone.label).not.toBe('aggressive');
        });
      }
    });
  }
});

describe('drafting', () => {
  it('formats money per region with Intl', () => {
    expect(formatMoney(1234.56, 'EUR', 'es', 'ES')).toBe('1.234,56 €');
    expect(formatMoney(18450.5, 'MXN', 'es', 'MX')).toBe('$18,450.50 MXN');
    expect(formatMoney(12_500_000, 'VND', 'vi', 'VN')).toBe('12.500.000 ₫');
    expect(formatMoney(2380, 'USD', 'en', 'US')).toBe('$2,380.00');
    expect(formatMoney(2380, 'eur', 'en', 'GB')).toBe('€2,380.00');
  });

  it('writes long dates in each language', () => {
    const due = (language: string) => draft({ stage: 'due', language, invoice: { number: 'X-1', amount: 10, currency: 'USD', dueDate: '2026-11-30' } }).body;
    expect(due('en-US')).toContain('November 30, 2026');
    expect(due('en-GB')).toContain('30 November 2026');
    expect(due('es')).toContain('30 de noviembre de 2026');
    expect(due('vi')).toContain('ngày 30 tháng 11 năm 2026');
  });

  it('counts days overdue, in the singular for one day', () => {
    const f = FIXTURES['en-US'];
    expect(draft({ stage: 'overdue', language: 'en-US', invoice: f.invoice, today: '2026-11-23' }).body).toContain('now 23 days overdue');
    expect(draft({ stage: 'overdue', language: 'en-US', invoice: f.invoice, today: '2026-11-01' }).body).toContain('now 1 day overdue');
    expect(draft({ stage: 'overdue', language: 'es-ES', invoice: FIXTURES['es-ES'].invoice, today: '2026-11-01' }).body).toContain('1 día de retraso');
    // Not overdue yet: the sentence is left out rather than saying "0 days".
    expect(draft({ stage: 'overdue', language: 'en-US', invoice: f.invoice, today: '2026-10-31' }).body).not.toMatch(/days? overdue/);
  });

  for (const stage of STAGES) {
    for (const language of ['en', 'es-MX', 'vi'] as const) {
      it(`${stage} ${language}: optional fields left out leave no placeholder, no empty label, and the lint says what is missing`, () => {
        const fixture = FIXTURES[language === 'en' ? 'en-US' : language === 'vi' ? 'vi-VN' : 'es-MX'];
        const { number, amount, currency, dueDate } = fixture.invoice;
        const d = draft({ stage, language, invoice: { number, amount, currency, dueDate }, today: TODAY_FOR[stage] });
        const all = `${d.subject}\n${d.body}`;
        expect(all).not.toMatch(/\{\{|\}\}/);
        // No "Phone:" with nothing after it, no "Dear ," and no doubled blank lines.
        const [greeting, ...lines] = d.body.split('\n');
        expect(greeting).not.toMatch(/\s[,:]|,:/);
        for (const line of lines) expect(line).not.toMatch(/:\s*$|\s[,:]|^\s+\S/);
        expect(d.body).not.toMatch(/\n\n\n/);
        const report = lint(d.body, { language, stage, subject: d.subject, today: TODAY_FOR[stage] });
        const missing = report.messages.map((m) => m.ruleId).sort();
        expect(missing).toEqual(['required/contact-details', 'required/invoice-copy']);
        expect(report.elements.amount && report.elements['due-date'] && report.elements['call-to-action'] && report.elements['already-paid-note']).toBe(true);
      });
    }
  }

  it('greets by name when it can, and generically when it cannot', () => {
    const base = { number: 'INV-7', amount: 99, currency: 'USD', dueDate: '2026-10-31' };
    expect(draft({ stage: 'overdue', language: 'en', invoice: { ...base, contactName: 'Sam Carter' } }).body).toMatch(/^Dear Sam Carter,\n/);
    expect(draft({ stage: 'overdue', language: 'en', invoice: base }).body).toMatch(/^Dear customer,\n/);
    expect(draft({ stage: 'due', language: 'es', invoice: base }).body).toMatch(/^Buenos días:\n/);
    expect(draft({ stage: 'due', language: 'vi', invoice: base }).body).toMatch(/^Kính gửi Quý khách,\n/);
  });

  it('fills placeholders, drops lines whose value is unknown, and avoids doubled full stops', () => {
    expect(fill('A {{x}}.\nB {{y}}\nC {{z}}\n', { x: 'Ruiz S.L.', z: '' }, {})).toBe('A Ruiz S.L.\nC\n');
    expect(fill('Dear {{name}},\n', {}, { name: '' })).toBe('Dear,\n');
  });

  it('reads every template through getTemplate', () => {
    expect(getTemplate('final-demand', 'vi').subject).toContain('lần cuối');
  });
});
