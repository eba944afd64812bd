/**
 * The polite rewrite (DESIGN.md "The LLM rewrite"): lock the facts → prompt → validate the JSON
 * answer with zod → verify the tokens and the text around them → restore → lint again with the
 * same stage and language → accept only when no fact changed, the tone is no worse and there is
 * no new error finding. Otherwise one retry with the failures as feedback, then a RewriteError
 * with the reason. The caller's text is never modified; only the tokenised subject and body reach
 * the model (the invoice record is used locally, for the lock and the lint).
 */
import { z } from 'zod';
import { diffLines, diffWordsWithSpace } from 'diff';
import {
  detectLanguage,
  lint,
  parseLanguageTag,
  parseStage,
  LanguageError,
  type InvoiceRecord,
  type Report,
  type Stage,
  type ToneLabel,
} from '../../rules/index.ts';
import { LlmClient, LlmError, type LlmErrorKind } from './client.ts';
import { NOT_CONFIGURED_MESSAGE, type LlmConfig } from './config.ts';
import { lockFacts, verifyAndRestore, type Failure, type Field, type Locked } from './lock.ts';
import { buildMessages, REWRITE_SCHEMA } from './prompts.ts';

export interface RewriteRequest {
  text: string;
  subject?: string;
  language?: string;
  stage?: string;
  invoice?: InvoiceRecord;
}

export interface DiffPart {
  value: string;
  added?: boolean;
  removed?: boolean;
}

/** One piece of a word diff, tagged with the field it belongs to. */
export interface FieldDiffPart extends DiffPart {
  field: Field;
}

export interface RewriteResult {
  subject: string;
  body: string;
  report: Report;
  /** Word diff (white space kept) of the subject, then of the body. */
  changes: FieldDiffPart[];
  /** Line diff of the body, for a side-by-side view. */
  lineChanges: DiffPart[];
  /** Model calls it took (1 or 2). */
  attempts: number;
}

export type RewriteEvent =
  | { phase: 'locked'; facts: number; language: string; stage: Stage | null }
  | { phase: 'requesting'; attempt: number }
  | { phase: 'receiving'; attempt: number; chars: number }
  | { phase: 'waiting'; attempt: number; reason: string }
  | { phase: 'checking'; attempt: number }
  | { phase: 'retrying'; attempt: number; reasons: string[] };

export type RewriteErrorReason =
  | 'not-configured'
  | 'bad-request'
  | 'fact-check'
  | 'invalid-answer'
  | LlmErrorKind;

/** A rewrite that did not happen; `status` is the HTTP answer (the original is kept in every case). */
export class RewriteError extends Error {
  constructor(
    readonly status: 400 | 422 | 502 | 503 | 504,
    readonly reason: RewriteErrorReason,
    message: string,
    readonly failures: Array<Pick<Failure, 'code' | 'message'> & { field?: Field }> = [],
  ) {
    super(message);
    this.name = 'RewriteError';
  }

  toJSON() {
    return { error: this.message, reason: this.reason, failures: this.failures };
  }
}

export interface RewriteOptions {
  config: LlmConfig | null;
  /** Reuse a client (keeps the structured-output mode the server accepted). */
  client?: LlmClient;
  onEvent?: (event: RewriteEvent) => void;
  signal?: AbortSignal;
}

const clients = new WeakMap<LlmConfig, LlmClient>();
function clientFor(config: LlmConfig): LlmClient {
  let c = clients.get(config);
  if (!c) {
    c = new LlmClient(config);
    clients.set(config, c);
  }
  return c;
}

const MAX_ATTEMPTS = 2;
/** An email, not a document: longer texts are refused before anything reaches the model. */
const MAX_CHARS = 30_000;

