/**
 * The tactful command.
 *
 *   tactful lint [options] <files, directories or globs…>
 *
 * Exit codes: 0 no errors (warnings allowed unless --max-warnings is exceeded), 1 at least one
 * error finding, 2 usage, config or file error (with a one-line reason on stderr).
 */
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { parseLanguageTag } from '../rules/core/language.ts';
import { parseStage } from '../rules/core/stage.ts';
import { runLint } from './lint.ts';
import { formatJson } from './formatters/json.ts';
import { formatStylish } from './formatters/stylish.ts';
import { runRewrite } from './rewrite.ts';

const HELP = `Usage: tactful lint [options] <files, directories or globs…>

Lints payment-reminder emails (English, Spanish, Vietnamese) for the six required elements
(invoice copy, amount, due date, call to action, contact details, already-paid note) and tone.

Options:
  --format <name>      stylish (default) or json
  --lang <code>        en, es or vi, optionally with a region (es-MX, vi-VN); default: front matter,
                       file name (overdue.es.md), then detection
  --stage <id>         before-due, due, overdue, collection or final-demand; default: front matter,
                       file name, then a guess from the wording
  --max-warnings <n>   exit 1 when there are more than n warnings
  --quiet              report errors only
  -h, --help           show this help
  -v, --version        show the version

Exit codes: 0 no errors, 1 errors found, 2 usage, configuration or file error.`;

class Usage extends Error {}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '-h' || command === '--help' || command === 'help') {
    process.stdout.write(`${HELP}\n`);
    return command ? 0 : 2;
  }
  if (command === '-v' || command === '--version') {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  if (command === 'rewrite') return runRewrite(rest);
  if (command !== 'lint') throw new Usage(`unknown command "${command}"; try: tactful lint --help`);
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'stylish' },
        lang: { type: 'string' },
        stage: { type: 'string' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new Usage((error as Error).message.split('\n')[0]!);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const format = values.format ?? 'stylish';
  if (!['stylish', 'json'].includes(format)) throw new Usage(`unknown --format "${format}"; use stylish or json`);
  if (values.lang !== undefined && !parseLanguageTag(values.lang)) {
    throw new Usage(`unknown --lang "${values.lang}"; use en, es or vi (optionally with a region, e.g. es-MX)`);
  }
  if (values.stage !== undefined && !parseStage(values.stage)) {
    throw new Usage(`unknown --stage "${values.stage}"; use before-due, due, overdue, collection or final-demand`);
  }
  let maxWarnings = -1;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new Usage('--max-warnings needs a whole number, 0 or more');
  }
  if (!positionals.length) throw new Usage('no files given; usage: tactful lint [options] <files, directories or globs…>');

  const interactive = process.stderr.isTTY === true;
  const run = await runLint({
    operands: positionals,
    language: values.lang,
    stage: values.stage,
    onProgress: interactive
      ? (done, total) => {
          if (total >= 50 && (done % 25 === 0 || done === total)) process.stderr.write(`\rtactful: ${done}/${total} files`);
          if (total >= 50 && done === total) process.stderr.write('\n');
        }
      : undefined,
  });
  const out =
    format === 'json'
      ? formatJson(run.results)
      : formatStylish(run.results, { color: process.stdout.isTTY === true, quiet: values.quiet });
  process.stdout.write(out);
  for (const p of run.problems) process.stderr.write(`tactful: ${p}\n`);
  for (const r of run.results) if (r.error) process.stderr.write(`tactful: ${r.file}: ${r.error}\n`);
  const messages = run.results.flatMap((r) => r.report?.messages ?? []);
  const errors = messages.filter((m) => m.severity === 'error').length;
  const warnings = messages.filter((m) => m.severity === 'warning').length;
  if (run.problems.length || run.results.some((r) => r.error)) return 2;
  if (errors) return 1;
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    process.stderr.write(`tactful: ${warnings} warnings exceed --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  return 0;
}

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    return pkg.version;
  } catch {
    return 'unknown';
  }
}

export async function cli(argv = process.argv.slice(2)): Promise<void> {
  try {
    process.exitCode = await main(argv);
  } catch (error) {
    if (error instanceof Usage) {
      process.stderr.write(`tactful: ${error.message}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`tactful: internal error: ${(error as Error).message}\n`);
    process.exitCode = 2;
  }
}

// Run when executed directly (the bundled dist/node/cli.js is imported by bin/tactful.js).
if (import.meta.url === `file://${process.argv[1]}`) await cli();
