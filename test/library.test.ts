// The library review as a user runs it: `tactful lint` over variant groups, catalogs and broken
// input, JSON and HTML output, exit codes. Runs the CLI from source (tsx), so it needs no build.
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..');
const LIB = join(ROOT, 'fixtures/library');

interface Msg { ruleId: string; severity: string; line: number; message: string; key?: string; related?: string }
interface Rep { file: string; key?: string; language: string; messages: Msg[]; error?: string }

async function tactful(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('node', ['--import', './scripts/register.mjs', '--import', 'tsx', 'cli/main.ts', ...args], { cwd: ROOT, maxBuffer: 32 << 20 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
async function json(args: string[]): Promise<{ code: number; reports: Rep[]; stderr: string }> {
  const r = await tactful(['lint', '--format', 'json', ...args]);
  return { code: r.code, reports: JSON.parse(r.stdout) as Rep[], stderr: r.stderr };
}
const library = (r: Rep) => r.messages.filter((m) => /^(parity|sequence)\//.test(m.ruleId));

describe('tactful lint over a template library', () => {
  it('catches every planted fault of a variant group and exits 1', async () => {
    const { code, reports } = await json(['fixtures/library/faults']);
    expect(code).toBe(1);
    const es = reports.find((r) => r.file.endsWith('due.es.md'))!;
    expect([...new Set(library(es).map((m) => m.ruleId))].sort()).toEqual(['parity/facts', 'parity/missing-element', 'parity/tone-drift', 'parity/untranslated']);
    expect(library(es).filter((m) => m.ruleId === 'parity/tone-drift').map((m) => m.message).join(' ')).toMatch(/suspend/);
    expect(library(es).every((m) => m.related === 'fixtures/library/faults/due.en.md')).toBe(true);
    const vi = reports.find((r) => r.file.endsWith('due.vi.md'))!;
    expect(library(vi)).toEqual([]);
  });

  it('raises no parity or sequence alarm on faithful paraphrases (reordered, localised formats)', async () => {
    const { reports } = await json(['fixtures/library/acme', 'fixtures/library/hardcoded']);
    const alarms = reports.flatMap((r) => library(r).filter((m) => m.ruleId !== 'sequence/gap').map((m) => `${r.file}: ${m.ruleId} ${m.message}`));
    expect(alarms).toEqual([]);
  });

  it('--source-lang: Spanish as the source', async () => {
    const { reports } = await json(['--source-lang', 'es', 'fixtures/library/faults']);
    const en = reports.find((r) => r.file.endsWith('due.en.md'))!;
    expect(library(en).map((m) => m.related)).toContain('fixtures/library/faults/due.es.md');
  });

  it('lints catalog strings at their key and line, and compares them across catalogs', async () => {
    const { code, reports } = await json(['fixtures/library/catalogs']);
    expect(code).toBe(1);
    const esOverdue = reports.find((r) => r.file.endsWith('locales/es.json') && r.key === 'reminders.overdue.body')!;
    expect(library(esOverdue)).toEqual([expect.objectContaining({ ruleId: 'parity/placeholders', line: 6, severity: 'error' })]);
    const enDue = reports.find((r) => r.file.endsWith('locales/en.json') && r.key === 'reminders.due.body')!;
    expect(library(enDue).map((m) => m.message)).toContain('no Vietnamese (vi) variant of key "reminders.due.body"');
    const vi = reports.filter((r) => r.file.endsWith('po/vi.po'));
    const viIds = vi.flatMap((r) => library(r).map((m) => `${m.line} ${m.ruleId}`));
    expect(viIds).toEqual(expect.arrayContaining(['14 parity/untranslated', '14 parity/missing-element', '23 parity/missing-variant']));
    const es = reports.filter((r) => r.file.endsWith('po/es.po')).flatMap((r) => library(r).map((m) => `${m.line} ${m.ruleId}`));
    expect(es).toEqual(expect.arrayContaining(['25 parity/fuzzy', '25 parity/placeholders']));
    // Plural forms: Vietnamese has one, so no second form is expected of it.
    expect(reports.flatMap((r) => r.messages).filter((m) => m.ruleId === 'parity/missing-variant' && /msgid_plural/.test(m.message))).toEqual([]);
  });

  it('names unreadable catalogs (invalid JSON, broken PO, no language) and exits 2', async () => {
    const { code, reports, stderr } = await json(['fixtures/library/broken']);
    expect(code).toBe(2);
    expect(reports.map((r) => [r.file.split('/').pop(), !!r.error])).toEqual([
      ['es.json', true],
      ['messages.po', true],
      ['vi.po', true],
    ]);
    expect(stderr).toMatch(/es\.json: invalid JSON at line 4, column 3/);
    expect(stderr).toMatch(/vi\.po: broken PO file/);
  });

  it('--format html writes a self-contained review page: matrix, ✓/✗, tone, findings linked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tactful-html-'));
    const out = join(dir, 'review.html');
    const r = await tactful(['lint', '--format', 'html', '--output', out, 'fixtures/library/faults', 'fixtures/library/acme']);
    expect(r.code).toBe(1);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script|<link|src=|url\(/i);
    expect(html).toContain('<th>en</th><th>es</th><th>vi</th>');
    expect(html).toMatch(/<th scope="row">fixtures\/library\/faults\/due<\/th>/);
    expect(html).toContain('✗ Already paid');
    expect(html).toContain('parity/facts');
    const anchors = [...html.matchAll(/href="#(f\d+)"/g)].map((m) => m[1]);
    expect(anchors.length).toBeGreaterThan(5);
    for (const a of anchors) expect(html).toContain(`id="${a}"`);
  });

  it('--spelling checks words with the dictionaries (Vietnamese in both tone placements)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tactful-spell-'));
    writeFileSync(join(dir, 'a.es.md'), '---\nstage: due\n---\nLe recordamos que la factura vence mañana. Saludos coordiales.\n');
    writeFileSync(join(dir, 'b.vi.md'), '---\nstage: due\n---\nHoá đơn và hóa đơn của Quý khách đã đến hạn.\n');
    const { reports } = await json(['--spelling', dir]);
    const spell = reports.flatMap((r) => r.messages.filter((m) => m.ruleId === 'quality/spelling').map((m) => m.message));
    expect(spell).toEqual([expect.stringMatching(/"coordiales" is not in the es dictionary; did you mean "cordiales"/)]);
    const without = await json([dir]);
    expect(without.reports.flatMap((r) => r.messages).filter((m) => m.ruleId === 'quality/spelling')).toEqual([]);
  }, 120_000);

  it('turns spelling on from the configuration, and off there even with --spelling', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tactful-spell-config-'));
    writeFileSync(
      join(dir, 'due.en.md'),
      '---\nstage: due\n---\nHi Sam,\n\nA friendly reminder that invoice 2041 for $480.00 is due tomorrow. We would apreciate payment by bank transfer.\n\nKind regards,\nOlivia\n',
    );
    writeFileSync(join(dir, 'tactful.config.json'), JSON.stringify({ rules: { 'quality/spelling': 'warning' } }));
    const on = await json([join(dir, 'due.en.md')]);
    const spell = on.reports.flatMap((r) => r.messages.filter((m) => m.ruleId === 'quality/spelling'));
    expect(spell.map((m) => m.message)).toEqual([expect.stringMatching(/"apreciate" is not in the en dictionary; did you mean "appreciate"/)]);
    expect(spell[0]!.severity).toBe('warning');
    writeFileSync(join(dir, 'tactful.config.json'), JSON.stringify({ rules: { 'quality/spelling': 'off' } }));
    const off = await json(['--spelling', join(dir, 'due.en.md')]);
    expect(off.reports.flatMap((r) => r.messages).filter((m) => m.ruleId === 'quality/spelling')).toEqual([]);
  }, 120_000);
});

