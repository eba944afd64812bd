// The CLI as a user runs it: `npx tactful lint …` from the project root, exit codes and JSON.
import { describe, expect, it, beforeAll } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..');

async function tactful(args: string[], cwd = ROOT): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('node', [join(ROOT, 'bin/tactful.js'), ...args], { cwd });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let dir: string;
beforeAll(async () => {
  await run('npm', ['run', 'build:node'], { cwd: ROOT });
  dir = mkdtempSync(join(tmpdir(), 'tactful-cli-'));
  writeFileSync(
    join(dir, 'recordatorio.es.md'),
    '---\nstage: overdue\nsubject: Factura F-2026-311 vencida\n---\n\nEstimada Sra. Ruiz:\n\nLe recordamos que la factura F-2026-311 venció el 31 de octubre de 2026.\n\nAtentamente,\nMarta Gil\n',
  );
  writeFileSync(
    join(dir, 'complete.en.md'),
    [
      '---', 'stage: due', 'subject: Invoice INV-2041 due today', '---', '',
      'Hi Sam,', '',
      'Invoice INV-2041 for $2,380.00 is due today, November 30, 2026. A copy is attached.', '',
      'Please pay by bank transfer or card from https://pay.example.com/INV-2041.', '',
      'If you have already paid, thank you, and please disregard this reminder.', '',
      'Best regards,', 'Ana Ortiz', 'Example Ltd, 12 High Street, Leeds LS1 4AB', '+44 113 496 0000 · accounts@example.co.uk',
    ].join('\n'),
  );
  writeFileSync(join(dir, 'binary.md'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Estimado cliente, su factura vence ma\xf1ana.', 'latin1'));
  writeFileSync(join(dir, 'empty.md'), '');
  writeFileSync(join(dir, 'huge.txt'), 'Dear customer, please pay invoice 12. '.repeat(140_000));
  writeFileSync(
    join(dir, 'nfd.vi.md'),
    '---\nstage: due\n---\n\nKính gửi Quý khách,\n\nHóa đơn số 0004127, số tiền 12.500.000 ₫, đến hạn thanh toán ngày 30/11/2026.\n'.normalize('NFD'),
  );
  writeFileSync(join(dir, 'broken.md'), '---\nlang: es\nstage: [overdue\n---\n\nHola');
});

describe('tactful lint', () => {
  it('reports the missing Spanish elements as required/* errors and exits 1', async () => {
    const r = await tactful(['lint', '--format', 'json', join(dir, 'recordatorio.es.md')]);
    expect(r.code).toBe(1);
    const [report] = JSON.parse(r.stdout);
    expect(report.language).toBe('es');
    expect(report.stage).toBe('overdue');
    const ids = report.messages.map((m: { ruleId: string }) => m.ruleId).sort();
    expect(ids).toEqual(
      ['required/already-paid-note', 'required/amount', 'required/call-to-action', 'required/contact-details', 'required/invoice-copy'].sort(),
    );
    expect(report.elements).toEqual({
      'invoice-copy': false,
      amount: false,
      'due-date': true,
      'call-to-action': false,
      'contact-details': false,
      'already-paid-note': false,
    });
    const amount = report.messages.find((m: { ruleId: string }) => m.ruleId === 'required/amount');
    expect(amount.suggestions[0].text).toContain('El importe pendiente es de');
    expect(amount.line).toBeGreaterThan(5);
  });

  it('exits 0 on a complete, polite reminder', async () => {
    const r = await tactful(['lint', '--format', 'json', join(dir, 'complete.en.md')]);
    const [report] = JSON.parse(r.stdout);
    expect(report.messages.filter((m: { severity: string }) => m.severity === 'error')).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('names each bad file, keeps linting the others, and exits 2', async () => {
    const r = await tactful(['lint', '--format', 'json', dir]);
    expect(r.code).toBe(2);
    const results = JSON.parse(r.stdout) as Array<{ file: string; error?: string }>;
    const byName = Object.fromEntries(results.map((x) => [x.file.split('/').pop(), x]));
    expect(byName['binary.md']!.error).toMatch(/binary/);
    expect(byName['latin1.txt']!.error).toMatch(/UTF-8/);
    expect(byName['empty.md']!.error).toMatch(/empty/);
    expect(byName['huge.txt']!.error).toMatch(/up to 1 MB/);
    expect(byName['broken.md']!.error).toMatch(/broken front matter/);
    expect(byName['complete.en.md']!.error).toBeUndefined();
    expect(r.stderr).toMatch(/binary\.md: binary file/);
  });

  it('reads NFD Vietnamese like NFC and reports positions in the file', async () => {
    const r = await tactful(['lint', '--format', 'json', join(dir, 'nfd.vi.md')]);
    const [report] = JSON.parse(r.stdout);
    expect(report.language).toBe('vi');
    expect(report.elements.amount).toBe(true);
    expect(report.elements['due-date']).toBe(true);
    const copy = report.messages.find((m: { ruleId: string }) => m.ruleId === 'required/invoice-copy');
    expect(copy.line).toBe(7);
  });

  it('rejects an unknown --lang or --stage with exit 2 and a one-line reason', async () => {
    const a = await tactful(['lint', '--lang', 'fr', join(dir, 'complete.en.md')]);
    expect(a.code).toBe(2);
    expect(a.stderr.trim().split('\n')).toHaveLength(1);
    expect(a.stderr).toMatch(/unknown --lang "fr"/);
    const b = await tactful(['lint', '--stage', 'late', join(dir, 'complete.en.md')]);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/unknown --stage "late"/);
  });

  it('says when a glob matches nothing', async () => {
    const r = await tactful(['lint', join(dir, 'nothing-*.md')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/glob matches no template files/);
  });
});
