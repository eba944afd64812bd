/**
 * `POST /api/rewrite` (DESIGN.md), plugged into createApp through `options.rewrite`:
 *
 * - 200 `{subject, body, report, changes, lineChanges, attempts}` — the rewrite passed every check
 * - 400 `{error, issues}` — no text, unknown language
 * - 422 `{error, reason: "fact-check", failures: [{code, message, field?}]}` — the answer changed
 *   or added a fact, or made the tone worse; the original stands
 * - 502 `{error, reason, failures}` — prose / broken JSON / no body, a refusal, the model server failed
 * - 503 `{error, reason: "not-configured"}` — no model configured (the message says how)
 * - 504 `{error, reason: "timeout"}` — the model did not answer in time
 *
 * `POST /api/rewrite?stream=1` answers `text/event-stream` instead: `progress` events
 * (`{"phase": "locked" | "requesting" | "receiving" | "waiting" | "checking" | "retrying", …}`),
 * then exactly one `result` event (the 200 body, sent only after the fact check) or one `error`
 * event (`{status, error, reason, failures}`), then the stream ends. Comment lines (`: ping`) every
 * 15 s keep idle proxies from closing the stream.
 */
import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import { loadLlmConfig, LlmConfigError, NOT_CONFIGURED_MESSAGE, type LlmConfig } from './config.ts';
import { rewriteEmail, RewriteError, type RewriteRequest, type RewriteResult } from './rewrite.ts';
import type { InvoiceRecord } from '../../rules/index.ts';

/** The validated body createApp hands over (server/schemas.ts RewriteRequest). */
export interface RewriteInput {
  text: string;
  subject?: string;
  language?: string;
  stage?: string | null;
  invoice?: Record<string, unknown>;
}

export interface RewriteHandlerOptions {
  env?: Record<string, string | undefined>;
  /** A ready configuration (tests); `null` = not configured. Default: from `env`. */
  config?: LlmConfig | null;
}

export type RewriteHandlerFn = ((input: RewriteInput, c: Context) => Promise<Response>) & { configured: boolean };

export function createRewriteHandler(options: RewriteHandlerOptions = {}): RewriteHandlerFn {
  let config: LlmConfig | null = null;
  let configProblem: string | null = null;
  if (options.config !== undefined) config = options.config;
  else {
    try {
      config = loadLlmConfig(options.env ?? process.env);
    } catch (error) {
      if (!(error instanceof LlmConfigError)) throw error;
      configProblem = `The AI rewrite is misconfigured: ${error.message}. See docs/llm.md.`;
    }
  }

  const handler = async (input: RewriteInput, c: Context): Promise<Response> => {
    if (!config) return c.json({ error: configProblem ?? NOT_CONFIGURED_MESSAGE, reason: 'not-configured', failures: [] }, 503);
    const request: RewriteRequest = {
      text: input.text,
      subject: input.subject,
      language: input.language,
      stage: input.stage ?? undefined,
      invoice: input.invoice as InvoiceRecord | undefined,
    };
    const stream = c.req.query('stream');
    if (stream !== undefined && stream !== '0' && stream !== 'false') return streamRewrite(c, request, config);
    try {
      return c.json(resultBody(await rewriteEmail(request, { config })), 200);
    } catch (error) {
      if (error instanceof RewriteError) return c.json(errorBody(error), error.status);
      throw error;
    }
  };
  return Object.assign(handler, { configured: config !== null });
}

function resultBody(r: RewriteResult) {
  return { subject: r.subject, body: r.body, report: r.report, changes: r.changes, lineChanges: r.lineChanges, attempts: r.attempts };
}

function errorBody(error: RewriteError) {
  const body: Record<string, unknown> = error.toJSON();
  if (error.status === 400) body.issues = [{ path: /language/.test(error.message) ? 'language' : /stage/.test(error.message) ? 'stage' : 'text', message: error.message }];
  return body;
}

function streamRewrite(c: Context, request: RewriteRequest, config: LlmConfig): Response {
  return streamSSE(c, async (stream) => {
    const controller = new AbortController();
    stream.onAbort(() => controller.abort());
    // A comment line now and then keeps proxies from closing a stream that waits on a slow model.
    const ping = setInterval(() => {
      if (!stream.aborted) void stream.write(': ping\n\n').catch(() => controller.abort());
    }, 15_000);
    // Events are written in order; a slow client never reorders them.
    let queue: Promise<void> = Promise.resolve();
    const send = (event: string, data: unknown) => {
      // A failed write means the client went away: stop the model call; the chain never rejects.
      queue = queue
        .then(() => (stream.aborted ? undefined : stream.writeSSE({ event, data: JSON.stringify(data) })))
        .catch(() => controller.abort());
      return queue;
    };
    try {
      try {
        const result = await rewriteEmail(request, {
          config,
          signal: controller.signal,
          onEvent: (e) => void send('progress', e),
        });
        await send('result', resultBody(result));
      } catch (error) {
        if (error instanceof RewriteError) await send('error', { status: error.status, ...errorBody(error) });
        else await send('error', { status: 500, error: 'internal error: the rewrite could not be completed', reason: 'internal', failures: [] });
      }
      await queue;
    } finally {
      clearInterval(ping);
    }
  });
}
