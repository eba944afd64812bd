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
import { resolve } from 'node:path';
import { parseLanguageTag } from '../rules/core/language.ts';
import { parseStage } from '../rules/core/stage.ts';
import { runLint } from './lint.ts';
import { ConfigError, ConfigResolver, loadConfigFile, optionsFromConfig, type LoadedConfig } from './config.ts';
import { displayPath, FileError, writeAtomic } from './files.ts';
import type { FileResult } from './types.ts';
import { runReview, splitOperands } from './review.ts';
import type { LibraryResult } from '../rules/library/index.ts';

const FORMATS = ['stylish', 'json', 'sarif', 'github', 'html'] as const;
type FormatName = (typeof FORMATS)[number];

const HELP = `Usage: tactful lint [options] <files, directories or globs…>
       tactful rewrite [--write] [--lang <code>] [--stage <id>] <file>   (LLM rewrite, facts locked; docs/llm.md)

Lints payment-reminder emails (English, Spanish, Vietnamese) for the six required elements
(invoice copy, amount, due date, call to action, contact details, already-paid note) and tone.
Templates: .md .markdown .txt .html .htm .hbs .handlebars .mustache .liquid .j2 .jinja .jinja2 .twig

Options:
  --format <name>        stylish (default), json, sarif (SARIF 2.1.0), github (Actions annotations)
                         or html (a self-contained review page: templates × languages)
  --output <file>        write the report to a file (atomically) instead of stdout
  --lang <code>          en, es or vi, optionally with a region (es-MX, vi-VN); default: front matter,
                         config overrides, file name (overdue.es.md), then detection
  --stage <id>           before-due, due, overdue, collection or final-demand; default: front matter,
                         config overrides, file name, then a guess from the wording
  --config <file>        use this configuration file for every file
  --no-config            ignore configuration files
  --print-config <file>  print the configuration that applies to a file, as JSON
  --source-lang <code>   language the variants are translated from (default en)
  --languages <list>     languages every template should have, e.g. en,es,vi (default: those seen)
  --spelling             check spelling too (quality/spelling: loads the Hunspell dictionaries, ~2 s
                         for Spanish; also on when the configuration sets quality/spelling)
  --fix                  apply the unambiguous suggestions in place, then report what remains
  --fix-dry-run          print the fixes as a unified diff; change nothing
  --max-warnings <n>     exit 1 when there are more than n warnings
  --quiet                report errors only
  -h, --help             show this help
  -v, --version          show the version

Library review: given several templates or catalogs (JSON: locales/es.json, es/messages.json;
gettext: .po/.pot), variants of one template (overdue.en.md / overdue.es.md, en/overdue.md /
es/overdue.md, the same catalog key, msgid/msgstr) are compared (parity/*), and stages of one
template family (acme/due.en.md, acme/overdue.en.md) are checked as a sequence (sequence/*).

Configuration: tactful.config.json, .tactfulrc.json or a "tactful" key in package.json, the
nearest one above each file. Inline: <!-- tactful-disable-next-line tone/shouting --> (and the
comment syntax of each template language).

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
  // The LLM client (openai) is loaded only for `tactful rewrite`.
  if (command === 'rewrite') return (await import('./rewrite.ts')).runRewrite(rest);
  if (command !== 'lint') throw new Usage(`unknown command "${command}"; try: tactful lint --help`);
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'stylish' },
        output: { type: 'string', short: 'o' },
        lang: { type: 'string' },
        stage: { type: 'string' },
        config: { type: 'string', short: 'c' },
        'no-config': { type: 'boolean', default: false },
        'print-config': { type: 'string' },
        fix: { type: 'boolean', default: false },
        'fix-dry-run': { type: 'boolean', default: false },
        'max-warnings': { type: 'string' },
        'source-lang': { type: 'string' },
        languages: { type: 'string' },
        spelling: { type: 'boolean', default: false },
        quiet: { type: 'boolean', short: 'q', default: false },
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
  const format = (values.format ?? 'stylish') as FormatName;
  if (!FORMATS.includes(format)) throw new Usage(`unknown --format "${format}"; use stylish, json, sarif, github or html`);
  if (values['source-lang'] !== undefined && !parseLanguageTag(values['source-lang'])) {
    throw new Usage(`unknown --source-lang "${values['source-lang']}"; use en, es or vi`);
  }
  const languages = values.languages?.split(',').map((l) => l.trim()).filter(Boolean);
  for (const l of languages ?? []) if (!parseLanguageTag(l)) throw new Usage(`unknown language "${l}" in --languages; use en, es or vi`);
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
  if (values.config !== undefined && values['no-config']) throw new Usage('--config and --no-config cannot be used together');
  if (values.fix && values['fix-dry-run']) throw new Usage('--fix and --fix-dry-run cannot be used together');
  const cwd = process.cwd();
  let fixed: LoadedConfig | false | undefined;
  if (values['no-config']) fixed = false;
  else if (values.config !== undefined) fixed = loadConfigFile(resolve(cwd, values.config), values.config) ?? undefined;
  if (values.config !== undefined && fixed === undefined) throw new ConfigError(`${values.config}: has no "tactful" key`);
  const resolver = new ConfigResolver(cwd, fixed);

  if (values['print-config'] !== undefined) {
    const target = resolve(cwd, values['print-config']);
    const loaded = resolver.forFile(target);
    const { ignored, ...options } = optionsFromConfig(loaded, target);
    const out = {
      file: displayPath(target, cwd),
      configFile: loaded ? displayPath(loaded.file, cwd) : null,
      ignored,
      language: values.lang ?? options.configLanguage ?? null,
      stage: values.stage ?? options.configStage ?? null,
      rules: options.rules ?? {},
      contactChannels: options.settings?.contactChannels ?? 3,
      placeholders: options.settings?.extraPlaceholders ?? {},
      phrases: options.settings?.extraPhrases ?? {},
    };
    await emit(`${JSON.stringify(out, null, 2)}\n`, values.output);
    return 0;
  }
  if (!positionals.length) throw new Usage('no files given; usage: tactful lint [options] <files, directories or globs…>');

  const started = Date.now();
  let progressShown = false;
  const interactive = process.stderr.isTTY === true;
  const split = await splitOperands(positionals, cwd);
  const run = await runLint({
    operands: split.templates,
    language: values.lang,
    stage: values.stage,
    cwd,
    config: resolver,
    configFile: fixed === false ? false : fixed ? fixed.file : undefined,
    fix: values.fix ? 'write' : values['fix-dry-run'] ? 'dry-run' : undefined,
    keepEntries: true,
    spelling: values.spelling,
    onProgress: interactive
      ? (done, total) => {
          // Only for long runs: after a second, at most every 50 files.
          if (Date.now() - started < 1000 || (done % 50 !== 0 && done !== total)) return;
          process.stderr.write(`\rtactful: ${done}/${total} files`);
          progressShown = true;
          if (done === total) process.stderr.write('\n');
        }
      : undefined,
  });
  if (progressShown && run.results.length && !process.stderr.writableEnded) process.stderr.write('\r\x1b[K');
  // Library review: catalogs, variant parity, sequences, spelling (dictionaries loaded once here).
  const configFor = (path: string) => {
    const { ignored: _ignored, ...options } = optionsFromConfig(resolver.forFile(path), path);
    return options;
  };
  const review = await runReview({
    results: run.results,
    catalogs: split.catalogs,
    cwd,
    language: values.lang,
    stage: values.stage,
    sourceLanguage: values['source-lang'],
    languages,
    rules: run.results[0] ? configFor(run.results[0].path).rules : undefined,
    spelling: values.spelling,
    optionsFor: configFor,
  });
  run.results = review.results;
  run.problems.push(...review.problems);

  const messages = run.results.flatMap((r) => r.report?.messages ?? []);
  const errors = messages.filter((m) => m.severity === 'error').length;
  const warnings = messages.filter((m) => m.severity === 'warning').length;
  const shown = values.quiet ? onlyErrors(run.results) : run.results;

  if (values['fix-dry-run']) {
    const diffs = shown.map((r) => r.diff ?? '').join('');
    await emit(diffs, undefined);
    if (values.output) await emit(await formatReport(format, shown, values.quiet, cwd, review.library), values.output);
  } else {
    await emit(await formatReport(format, shown, values.quiet, cwd, review.library), values.output);
  }
  if (values.fix) {
    const fixedFiles = run.results.filter((r) => r.fixes);
    if (fixedFiles.length) {
      const n = fixedFiles.reduce((s, r) => s + r.fixes!, 0);
      process.stderr.write(`tactful: applied ${n} fix${n === 1 ? '' : 'es'} in ${fixedFiles.length} file${fixedFiles.length === 1 ? '' : 's'}\n`);
    }
  }
  for (const p of run.problems) process.stderr.write(`tactful: ${p}\n`);
  for (const r of run.results) if (r.error) process.stderr.write(`tactful: ${r.file}: ${r.error}\n`);
  if (run.problems.length || run.results.some((r) => r.error)) return 2;
  if (!run.results.length && run.ignored) process.stderr.write(`tactful: all ${run.ignored} files are ignored by the configuration\n`);
  if (errors) return 1;
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    process.stderr.write(`tactful: ${warnings} warnings exceed --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  return 0;
}

