/**
 * The Hono app behind `npm start` (DESIGN.md "The HTTP API contract"). `createApp()` builds it
 * without a socket, so tests call `app.request()`; server/main.ts serves it on a port.
 *
 * The LLM rewrite plugs in through `options.rewrite`: a handler that receives the validated
 * `RewriteRequest` and returns a Response (200 `{subject, body, report, changes}`, 422, 503…).
 * Without one, `POST /api/rewrite` answers 503 saying how to configure a model.
 */
import { OpenAPIHono, createRoute, z, type Hook } from '@hono/zod-openapi';
import type { Context, Env, MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { allRules, lint, InputError, LanguageError, UsageError, type InvoiceRecord } from '../rules/index.ts';
import { draft, todayIso } from '../templates/draft.ts';
import {
  DraftRequestSchema,
  DraftResponseSchema,
  ErrorSchema,
  HealthSchema,
  LintRequestSchema,
  ReportSchema,
  RewriteRequestSchema,
  RewriteResponseSchema,
  RuleInfoSchema,
  type InvoiceInput,
  type RewriteRequest,
} from './schemas.ts';

export type RewriteHandler = (input: RewriteRequest, c: Context) => Response | Promise<Response>;

export interface LogEntry {
  time: string;
  level: 'info' | 'error';
  method: string;
  path: string;
  status: number;
  ms: number;
  error?: string;
}

export interface AppOptions {
  /** The LLM rewrite (server/llm/). Absent: POST /api/rewrite answers 503. */
  rewrite?: RewriteHandler;
  /** Whether a rewrite model is configured (GET /api/health `llm`); default: from `env`. */
  llm?: boolean;
  /** Environment read for the default of `llm` (default: process.env). */
  env?: Record<string, string | undefined>;
  /** Largest request body in bytes (default 256 KB); larger bodies get 413. */
  maxBodyBytes?: number;
  /** Request log sink (default: one JSON line per request on stdout); `false` turns logging off. */
  log?: ((entry: LogEntry) => void) | false;
  /** Today's date (yyyy-mm-dd) for drafts and date checks when the request does not give one. */
  today?: () => string;
  /** Extra routes (static files of the composer, more API), added after the API routes. */
  extend?: (app: OpenAPIHono) => void;
}

export const DEFAULT_MAX_BODY_BYTES = 256 * 1024;

export const NO_MODEL_MESSAGE =
  'no model configured; set OPENAI_API_KEY / OPENAI_BASE_URL and TACTFUL_MODEL to enable the rewrite (the rule-based fixes work without it)';

/** Whether the environment configures a rewrite model: a key or a base URL, and a model name. */
export function llmConfigured(env: Record<string, string | undefined>): boolean {
  return !!((env.OPENAI_API_KEY?.trim() || env.OPENAI_BASE_URL?.trim()) && env.TACTFUL_MODEL?.trim());
}

interface Issue {
  path: string;
  message: string;
}

function issuePath(path: ReadonlyArray<PropertyKey>): string {
  return path.map(String).join('.') || '(body)';
}

/** 400 for every zod failure: `{"error", "issues": [{"path": "invoice.amount", "message"}]}`. */
const validationHook: Hook<unknown, Env, string, unknown> = (result, c) => {
  if (result.success) return;
  const issues: Issue[] = result.error.issues.map((i) => ({ path: issuePath(i.path), message: i.message }));
  const fields = [...new Set(issues.map((i) => i.path))].join(', ');
  return c.json({ error: `invalid request body: ${fields}`, issues }, 400);
};

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { 'application/json': { schema } },
  description,
});

const errors = {
  400: json(ErrorSchema, 'Malformed JSON or a body that fails validation'),
  413: json(ErrorSchema, 'Body over the size limit'),
  415: json(ErrorSchema, 'Body is not JSON'),
  500: json(ErrorSchema, 'Unexpected error (never with a stack trace)'),
};

const jsonBody = <T extends z.ZodType>(schema: T) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});

const healthRoute = createRoute({
  method: 'get',
  path: '/api/health',
  summary: 'Liveness, and whether a rewrite model is configured',
  responses: { 200: json(HealthSchema, 'The server is up') },
});

const draftRoute = createRoute({
  method: 'post',
  path: '/api/draft',
  summary: 'Draft a reminder from a built-in template for a stage and a language',
  request: jsonBody(DraftRequestSchema),
  responses: { 200: json(DraftResponseSchema, 'The drafted subject and body'), ...errors },
});

const lintRoute = createRoute({
  method: 'post',
  path: '/api/lint',
  summary: 'Lint an email: the six elements, tone, facts against the invoice record',
  request: jsonBody(LintRequestSchema),
  responses: { 200: json(ReportSchema, 'One report (the CLI JSON shape, without file)'), ...errors },
});

const rulesRoute = createRoute({
  method: 'get',
  path: '/api/rules',
  summary: 'Every rule with its id, severity, languages and doc',
  responses: { 200: json(z.array(RuleInfoSchema), 'The rules') },
});

const rewriteRoute = createRoute({
  method: 'post',
  path: '/api/rewrite',
  summary: 'Rewrite an email politely with an LLM, facts locked',
  request: jsonBody(RewriteRequestSchema),
  responses: {
    200: json(RewriteResponseSchema, 'The rewritten email, its report and the changes'),
    422: json(ErrorSchema, "The model's answer failed the fact check; the original stands"),
    502: json(ErrorSchema, 'The model refused, failed or answered with something that is not the requested JSON'),
    503: json(ErrorSchema, 'No model configured'),
    504: json(ErrorSchema, 'The model did not answer in time'),
    ...errors,
  },
});

