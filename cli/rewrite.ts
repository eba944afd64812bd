/**
 * `tactful rewrite FILE [--write] [--lang <code>] [--stage <id>]`: the polite LLM rewrite of one
 * plain-text or Markdown reminder, facts locked (server/llm/). Prints the rewritten file (front
 * matter kept, its subject updated) or, with --write, replaces the file atomically.
 *
 * Exit codes: 0 rewritten, 1 the rewrite was rejected or the model failed (the file is untouched),
 * 2 usage, file or configuration error — including no model configured.
 */
import { parseArgs } from 'node:util';
import { readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { fromFileName, parseLanguageTag, parseStage } from '../rules/index.ts';
import { formatFromPath, guessFormat, InputError, readFrontMatter, type FrontMatter } from '../rules/core/document.ts';
import { isUnsetStage } from '../rules/core/stage.ts';
import { loadLlmConfig, LlmConfigError, NOT_CONFIGURED_MESSAGE } from '../server/llm/config.ts';
import { rewriteEmail, RewriteError, type RewriteEvent } from '../server/llm/rewrite.ts';

export const REWRITE_HELP = `Usage: tactful rewrite FILE [--write] [--lang <code>] [--stage <id>]

Rewrites a payment reminder politely with an LLM, for the same stage and language, without changing
its facts (amounts, dates, invoice numbers, names, contact details, links, placeholders). The answer
is checked and linted again; if anything changed, the file is left alone and the reason is printed.

Options:
  --write          replace FILE with the rewrite (atomically; front matter kept)
  --lang <code>    en, es or vi (optionally with a region); default: front matter, file name, detection
  --stage <id>     before-due, due, overdue, collection or final-demand; default: front matter, file name, wording
  -h, --help       show this help

Needs a model: OPENAI_API_KEY and TACTFUL_MODEL (and OPENAI_BASE_URL for Ollama, vLLM…); see docs/llm.md.
Exit codes: 0 rewritten, 1 rewrite rejected or model error (file unchanged), 2 usage, file or configuration error.`;

export interface RewriteIo {
  env?: Record<string, string | undefined>;
  stdout?: (s: string) => void;
  stderr?: (s: string) => void;
}

const MAX_BYTES = 1024 * 1024;

export async function runRewrite(argv: string[], io: RewriteIo = {}): Promise<number> {
  const out = io.stdout ?? ((s: string) => void process.stdout.write(s));
  const err = io.stderr ?? ((s: string) => void process.stderr.write(s));
  const env = io.env ?? process.env;
  const fail = (code: number, message: string) => {
    err(`tactful: ${message}\n`);
    return code;
  };

  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        write: { type: 'boolean', default: false },
        lang: { type: 'string' },
        stage: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return fail(2, `${(error as Error).message.split('\n')[0]}; try: tactful rewrite --help`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    out(`${REWRITE_HELP}\n`);
    return 0;
  }
  if (positionals.length !== 1) return fail(2, 'give exactly one file; usage: tactful rewrite FILE [--write] [--lang <code>] [--stage <id>]');
  const file = positionals[0]!;
  if (values.lang !== undefined && !parseLanguageTag(values.lang)) {
    return fail(2, `unknown --lang "${values.lang}"; use en, es or vi (optionally with a region, e.g. es-MX)`);
  }
  if (values.stage !== undefined && !parseStage(values.stage)) {
    return fail(2, `unknown --stage "${values.stage}"; use before-due, due, overdue, collection or final-demand`);
  }

  let config;
  try {
    config = loadLlmConfig(env);
  } catch (error) {
    if (error instanceof LlmConfigError) return fail(2, `the rewrite model is misconfigured: ${error.message} (see docs/llm.md)`);
    throw error;
  }
  if (!config) return fail(2, NOT_CONFIGURED_MESSAGE);

  let source: string;
  try {
    const size = statSync(file).size;
    if (size > MAX_BYTES) return fail(2, `${file}: too large to rewrite (${Math.round(size / 1024)} KB; the limit is 1 MB)`);
    const bytes = readFileSync(file);
    source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (e.code === 'ENOENT') return fail(2, `${file}: no such file`);
    if (e.code === 'EISDIR') return fail(2, `${file}: is a directory; rewrite takes one file`);
    if (e instanceof TypeError) return fail(2, `${file}: not UTF-8 text`);
    return fail(2, `${file}: cannot read: ${e.message}`);
  }
  const format = formatFromPath(file) ?? guessFormat(source);
  if (format === 'html' || guessFormat(source) === 'html') return fail(2, `${file}: rewrite takes plain-text and Markdown emails, not HTML`);

  let fm: FrontMatter | null;
  try {
    fm = readFrontMatter(source);
  } catch (error) {
    if (error instanceof InputError) return fail(2, `${file}: ${error.message}`);
    throw error;
  }
  const head = fm ? source.slice(0, fm.range[1]) : '';
  const rest = source.slice(head.length);
  const lead = /^\s*/.exec(rest)![0];
  const trail = /\s*$/.exec(rest)![0];
  const body = rest.slice(lead.length, rest.length - trail.length);
  if (!body) return fail(2, `${file}: there is no text to rewrite`);
  const data = fm?.data ?? {};
  const subject = typeof data.subject === 'string' ? data.subject : '';
  const named = fromFileName(file);
  const fmLang = typeof data.lang === 'string' ? data.lang : typeof data.language === 'string' ? data.language : undefined;
  const fmStage = isUnsetStage(data.stage) ? undefined : String(data.stage);

  const interactive = process.stderr.isTTY === true && !io.stderr;
  const onEvent = interactive
    ? (e: RewriteEvent) => {
        if (e.phase === 'requesting') err(`\rtactful: asking the model (attempt ${e.attempt})…   `);
        if (e.phase === 'checking') err('\rtactful: checking the facts…            ');
      }
    : undefined;
  let result;
  try {
    result = await rewriteEmail(
      { text: body, subject, language: values.lang ?? fmLang ?? named.language, stage: values.stage ?? fmStage ?? named.stage, invoice: undefined },
      { config, onEvent },
    );
  } catch (error) {
    if (interactive) err('\n');
    if (!(error instanceof RewriteError)) throw error;
    const lines = error.failures.map((f) => `  - ${f.message}`).join('\n');
    const code = error.status === 400 || error.status === 503 ? 2 : 1;
    return fail(code, `${file}: ${error.message}${code === 1 ? ' The file is unchanged.' : ''}${lines ? `\n${lines}` : ''}`.replace(/ The original is unchanged\. The file is unchanged\./, ' The file is unchanged.'));
  }
  if (interactive) err('\n');

  const newHead = fm && result.subject !== subject ? replaceSubject(source, head, fm, result.subject) : head;
  const output = `${newHead}${lead}${result.body}${trail || (source.endsWith('\n') ? '\n' : '')}`;
  if (!values.write) {
    out(fm || !result.subject ? output : `Subject: ${result.subject}\n\n${output}`);
    if (!output.endsWith('\n')) out('\n');
    return 0;
  }
  const tmp = join(dirname(file), `.${basename(file)}.tactful-${process.pid}.tmp`);
  try {
    writeFileSync(tmp, output, { mode: statSync(file).mode });
    renameSync(tmp, file);
  } catch (error) {
    try {
      unlinkSync(tmp);
    } catch {
      // nothing to clean up
    }
    return fail(2, `${file}: cannot write: ${(error as Error).message}`);
  }
  const changed = result.changes.filter((p) => p.added || p.removed).length;
  err(`tactful: ${file}: rewritten (${changed} changes${result.attempts > 1 ? `, ${result.attempts} attempts` : ''}); facts checked\n`);
  return 0;
}

/** The front matter with its subject value replaced (quoted as YAML needs), everything else byte for byte. */
function replaceSubject(source: string, head: string, fm: FrontMatter, subject: string): string {
  if (!fm.subjectRange) return head;
  let [start, end] = fm.subjectRange;
  const q = source[start - 1];
  if ((q === '"' || q === "'") && source[end] === q) {
    start -= 1;
    end += 1;
  }
  const value = stringify(subject, { lineWidth: 0 }).trim();
  return head.slice(0, start) + value + head.slice(end);
}