export async function rewriteEmail(request: RewriteRequest, options: RewriteOptions): Promise<RewriteResult> {
  if (!options.config) throw new RewriteError(503, 'not-configured', NOT_CONFIGURED_MESSAGE);
  const client = options.client ?? clientFor(options.config);
  const body = (request.text ?? '').replace(/\r\n?/g, '\n');
  const subject = (request.subject ?? '').replace(/[\r\n]+/g, ' ').trim();
  if (!body.trim()) throw new RewriteError(400, 'bad-request', 'there is no text to rewrite');
  if (body.length + subject.length > MAX_CHARS) {
    throw new RewriteError(400, 'bad-request', `the email is too long to rewrite (${body.length + subject.length} characters; the limit is ${MAX_CHARS})`);
  }

  let tag = request.language ? parseLanguageTag(request.language) : null;
  if (request.language && !tag) {
    throw new RewriteError(400, 'bad-request', `unknown language "${request.language}": use en, es or vi (optionally with a region, e.g. es-MX)`);
  }
  if (!tag) {
    try {
      const lang = detectLanguage(`${subject}\n${body}`);
      tag = { lang, tag: lang };
    } catch (error) {
      if (error instanceof LanguageError) throw new RewriteError(400, 'bad-request', `${error.message.replace(/; pass --lang.*/, '')}; give the language (en, es or vi)`);
      throw error;
    }
  }
  let stage: Stage | null = null;
  if (request.stage) {
    stage = parseStage(request.stage);
    if (!stage) throw new RewriteError(400, 'bad-request', `unknown stage "${request.stage}": use before-due, due, overdue, collection or final-demand`);
  }

  const lintOptions = (s: string) => ({
    language: tag.tag,
    stage: stage ?? undefined,
    subject: s || undefined,
    invoice: request.invoice,
    format: 'text' as const,
  });
  const before = lint(body, lintOptions(subject));
  stage = before.stage;

  const locked = lockFacts({ subject, body, language: tag.lang, region: tag.region, invoice: request.invoice });
  options.onEvent?.({ phase: 'locked', facts: locked.facts.length, language: tag.tag, stage });

  let previous: { answer: string; failures: string[] } | undefined;
  let last: RewriteError | null = null;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    options.onEvent?.({ phase: 'requesting', attempt });
    let content: string;
    try {
      const result = await client.complete({
        messages: buildMessages({ lang: tag.lang, stage, email: locked.locked, previous }),
        schema: REWRITE_SCHEMA,
        signal: options.signal,
        onProgress: options.onEvent ? throttle((chars) => options.onEvent!({ phase: 'receiving', attempt, chars })) : undefined,
        onRetry: (n, reason) => options.onEvent?.({ phase: 'waiting', attempt, reason: `${reason}; retrying (${n})` }),
      });
      content = result.content;
    } catch (error) {
      if (error instanceof LlmError) {
        if (error.kind !== 'garbage' || attempt === MAX_ATTEMPTS) throw fromLlmError(error);
        last = fromLlmError(error);
        previous = { answer: '(no usable answer)', failures: [`${error.message}; answer with the JSON object only`] };
        options.onEvent?.({ phase: 'retrying', attempt: attempt + 1, reasons: [error.message] });
        continue;
      }
      throw error;
    }
    options.onEvent?.({ phase: 'checking', attempt });
    const failures = check(content, locked, before, lintOptions, request);
    if (failures.ok) {
      return {
        subject: failures.subject,
        body: failures.body,
        report: failures.report,
        ...diffChanges({ subject, body }, { subject: failures.subject, body: failures.body }),
        attempts: attempt,
      };
    }
    last = failures.error;
    previous = { answer: content.slice(0, 8000), failures: failures.feedback };
    if (attempt < MAX_ATTEMPTS) {
      options.onEvent?.({ phase: 'retrying', attempt: attempt + 1, reasons: failures.error.failures.map((f) => f.message) });
    }
  }
  throw last!;
}

/** At most one progress report per 50 characters received. */
function throttle(report: (chars: number) => void): (chars: number) => void {
  let last = -1;
  return (chars) => {
    const step = Math.floor(chars / 50);
    if (step === last) return;
    last = step;
    report(chars);
  };
}

