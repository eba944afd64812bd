/**
 * Rewrite model configuration from the environment (DESIGN.md "The LLM rewrite"):
 *
 * - `OPENAI_API_KEY`   key for OpenAI or any OpenAI-compatible server (local servers accept any value)
 * - `OPENAI_BASE_URL`  e.g. http://localhost:11434/v1 (Ollama), http://localhost:8000/v1 (vLLM)
 * - `TACTFUL_MODEL`    model name as the server knows it (gpt-4o-mini, llama3.1…); required
 * - `TACTFUL_LLM_TIMEOUT_MS`  time for one model call, streaming included (default 30000)
 * - `TACTFUL_LLM_RETRIES`     retries on 429 / 5xx / connection errors (default 2)
 * - `TACTFUL_LLM_RESPONSE_FORMAT`  json_schema (default: try it, fall back), json_object or none
 *
 * The rewrite is configured when a key or a base URL is set, and a model. The key is kept out of `toJSON`,
 * `inspect` and error messages: it is never logged and never sent to the browser.
 */
import { z } from 'zod';

export const RESPONSE_FORMATS = ['json_schema', 'json_object', 'none'] as const;
export type ResponseFormatMode = (typeof RESPONSE_FORMATS)[number];

export interface LlmConfig {
  baseURL?: string;
  model: string;
  timeoutMs: number;
  maxRetries: number;
  /** First retry delay; doubles per retry (with jitter), capped at 8 s. */
  retryBaseMs: number;
  /** The structured-output mode to start with; the client falls back when a server rejects it. */
  responseFormat: ResponseFormatMode;
  /** The API key. Read it only to build the client. */
  readonly apiKey: string;
}

export class LlmConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LlmConfigError';
  }
}

const intFrom = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

const envSchema = z.object({
  OPENAI_API_KEY: z.string().trim().min(1).optional(),
  OPENAI_BASE_URL: z
    .string()
    .trim()
    .url('must be a URL such as http://localhost:11434/v1')
    .refine((u) => /^https?:\/\//i.test(u), 'must start with http:// or https://')
    .optional(),
  TACTFUL_MODEL: z.string().trim().min(1).max(200).optional(),
  TACTFUL_LLM_TIMEOUT_MS: intFrom(100, 600_000).optional(),
  TACTFUL_LLM_RETRIES: intFrom(0, 10).optional(),
  TACTFUL_LLM_RETRY_BASE_MS: intFrom(0, 60_000).optional(),
  TACTFUL_LLM_RESPONSE_FORMAT: z.enum(RESPONSE_FORMATS).optional(),
});

export const NOT_CONFIGURED_MESSAGE =
  'The AI rewrite is not enabled: no model is configured. Set OPENAI_API_KEY and TACTFUL_MODEL for OpenAI, ' +
  'or OPENAI_BASE_URL, OPENAI_API_KEY and TACTFUL_MODEL for a local OpenAI-compatible server such as Ollama or vLLM ' +
  '(see docs/llm.md), then restart. The rule-based fixes work without it.';

type Env = Record<string, string | undefined>;

/** The configuration, or null when no model is configured. Throws LlmConfigError on invalid values (never echoing the key). */
export function loadLlmConfig(env: Env = process.env): LlmConfig | null {
  const blankToUndefined = (v: string | undefined) => (v === undefined || v.trim() === '' ? undefined : v);
  const raw = Object.fromEntries(Object.keys(envSchema.shape).map((k) => [k, blankToUndefined(env[k])]));
  const parsed = envSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new LlmConfigError(`invalid ${issue.path.join('.')}: ${issue.message}`);
  }
  const e = parsed.data;
  // Same rule as GET /api/health (server/app.ts llmConfigured): a key or a base URL, and a model.
  if ((!e.OPENAI_API_KEY && !e.OPENAI_BASE_URL) || !e.TACTFUL_MODEL) return null;
  return makeConfig({
    apiKey: e.OPENAI_API_KEY ?? 'not-needed',
    baseURL: e.OPENAI_BASE_URL?.replace(/\/+$/, ''),
    model: e.TACTFUL_MODEL,
    timeoutMs: e.TACTFUL_LLM_TIMEOUT_MS ?? 30_000,
    maxRetries: e.TACTFUL_LLM_RETRIES ?? 2,
    retryBaseMs: e.TACTFUL_LLM_RETRY_BASE_MS ?? 500,
    responseFormat: e.TACTFUL_LLM_RESPONSE_FORMAT ?? 'json_schema',
  });
}

/** Builds a config whose key does not show in JSON, `util.inspect` or spreads. */
export function makeConfig(input: Omit<LlmConfig, 'apiKey'> & { apiKey: string }): LlmConfig {
  const { apiKey, ...rest } = input;
  const config = { ...rest } as LlmConfig;
  Object.defineProperty(config, 'apiKey', { value: apiKey, enumerable: false, writable: false });
  Object.defineProperty(config, Symbol.for('nodejs.util.inspect.custom'), {
    value: () => ({ ...rest, apiKey: '[redacted]' }),
    enumerable: false,
  });
  return config;
}

/** What may be shown to a user or the browser about the configuration. */
export function describeConfig(config: LlmConfig | null): { llm: boolean; model?: string; server?: string } {
  if (!config) return { llm: false };
  let server = 'api.openai.com';
  if (config.baseURL) {
    try {
      server = new URL(config.baseURL).host;
    } catch {
      server = 'custom';
    }
  }
  return { llm: true, model: config.model, server };
}