describe('parity on variant groups written apart from the rules', () => {
  // fixtures/library/paraphrases: 22 templates in en/es/vi, faithful but free translations (dates
  // as lists, tú/voseo, "Último aviso" for "Final notice", the same bank account everywhere).
  it('raises no parity finding on faithful paraphrases', async () => {
    const { reports } = await json(['fixtures/library/paraphrases']);
    expect(reports).toHaveLength(66);
    expect(reports.flatMap((r) => library(r).map((m) => `${r.file}: ${m.ruleId} ${m.message}`))).toEqual([]);
  }, 120_000);

  // fixtures/library/planted: the same templates with one fault each (manifest.json says which).
  it('catches every planted fault with the rule for it, on the file that has it', async () => {
    const manifest = JSON.parse(readFileSync(join(LIB, 'planted', 'manifest.json'), 'utf8')) as Array<{ group: string; fault: string; file: string; rule: string }>;
    const { reports } = await json(['fixtures/library/planted']);
    const caught = (f: (typeof manifest)[number]) =>
      reports.some((r) => r.file === `fixtures/library/planted/${f.file}` && library(r).some((m) => m.ruleId === f.rule));
    expect(manifest.filter((f) => !caught(f)).map((f) => `${f.group} ${f.fault}`)).toEqual([]);
    // Only the planted file of a group has findings of its own.
    for (const f of manifest.filter((x) => x.fault !== 'missing-variant')) {
      const others = reports.filter((r) => r.file.startsWith(`fixtures/library/planted/${f.group}/`) && r.file !== `fixtures/library/planted/${f.file}`);
      expect(others.flatMap((r) => library(r).map((m) => `${r.file}: ${m.ruleId}`))).toEqual([]);
    }
  }, 120_000);
});