type Checked =
  | { ok: true; subject: string; body: string; report: Report }
  | { ok: false; error: RewriteError; feedback: string[] };

function check(
  content: string,
  locked: Locked,
  before: Report,
  lintOptions: (subject: string) => Parameters<typeof lint>[1],
  request: RewriteRequest,
): Checked {
  void request;
  const parsed = parseAnswer(content, locked.original.subject !== '');
  if (!parsed.ok) {
    return {
      ok: false,
      error: new RewriteError(502, 'invalid-answer', `The model's answer was not usable: ${parsed.problem}. The original is unchanged.`, [
        { code: 'missing-field', message: parsed.problem },
      ]),
      feedback: [`${parsed.problem}. Answer with only {"subject": "…", "body": "…"}.`],
    };
  }
  // No subject in, no subject out: a subject the model invents would carry unchecked claims.
  const answer = { subject: locked.original.subject ? parsed.subject : '', body: parsed.body };
  const verified = verifyAndRestore(locked, answer);
  const failures: Failure[] = [...verified.failures];
  let report: Report | null = null;
  if (verified.ok) {
    report = lint(verified.restored.body, lintOptions(verified.restored.subject));
    failures.push(...compareReports(before, report));
  }
  if (failures.length || !report) {
    const reason = (failures[0]?.message ?? 'the rewrite failed the fact check').replace(/[.\s]+$/, '');
    return {
      ok: false,
      error: new RewriteError(
        422,
        'fact-check',
        `The rewrite was rejected and the original kept: ${reason}${failures.length > 1 ? ` (and ${failures.length - 1} more)` : ''}.`,
        failures.map((f) => ({ code: f.code, message: f.message, ...(f.field ? { field: f.field } : {}) })),
      ),
      feedback: failures.map((f) => f.feedback),
    };
  }
  return { ok: true, subject: verified.restored.subject, body: verified.restored.body, report };
}

const answerSchema = z.object({
  subject: z.string().nullable().optional(),
  body: z.string({ error: 'the answer has no "body" text' }).refine((b) => b.trim().length > 0, 'the answer\'s "body" is empty'),
});

/** Reads the model's JSON answer: bare, in ```json fences, or inside a little prose; extra keys are ignored. */
export function parseAnswer(
  content: string,
  needSubject: boolean,
): { ok: true; subject: string; body: string } | { ok: false; problem: string } {
  const text = content.replace(/^\uFEFF/, '').trim();
  const candidates: string[] = [text];
  const fence = /```(?:json|JSON)?[ \t]*\n?([\s\S]*?)```/.exec(text);
  if (fence) candidates.push(fence[1]!.trim());
  const first = text.indexOf('{');
  const lastBrace = text.lastIndexOf('}');
  if (first >= 0 && lastBrace > first) candidates.push(text.slice(first, lastBrace + 1));
  let value: unknown;
  let parsed = false;
  for (const c of candidates) {
    try {
      value = JSON.parse(c);
      if (typeof value === 'string' && value.trim().startsWith('{')) value = JSON.parse(value);
      parsed = true;
      break;
    } catch {
      // try the next reading
    }
  }
  if (!parsed) return { ok: false, problem: 'the answer is not a JSON object (prose or broken JSON)' };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, problem: 'the answer is JSON but not an object with "subject" and "body"' };
  }
  let obj = value as Record<string, unknown>;
  // {"email": {"subject": …, "body": …}}: one wrapping object is tolerated.
  if (!('body' in obj)) {
    const inner = Object.values(obj).filter((v) => typeof v === 'object' && v !== null && !Array.isArray(v) && 'body' in v);
    if (inner.length === 1) obj = inner[0] as Record<string, unknown>;
  }
  const result = answerSchema.safeParse(obj);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const field = issue.path.join('.') || 'answer';
    const problem = issue.code === 'custom' || /no "body"/.test(issue.message) ? issue.message : `"${field}" is not text`;
    return { ok: false, problem };
  }
  if (needSubject && (result.data.subject === undefined || result.data.subject === null)) return { ok: false, problem: 'the answer has no "subject"' };
  return {
    ok: true,
    subject: (result.data.subject ?? '').replace(/[\r\n]+/g, ' ').trim(),
    body: unescapeNewlines(result.data.body).replace(/\r\n?/g, '\n').replace(/^\n+|\s+$/g, ''),
  };
}