function onlyErrors(results: FileResult[]): FileResult[] {
  return results.map((r) => (r.report ? { ...r, report: { ...r.report, messages: r.report.messages.filter((m) => m.severity === 'error') } } : r));
}

/** Each formatter is loaded only when it is used. */
async function formatReport(format: FormatName, results: FileResult[], quiet: boolean, cwd: string, library: LibraryResult | null): Promise<string> {
  switch (format) {
    case 'html':
      return (await import('./formatters/html.ts')).formatHtml(results, library);
    case 'json':
      return (await import('./formatters/json.ts')).formatJson(results);
    case 'sarif':
      return (await import('./formatters/sarif.ts')).formatSarif(results, { version: version(), cwd });
    case 'github':
      return (await import('./formatters/github.ts')).formatGithub(results);
    default:
      return (await import('./formatters/stylish.ts')).formatStylish(results, { color: process.stdout.isTTY === true && !process.env.NO_COLOR, quiet });
  }
}

async function emit(text: string, output: string | undefined): Promise<void> {
  if (output === undefined) {
    process.stdout.write(text);
    return;
  }
  await writeAtomic(resolve(output), text);
}

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    return pkg.version;
  } catch {
    return '0.0.0';
  }
}

export async function cli(argv = process.argv.slice(2)): Promise<void> {
  try {
    process.exitCode = await main(argv);
  } catch (error) {
    if (error instanceof Usage || error instanceof ConfigError) {
      process.stderr.write(`tactful: ${error.message}\n`);
      process.exitCode = 2;
      return;
    }
    if (error instanceof FileError) {
      process.stderr.write(`tactful: ${displayPath(error.file)}: ${error.message}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`tactful: internal error: ${(error as Error).message}\n`);
    process.exitCode = 2;
  }
}

// Run when executed directly (the bundled dist/node/cli.js is imported by bin/tactful.js).
if (import.meta.url === `file://${process.argv[1]}`) await cli();