/** The invoice record as the engine takes it (zod output already has the right shape). */
function toInvoice(invoice: InvoiceInput | undefined): InvoiceRecord | undefined {
  if (!invoice) return undefined;
  const out: InvoiceRecord = {};
  for (const [k, v] of Object.entries(invoice)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

function requestLogger(sink: (entry: LogEntry) => void): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    // Method, path and status only: bodies and query strings may carry customer text.
    sink({
      time: new Date().toISOString(),
      level: c.res.status >= 500 ? 'error' : 'info',
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      ...(c.get('errorName' as never) ? { error: c.get('errorName' as never) as string } : {}),
    });
  };
}

const stdoutLog = (entry: LogEntry) => {
  process.stdout.write(`${JSON.stringify(entry)}\n`);
};

export function createApp(options: AppOptions = {}): OpenAPIHono {
  const env = options.env ?? (typeof process !== 'undefined' ? process.env : {});
  const llm = options.llm ?? llmConfigured(env);
  const today = options.today ?? todayIso;
  const maxBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const app = new OpenAPIHono({ defaultHook: validationHook });

  if (options.log !== false) app.use('*', requestLogger(options.log ?? stdoutLog));
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use('/api/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: maxBytes,
      onError: (c) => c.json({ error: `request body too large: the limit is ${Math.round(maxBytes / 1024)} KB` }, 413),
    }),
  );

  // Bodies sent without a JSON content type (curl -d, fetch with a string body) are read as JSON
  // anyway, so a malformed one gets the same 400 as any other; form uploads still get 415.
  app.use('/api/*', async (c, next) => {
    const type = c.req.header('content-type');
    if (c.req.method === 'POST' && (!type || /^text\/plain\b/i.test(type))) {
      const headers = new Headers(c.req.raw.headers);
      headers.set('content-type', 'application/json');
      c.req.raw = new Request(c.req.raw, { headers });
    }
    await next();
  });

  app.openapi(healthRoute, (c) => c.json({ ok: true, llm }, 200));

  app.openapi(draftRoute, (c) => {
    const body = c.req.valid('json');
    const result = draft({
      stage: body.stage,
      language: body.language,
      invoice: toInvoice(body.invoice)!,
      sender: body.sender,
      today: body.today ?? today(),
    });
    return c.json(result, 200);
  });

  app.openapi(lintRoute, (c) => {
    const body = c.req.valid('json');
    const report = lint(body.text, {
      language: body.language,
      stage: body.stage ?? undefined,
      subject: body.subject,
      invoice: toInvoice(body.invoice),
      format: body.format,
      today: body.today ?? today(),
      evidence: body.evidence,
    });
    return c.json(report, 200);
  });

  const rules = allRules.map((r) => ({
    id: r.meta.id,
    family: r.meta.id.split('/')[0]!,
    severity: r.meta.severity,
    languages: [...r.meta.languages],
    description: r.meta.description,
    doc: r.meta.docs,
    examples: r.meta.examples as Record<string, { good: string; bad: string }>,
    fixable: !!r.meta.fixable,
    needsInvoice: !!r.meta.needsInvoice,
    scope: r.meta.scope ?? 'email',
  }));
  app.openapi(rulesRoute, (c) => c.json(rules, 200));

  app.openapi(rewriteRoute, async (c) => {
    const body = c.req.valid('json');
    if (!options.rewrite) return c.json({ error: NO_MODEL_MESSAGE }, 503);
    return (await options.rewrite(body, c)) as never;
  });

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'tactful',
      version: '0.1.0',
      description: 'Draft, lint and politely rewrite payment-reminder emails in English, Spanish and Vietnamese.',
    },
  });

  options.extend?.(app);

  app.notFound((c) =>
    c.req.path.startsWith('/api/') ? c.json({ error: `no such endpoint: ${c.req.method} ${c.req.path}` }, 404) : c.text('Not found', 404),
  );

  app.onError((error, c) => {
    if (error instanceof HTTPException) {
      // Malformed JSON and the like: Hono's validator throws 400 with a one-line reason.
      const status = error.status;
      const message =
        status === 400 && /json/i.test(error.message)
          ? 'malformed JSON in request body'
          : status === 415
            ? 'request body must be JSON (Content-Type: application/json)'
            : error.message || 'bad request';
      return c.json({ error: message }, status);
    }
    if (error instanceof LanguageError) {
      const message = 'could not tell the language of the text: give "language" (en, es or vi, optionally with a region such as es-MX)';
      return c.json({ error: message, issues: [{ path: 'language', message }] }, 400);
    }
    if (error instanceof UsageError || error instanceof InputError) {
      const path = error instanceof InputError ? 'text' : /\bstage\b/.test(error.message) ? 'stage' : 'language';
      return c.json({ error: error.message, issues: [{ path, message: error.message }] }, 400);
    }
    c.set('errorName' as never, (error instanceof Error ? error.name : 'Error') as never);
    if (options.log !== false) {
      const sink = options.log ?? stdoutLog;
      sink({
        time: new Date().toISOString(),
        level: 'error',
        method: c.req.method,
        path: c.req.path,
        status: 500,
        ms: 0,
        error: error instanceof Error ? `${error.name}: ${error.message.slice(0, 200)}` : 'unknown error',
      });
    }
    return c.json({ error: 'internal error: the request could not be completed' }, 500);
  });

  return app;
}