/** Some models double-escape: a body with no line break but literal "\\n" sequences gets them back. */
function unescapeNewlines(body: string): string {
  return !body.includes('\n') && /\\n/.test(body) ? body.replace(/\\r?\\n/g, '\n') : body;
}

const TONE_RANK: Record<ToneLabel, number> = { polite: 0, firm: 1, aggressive: 2 };
/** Score noise allowed between two equally toned texts. */
const SCORE_SLACK = 0.05;

export function compareReports(before: Report, after: Report): Failure[] {
  const out: Failure[] = [];
  if (TONE_RANK[after.tone.label] > TONE_RANK[before.tone.label] || after.tone.score < before.tone.score - SCORE_SLACK) {
    const toneFindings = after.messages.filter((m) => m.ruleId.startsWith('tone/')).map((m) => m.message);
    out.push({
      code: 'tone-worse',
      message: `the rewrite's tone is worse (${before.tone.label} ${before.tone.score} → ${after.tone.label} ${after.tone.score})${toneFindings[0] ? `: ${toneFindings[0]}` : ''}`,
      feedback: `The tone got worse${toneFindings.length ? `: ${toneFindings.join('; ')}` : ''}. Make it courteous for the stage.`,
    });
  }
  const errors = (r: Report) => {
    const m = new Map<string, number>();
    for (const msg of r.messages) if (msg.severity === 'error') m.set(msg.ruleId, (m.get(msg.ruleId) ?? 0) + 1);
    return m;
  };
  const was = errors(before);
  const now = errors(after);
  for (const [ruleId, n] of now) {
    if (n <= (was.get(ruleId) ?? 0)) continue;
    const msg = after.messages.find((m) => m.ruleId === ruleId && m.severity === 'error')!;
    out.push({
      code: 'new-error',
      message: `the rewrite introduces a problem the original did not have (${ruleId}): ${msg.message}`,
      feedback: `The rewrite introduced this problem (${ruleId}): ${msg.message}. Keep everything the original email had.`,
    });
  }
  return out;
}

export function diffChanges(before: Record<Field, string>, after: Record<Field, string>): { changes: FieldDiffPart[]; lineChanges: DiffPart[] } {
  const clean = (parts: Array<{ value: string; added?: boolean; removed?: boolean }>): DiffPart[] =>
    parts.map((p) => ({ value: p.value, ...(p.added ? { added: true } : {}), ...(p.removed ? { removed: true } : {}) }));
  const words = (field: Field) => clean(diffWordsWithSpace(before[field], after[field])).map((p) => ({ field, ...p }));
  return {
    changes: [...words('subject'), ...words('body')],
    lineChanges: clean(diffLines(before.body, after.body)),
  };
}

function fromLlmError(error: LlmError): RewriteError {
  const kept = 'The original is unchanged.';
  switch (error.kind) {
    case 'timeout':
      return new RewriteError(504, 'timeout', `${error.message[0]!.toUpperCase()}${error.message.slice(1)}. ${kept}`);
    case 'garbage':
      return new RewriteError(502, 'invalid-answer', `The model's answer was not usable: ${error.message}. ${kept}`);
    case 'refusal':
      return new RewriteError(502, 'refusal', `The model declined to rewrite the email: ${error.message}. ${kept}`);
    default:
      return new RewriteError(502, error.kind, `The model server could not rewrite the email: ${error.message}. ${kept}`);
  }
}
