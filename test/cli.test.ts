// The CLI as a user runs it: `npx tactful lint …` from the project root — exit codes, formats,
// configuration, inline directives, --fix, bad input. Every test runs the real bin.
import { describe, expect, it, beforeAll } from 'vitest';
import { execFile } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import type { Log } from 'sarif';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..');
const LIBRARY = join(ROOT, 'fixtures/cli/library');
const BROKEN = join(ROOT, 'fixtures/cli/broken');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function tactful(args: string[], cwd = ROOT): Promise<Run> {
  try {
    const { stdout, stderr } = await run('node', [join(ROOT, 'bin/tactful.js'), ...args], { cwd, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

interface JsonMessage {
  ruleId: string;
  severity: string;
  line: number;
  column: number;
  fixable: boolean;
  suggestions: Array<{ text: string; range: [number, number] }>;
}
interface JsonReport {
  file: string;
  language: string;
  stage: string | null;
  messages: JsonMessage[];
  elements: Record<string, boolean>;
  tone: { label: string; score: number };
  error?: string;
}

async function lintJson(args: string[], cwd = ROOT): Promise<{ code: number; reports: JsonReport[]; stderr: string }> {
  const r = await tactful(['lint', '--format', 'json', ...args], cwd);
  return { code: r.code, reports: JSON.parse(r.stdout) as JsonReport[], stderr: r.stderr };
}

const ids = (r: JsonReport) => r.messages.map((m) => m.ruleId).sort();

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'tactful-cli-'));
}

let dir: string;
beforeAll(async () => {
  await run('npm', ['run', 'build:node'], { cwd: ROOT });
  dir = tempDir();
  writeFileSync(join(dir, 'binary.md'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Estimado cliente, su factura vence ma\xf1ana.', 'latin1'));
  writeFileSync(join(dir, 'empty.md'), '');
  writeFileSync(join(dir, 'huge.txt'), 'Dear customer, please pay invoice 12. '.repeat(140_000));
  writeFileSync(
    join(dir, 'nfd.vi.md'),
    '---\nstage: due\n---\n\nKính gửi Quý khách,\n\nHóa đơn số 0004127, số tiền 12.500.000 ₫, đến hạn thanh toán ngày 30/11/2026.\n'.normalize('NFD'),
  );
  writeFileSync(join(dir, 'broken.md'), '---\nlang: es\nstage: [overdue\n---\n\nHola');
  cpSync(join(LIBRARY, 'overdue.en.md'), join(dir, 'complete.en.md'));
});

describe('exit codes and the JSON contract', () => {
  it('reports the missing Spanish elements as required/* errors and exits 1', async () => {
    const { code, reports } = await lintJson([join(BROKEN, 'recordatorio.es.md')]);
    expect(code).toBe(1);
    const [report] = reports;
    expect(report!.language).toBe('es');
    expect(report!.stage).toBe('overdue');
    expect(ids(report!)).toEqual(
      ['required/already-paid-note', 'required/amount', 'required/call-to-action', 'required/contact-details', 'required/invoice-copy'].sort(),
    );
    expect(report!.elements).toEqual({
      'invoice-copy': false,
      amount: false,
      'due-date': true,
      'call-to-action': false,
      'contact-details': false,
      'already-paid-note': false,
    });
    const amount = report!.messages.find((m) => m.ruleId === 'required/amount')!;
    expect(amount.suggestions[0]!.text).toContain('El importe pendiente es de');
    expect(amount.line).toBe(9);
  });

  it('exits 0 on a complete, polite reminder', async () => {
    const { code, reports } = await lintJson([join(dir, 'complete.en.md')]);
    expect(reports[0]!.messages.filter((m) => m.severity === 'error')).toEqual([]);
    expect(code).toBe(0);
  });

  it('names each bad file, keeps linting the others, and exits 2', async () => {
    const { code, reports, stderr } = await lintJson([dir]);
    expect(code).toBe(2);
    const byName = Object.fromEntries(reports.map((x) => [x.file.split('/').pop(), x]));
    expect(byName['binary.md']!.error).toMatch(/binary/);
    expect(byName['latin1.txt']!.error).toMatch(/UTF-8/);
    expect(byName['empty.md']!.error).toMatch(/empty/);
    expect(byName['huge.txt']!.error).toMatch(/up to 1 MB/);
    expect(byName['broken.md']!.error).toMatch(/broken front matter/);
    expect(byName['complete.en.md']!.error).toBeUndefined();
    expect(stderr).toMatch(/binary\.md: binary file/);
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

  it('rejects an unknown --lang, --stage or --format with exit 2 and a one-line reason', async () => {
    const a = await tactful(['lint', '--lang', 'fr', join(dir, 'complete.en.md')]);
    expect(a.code).toBe(2);
    expect(a.stderr.trim().split('\n')).toHaveLength(1);
    expect(a.stderr).toMatch(/unknown --lang "fr"/);
    const b = await tactful(['lint', '--stage', 'late', join(dir, 'complete.en.md')]);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/unknown --stage "late"/);
    const c = await tactful(['lint', '--format', 'xml', join(dir, 'complete.en.md')]);
    expect(c.code).toBe(2);
    expect(c.stderr).toMatch(/unknown --format "xml"; use stylish, json, sarif, github or html/);
  });

  it('--max-warnings turns too many warnings into exit 1; --quiet shows errors only', async () => {
    const d = tempDir();
    cpSync(join(LIBRARY, 'overdue.en.md'), join(d, 'overdue.en.md'));
    writeFileSync(join(d, 'tactful.config.json'), JSON.stringify({ phrases: { en: { flag: [{ phrase: 'bank transfer', suggestion: 'wire transfer' }] } } }));
    const ok = await tactful(['lint', 'overdue.en.md'], d);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/warning\s+Avoid “bank transfer”; write “wire transfer”/);
    const strict = await tactful(['lint', '--max-warnings', '0', 'overdue.en.md'], d);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/1 warnings exceed --max-warnings 0/);
    const quiet = await lintJson(['--quiet', 'overdue.en.md'], d);
    expect(quiet.reports[0]!.messages).toEqual([]);
  });

  it('--output writes the report to a file and nothing to stdout', async () => {
    const out = join(tempDir(), 'report.json');
    const r = await tactful(['lint', '--format', 'json', '--output', out, join(BROKEN, 'recordatorio.es.md')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect((JSON.parse(readFileSync(out, 'utf8')) as JsonReport[])[0]!.language).toBe('es');
  });
});

describe('worker threads', () => {
  it('gives the same report, in the same order, when large runs are spread over workers', async () => {
    const args = ['lint', '--format', 'json', LIBRARY, BROKEN];
    const one = await run('node', [join(ROOT, 'bin/tactful.js'), ...args], { cwd: ROOT, env: { ...process.env, TACTFUL_WORKERS: '0' } }).catch((e) => e);
    const two = await run('node', [join(ROOT, 'bin/tactful.js'), ...args], { cwd: ROOT, env: { ...process.env, TACTFUL_WORKERS: '2' } }).catch((e) => e);
    expect(two.code).toBe(1);
    expect(one.code).toBe(1);
    expect(JSON.parse(two.stdout)).toEqual(JSON.parse(one.stdout));
  });

  it('stops with the configuration error when a worker meets a bad config', async () => {
    const d = tempDir();
    cpSync(join(LIBRARY, 'overdue.en.md'), join(d, 'overdue.en.md'));
    writeFileSync(join(d, 'tactful.config.json'), JSON.stringify({ rules: { 'tone/shoutin': 'off' } }));
    const r = await run('node', [join(ROOT, 'bin/tactful.js'), 'lint', '.'], { cwd: d, env: { ...process.env, TACTFUL_WORKERS: '2' } }).catch((e) => e);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('tactful: tactful.config.json: rules.tone/shoutin: unknown rule id "tone/shoutin"\n');
  });
});

describe('template formats', () => {
  it('lints Markdown, HTML, Handlebars, Liquid, Jinja, Twig and text, with placeholders satisfying elements', async () => {
    const { code, reports } = await lintJson([LIBRARY]);
    expect(code).toBe(0);
    const summary = Object.fromEntries(reports.map((r) => [r.file.split('/').pop(), [r.language, ids(r)]]));
    expect(summary).toEqual({
      // The English files are named by stage: a sequence, whose missing stages are listed (info).
      'before-due.en.html': ['en', ['sequence/gap']],
      'coleccion.es.liquid': ['es', []],
      'due.es.hbs': ['es', []],
      'final-demand.en.twig': ['en', []],
      'nhac-han.vi.j2': ['vi', []],
      'overdue.en.md': ['en', []],
      'qua-han.vi.txt': ['vi', []],
    });
    for (const r of reports) expect(Object.values(r.elements).every(Boolean), r.file).toBe(true);
  });

  it('skips control tags and comments: an element only in a comment does not count', async () => {
    const d = tempDir();
    writeFileSync(
      join(d, 'aviso.es.liquid'),
      '{% comment %}Si ya ha realizado el pago, ignore este mensaje.{% endcomment %}\nEstimado {{ customer.name }}:\n\n{% if vencida %}La factura {{ invoice.number }} por {{ invoice.amount }} venció el {{ invoice.due_date }}.{% endif %} Puede verla en {{ invoice.url }}.\n\nLe rogamos que realice el pago por transferencia.\n\nAtentamente,\nCobros · Av. Insurgentes Sur 1602, CDMX · Tel. +52 55 5000 1234 · cobranza@alcazar.example\n',
    );
    const { reports } = await lintJson(['aviso.es.liquid'], d);
    expect(ids(reports[0]!)).toEqual(['required/already-paid-note']);
  });

  it('checks partials for syntax and tone, not for the elements of a whole email', async () => {
    const d = tempDir();
    mkdirSync(join(d, 'partials'));
    writeFileSync(join(d, 'partials', 'footer.en.hbs'), 'Kind regards,\n{{sender_name}} · {{sender_phone} · {{sender_email}}\n');
    writeFileSync(join(d, '_signature.es.hbs'), 'Atentamente,\n{{remitente}}\nSi no paga hoy, tomaremos acciones legales.\n');
    const { reports } = await lintJson(['partials/footer.en.hbs', '_signature.es.hbs', '--stage', 'due'], d);
    const byFile = Object.fromEntries(reports.map((r) => [r.file, ids(r)]));
    expect(byFile['partials/footer.en.hbs']).toEqual(['quality/placeholder-syntax']);
    expect(byFile['_signature.es.hbs']!.some((id) => id.startsWith('tone/'))).toBe(true);
    expect(Object.values(byFile).flat().filter((id) => id.startsWith('required/'))).toEqual([]);
  });

  it('flags broken placeholder syntax as quality/placeholder-syntax', async () => {
    const { code, reports } = await lintJson([join(BROKEN, 'reminder.en.hbs')]);
    expect(code).toBe(1);
    const m = reports[0]!.messages.find((x) => x.ruleId === 'quality/placeholder-syntax')!;
    expect(m).toMatchObject({ line: 3, column: 32, fixable: true });
    expect(m.suggestions[0]!.text).toBe('{{amount}}');
  });
});

describe('SARIF and GitHub output', () => {
  it('prints SARIF 2.1.0 that validates against the schema, with rule docs, locations and fixes', async () => {
    const r = await tactful(['lint', '--format', 'sarif', BROKEN, LIBRARY]);
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout) as Log;
    // The schema is draft-04 (`id`, no exclusive bounds): ajv reads it once `id` is `$id`.
    const { id, $schema: _draft, ...schema } = JSON.parse(readFileSync(join(ROOT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    schema.$id = id;
    const ajv = new Ajv({ allErrors: true, strict: false, validateSchema: false, unicodeRegExp: false });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    expect(validate(log), ajv.errorsText(validate.errors)).toBe(true);
    const runLog = log.runs[0]!;
    const rules = runLog.tool.driver.rules!;
    const amountRule = rules.find((x) => x.id === 'required/amount')!;
    expect(amountRule.fullDescription!.text).toMatch(/amount owed/);
    expect(amountRule.help!.markdown).toMatch(/\*\*Spanish\*\*/);
    expect(amountRule.defaultConfiguration!.level).toBe('error');
    const spanish = runLog.results!.filter((x) => x.locations![0]!.physicalLocation!.artifactLocation!.uri === 'fixtures/cli/broken/recordatorio.es.md');
    expect(spanish.map((x) => x.ruleId).sort()).toContain('required/amount');
    const syntax = runLog.results!.find((x) => x.ruleId === 'quality/placeholder-syntax')!;
    expect(syntax.locations![0]!.physicalLocation!.region).toMatchObject({ startLine: 3, startColumn: 32, endLine: 3, endColumn: 41 });
    expect(syntax.fixes![0]!.artifactChanges[0]!.replacements[0]!.insertedContent!.text).toBe('{{amount}}');
    expect(rules[syntax.ruleIndex!]!.id).toBe('quality/placeholder-syntax');
  });

  it('prints one GitHub annotation per finding, escaping the file name and message', async () => {
    const d = tempDir();
    cpSync(join(BROKEN, 'reminder.en.hbs'), join(d, 'reminder, v2: final.en.hbs'));
    const r = await tactful(['lint', '--format', 'github', '.'], d);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toContain(
      '::error file=reminder%2C v2%3A final.en.hbs,line=3,col=32,endLine=3,endColumn=41,title=quality/placeholder-syntax::“{{amount}” closes with one brace; write “{{amount}}”. (fix: {{amount}})',
    );
    expect(lines.every((l) => /^::(error|warning|notice) file=[^:]+::/.test(l))).toBe(true);
  });
});

describe('configuration', () => {
  it('finds tactful.config.json upward and applies rule severities and overrides by glob', async () => {
    const d = tempDir();
    mkdirSync(join(d, 'emails/es'), { recursive: true });
    cpSync(join(BROKEN, 'recordatorio.es.md'), join(d, 'emails/es/recordatorio.md'));
    writeFileSync(
      join(d, 'tactful.config.json'),
      JSON.stringify({
        rules: { 'required/contact-details': 'off' },
        overrides: [{ files: 'emails/es/**', rules: { 'required/amount': 'warning' } }],
      }),
    );
    const { reports } = await lintJson(['emails'], d);
    const report = reports[0]!;
    expect(ids(report)).not.toContain('required/contact-details');
    expect(report.messages.find((m) => m.ruleId === 'required/amount')!.severity).toBe('warning');
  });

  it('reads .tactfulrc.json and the "tactful" key of package.json; --no-config ignores them', async () => {
    const d = tempDir();
    cpSync(join(BROKEN, 'recordatorio.es.md'), join(d, 'recordatorio.es.md'));
    writeFileSync(join(d, 'package.json'), JSON.stringify({ name: 'emails', tactful: { contactChannels: 1 } }));
    mkdirSync(join(d, 'sub'));
    cpSync(join(BROKEN, 'recordatorio.es.md'), join(d, 'sub/recordatorio.es.md'));
    writeFileSync(join(d, 'sub/.tactfulrc.json'), JSON.stringify({ rules: { 'required/amount': 'off' } }));
    const { reports } = await lintJson(['.'], d);
    const byFile = Object.fromEntries(reports.map((r) => [r.file, ids(r)]));
    // package.json: contactChannels 1 is not met either (no channel at all), amount stays.
    expect(byFile['recordatorio.es.md']).toContain('required/amount');
    expect(byFile['sub/recordatorio.es.md']).not.toContain('required/amount');
    const none = await lintJson(['--no-config', 'sub'], d);
    expect(ids(none.reports[0]!)).toContain('required/amount');
  });

  it('rejects an unknown rule id with exit 2 and one line naming the file and key', async () => {
    const d = tempDir();
    cpSync(join(LIBRARY, 'overdue.en.md'), join(d, 'overdue.en.md'));
    writeFileSync(join(d, 'tactful.config.json'), JSON.stringify({ rules: { 'required/ammount': 'off' } }));
    const r = await tactful(['lint', 'overdue.en.md'], d);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('tactful: tactful.config.json: rules.required/ammount: unknown rule id "required/ammount"\n');
    writeFileSync(join(d, 'tactful.config.json'), JSON.stringify({ overrides: [{ files: '*.md', stage: 'late' }] }));
    const s = await tactful(['lint', 'overdue.en.md'], d);
    expect(s.code).toBe(2);
    expect(s.stderr).toMatch(/^tactful: tactful\.config\.json: overrides\.0\.stage: use before-due, due/);
    writeFileSync(join(d, 'tactful.config.json'), '{ "rules": ');
    const t = await tactful(['lint', 'overdue.en.md'], d);
    expect(t.code).toBe(2);
    expect(t.stderr).toMatch(/^tactful: tactful\.config\.json: invalid JSON/);
  });

  it('--config FILE, ignore globs, override stage and language, and --print-config', async () => {
    const d = tempDir();
    mkdirSync(join(d, 'drafts'));
    writeFileSync(join(d, 'drafts/wip.md'), 'Hola, esto es un borrador.\n');
    const body = readFileSync(join(LIBRARY, 'qua-han.vi.txt'), 'utf8');
    writeFileSync(join(d, 'thu-nhac.txt'), body);
    writeFileSync(
      join(d, 'ci.json'),
      JSON.stringify({ ignore: ['drafts/**'], overrides: [{ files: ['*.txt'], stage: 'collection', language: 'vi-VN' }] }),
    );
    const { code, reports } = await lintJson(['--config', 'ci.json', '.'], d);
    expect(code).toBe(0);
    expect(reports.map((r) => r.file)).toEqual(['thu-nhac.txt']);
    expect(reports[0]).toMatchObject({ language: 'vi-VN', stage: 'collection' });
    const printed = await tactful(['lint', '--config', 'ci.json', '--print-config', 'thu-nhac.txt'], d);
    expect(printed.code).toBe(0);
    expect(JSON.parse(printed.stdout)).toMatchObject({ configFile: 'ci.json', ignored: false, language: 'vi-VN', stage: 'collection', contactChannels: 3 });
    const draft = await tactful(['lint', '--config', 'ci.json', '--print-config', 'drafts/wip.md'], d);
    expect(JSON.parse(draft.stdout)).toMatchObject({ ignored: true });
    const missing = await tactful(['lint', '--config', 'nope.json', '.'], d);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('tactful: nope.json: no such file\n');
  });

  it('allows phrases per language: tone findings overlapping an allowed phrase are dropped', async () => {
    const d = tempDir();
    const texts = {
      'third.en.txt': 'Hi Sam,\n\nThis is the third time we write about invoice INV-2041.\n',
      'tercera.es.txt': 'Estimado cliente:\n\nEs la tercera vez que le escribimos por la factura F-311.\n',
      'lan-thu-ba.vi.txt': 'Kính gửi Quý khách,\n\nĐây là lần thứ ba chúng tôi nhắc về hóa đơn số 0004127.\n',
    };
    for (const [name, text] of Object.entries(texts)) writeFileSync(join(d, name), text);
    const tone = (reports: JsonReport[]) => Object.fromEntries(reports.map((r) => [r.file, ids(r).filter((id) => id.startsWith('tone/'))]));
    const before = await lintJson(['--stage', 'due', '.'], d);
    expect(tone(before.reports)).toEqual({
      'lan-thu-ba.vi.txt': ['tone/passive-aggressive'],
      'tercera.es.txt': ['tone/passive-aggressive'],
      'third.en.txt': ['tone/passive-aggressive'],
    });
    writeFileSync(
      join(d, 'tactful.config.json'),
      JSON.stringify({ phrases: { en: { allow: ['this is the third time'] }, es: { allow: ['es la tercera vez'] }, vi: { allow: ['lần thứ ba'] } } }),
    );
    const after = await lintJson(['--stage', 'due', '.'], d);
    expect(tone(after.reports)).toEqual({ 'lan-thu-ba.vi.txt': [], 'tercera.es.txt': [], 'third.en.txt': [] });
    writeFileSync(join(d, 'tactful.config.json'), JSON.stringify({ rules: { 'tone/passive-aggressive': 'off' } }));
    const off = await lintJson(['--stage', 'due', '.'], d);
    expect(tone(off.reports)).toEqual({ 'lan-thu-ba.vi.txt': [], 'tercera.es.txt': [], 'third.en.txt': [] });
  });

  it('flags configured phrases per language, and --fix applies their suggestion', async () => {
    const d = tempDir();
    cpSync(join(LIBRARY, 'due.es.hbs'), join(d, 'due.es.hbs'));
    writeFileSync(
      join(d, 'tactful.config.json'),
      JSON.stringify({ phrases: { es: { flag: [{ phrase: 'le rogamos', suggestion: 'le agradeceríamos', message: 'Preferimos «le agradeceríamos».' }] } } }),
    );
    const { reports } = await lintJson(['due.es.hbs'], d);
    expect(reports[0]!.messages.map((m) => [m.ruleId, m.line])).toEqual([['custom/phrase', 9]]);
    const fixed = await tactful(['lint', '--fix', 'due.es.hbs'], d);
    expect(fixed.code).toBe(0);
    expect(fixed.stderr).toMatch(/applied 1 fix in 1 file/);
    expect(readFileSync(join(d, 'due.es.hbs'), 'utf8')).toContain('Le agradeceríamos que realice el pago');
  });
});

describe('inline directives', () => {
  const email = {
    en: 'Hi Sam,\n\nInvoice INV-2041 is due on November 30, 2026. A copy is attached.\n\nPlease pay by bank transfer. If you have already paid, please disregard this reminder.\n\nBest regards,\nAna Ortiz · 12 High Street, Leeds LS1 4AB · +44 113 496 0000 · accounts@brightside.example\n',
    es: 'Estimado cliente:\n\nLa factura F-311 vence el 30 de noviembre de 2026. Adjuntamos una copia.\n\nLe rogamos que realice el pago por transferencia. Si ya ha pagado, ignore este mensaje.\n\nAtentamente,\nMarta Gil · Calle Mayor 12, 28013 Madrid · Tel. 910 000 000 · cobros@gil.example\n',
    vi: 'Kính gửi Quý khách,\n\nHóa đơn số 0004127 đến hạn ngày 30/11/2026. Hóa đơn được gửi kèm theo thư này.\n\nKính mong Quý khách thanh toán bằng chuyển khoản. Nếu Quý khách đã thanh toán, xin vui lòng bỏ qua thư này.\n\nTrân trọng,\nPhòng Kế toán · 45 Nguyễn Thị Minh Khai, Quận 1, TP.HCM · (028) 3822 4567 · ketoan@minhan.example\n',
  };
  const cases: Array<[string, string, (body: string) => string]> = [
    ['en.md', 'Markdown comment', (b) => `<!-- tactful-disable required/amount -->\n${b}`],
    ['es.hbs', 'Handlebars comment', (b) => `{{!-- tactful-disable-next-line required/amount --}}\n${b.replace('\n\n', '\n\n{{!-- tactful-disable-next-line required/amount --}}\n')}`],
    ['vi.j2', 'Jinja comment, whole family', (b) => `{# tactful-disable required #}\n${b}`],
    ['es.liquid', 'Liquid comment block', (b) => `{% comment %}tactful-disable required/amount{% endcomment %}\n${b}`],
    ['vi.twig', 'Twig comment', (b) => `{# tactful-disable #}\n${b}`],
    ['en.txt', 'plain-text line', (b) => `# tactful-disable required/amount\n${b}`],
    ['es.html', 'HTML comment', (b) => `<!-- tactful-disable required/amount -->\n<p>${b.split('\n\n').join('</p>\n<p>')}</p>`],
  ];
  it.each(cases)('%s: a %s turns required/amount off without setup', async (ext, _what, wrap) => {
    const d = tempDir();
    const lang = ext.split('.')[0] as keyof typeof email;
    writeFileSync(join(d, `plain.${ext}`), email[lang]);
    writeFileSync(join(d, `disabled.${ext}`), wrap(email[lang]));
    const { reports } = await lintJson(['--stage', 'due', '.'], d);
    const byFile = Object.fromEntries(reports.map((r) => [r.file, ids(r)]));
    expect(byFile[`plain.${ext}`]).toEqual(['required/amount']);
    expect(byFile[`disabled.${ext}`]).toEqual([]);
  });

  it('tactful-enable ends a disable; disable-next-line covers only the next line', async () => {
    const d = tempDir();
    writeFileSync(
      join(d, 'two.en.hbs'),
      'Hi {{name}},\n\n{{!-- tactful-disable quality/placeholder-syntax --}}\nInvoice {{number} for {{ amount_due }} is due on {{due_date}}; a copy is attached.\n{{!-- tactful-enable quality/placeholder-syntax --}}\nThe reference is {{reference}.\n<!-- tactful-disable-next-line -->\nSee {{invoice_url}.\n\nPlease pay by card. If you have already paid, please disregard this email.\n\n{{company_address}} · {{company_phone}} · {{company_email}}\n',
    );
    const { reports } = await lintJson(['two.en.hbs'], d);
    expect(reports[0]!.messages.map((m) => [m.ruleId, m.line])).toEqual([['quality/placeholder-syntax', 6]]);
  });
});

describe('--fix and --fix-dry-run', () => {
  it('fixes in place keeping the BOM and CRLF line endings, then reports what remains', async () => {
    const d = tempDir();
    const original = `\uFEFF${readFileSync(join(BROKEN, 'reminder.en.hbs'), 'utf8').replace(/\n/g, '\r\n')}`;
    writeFileSync(join(d, 'reminder.en.hbs'), original);
    const r = await lintJson(['--fix', 'reminder.en.hbs'], d);
    expect(r.code).toBe(0);
    expect(r.reports[0]!.messages).toEqual([]);
    const bytes = readFileSync(join(d, 'reminder.en.hbs'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toBe(original.replace('{{amount}', '{{amount}}'));
    expect(text.split('\r\n')).toHaveLength(original.split('\r\n').length);
  });

  it('--fix-dry-run prints a unified diff and leaves the file alone', async () => {
    const d = tempDir();
    cpSync(join(BROKEN, 'reminder.en.hbs'), join(d, 'reminder.en.hbs'));
    const before = readFileSync(join(d, 'reminder.en.hbs'), 'utf8');
    const r = await tactful(['lint', '--fix-dry-run', 'reminder.en.hbs'], d);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--- a/reminder.en.hbs');
    expect(r.stdout).toContain('-Invoice {{invoice_number}} for {{amount} was due on {{due_date}}. You can view it at {{invoice_url}}.');
    expect(r.stdout).toContain('+Invoice {{invoice_number}} for {{amount}} was due on {{due_date}}. You can view it at {{invoice_url}}.');
    expect(readFileSync(join(d, 'reminder.en.hbs'), 'utf8')).toBe(before);
  });
});

describe('bad input', () => {
  it('says when a glob matches nothing', async () => {
    const r = await tactful(['lint', join(dir, 'nothing-*.md')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/glob matches no template files/);
  });

  it('says when a directory has no templates, or a path does not exist', async () => {
    const d = tempDir();
    writeFileSync(join(d, 'notes.pdf'), 'x');
    const r = await tactful(['lint', '.'], d);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('tactful: .: directory contains no templates (.md, .txt, .html, .hbs, .liquid, .j2, .twig…)\n');
    const m = await tactful(['lint', 'missing.md'], d);
    expect(m.code).toBe(2);
    expect(m.stderr).toBe('tactful: missing.md: no such file or directory\n');
  });

  it('survives symbolic link loops', async () => {
    const d = tempDir();
    mkdirSync(join(d, 'a'));
    cpSync(join(LIBRARY, 'overdue.en.md'), join(d, 'a/overdue.en.md'));
    symlinkSync(d, join(d, 'a/back'));
    symlinkSync(join(d, 'self.md'), join(d, 'self.md'));
    const r = await lintJson(['a'], d);
    expect(r.code).toBe(0);
    expect(r.reports.map((x) => x.file)).toEqual(['a/overdue.en.md']);
    const loop = await tactful(['lint', 'self.md'], d);
    expect(loop.code).toBe(2);
    expect(loop.stderr).toBe('tactful: self.md: symbolic link loop\n');
  });

  it.runIf(process.env.TACTFUL_SLOW_TESTS !== '0')('lints 10,000 files in one process without a stack trace', async () => {
    const d = tempDir();
    const texts = [readFileSync(join(LIBRARY, 'qua-han.vi.txt'), 'utf8'), readFileSync(join(LIBRARY, 'overdue.en.md'), 'utf8')];
    for (let i = 0; i < 10_000; i++) {
      const sub = join(d, `batch-${Math.floor(i / 1000)}`);
      if (!existsSync(sub)) mkdirSync(sub);
      writeFileSync(join(sub, `reminder-${i}.${i % 2 ? 'md' : 'txt'}`), texts[i % 2]!);
    }
    const r = await tactful(['lint', '--format', 'json', '--quiet', '.'], d);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as unknown[]).length).toBe(10_000);
  }, 300_000);
});

describe('the built-in templates as a library', () => {
  it('lint with zero findings, parity and sequence checks included', async () => {
    const r = await tactful(['lint', '--format', 'json', 'templates']);
    const reports = JSON.parse(r.stdout) as Array<{ file: string; messages: Array<{ ruleId: string; message: string }> }>;
    expect(reports).toHaveLength(15);
    expect(reports.flatMap((x) => x.messages.map((m) => `${x.file}: ${m.ruleId} ${m.message}`))).toEqual([]);
    expect(r.code).toBe(0);
  });
});
