/**
 * The chat-completions client for the rewrite: the openai SDK against OpenAI or any compatible
 * server. One call = one JSON answer as text. It asks for structured output (`json_schema`),
 * falls back to `json_object` and then to plain JSON instructions when a server rejects the
 * format, gives each call a hard time limit (streaming included), retries 429 / 5xx / connection
 * errors with exponential backoff, and turns everything else into a typed LlmError.
 */
import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import type { ChatCompletionCreateParamsBase } from 'openai/resources/chat/completions';
import { RESPONSE_FORMATS, type LlmConfig, type ResponseFormatMode } from './config.ts';

export type LlmErrorKind =
  | 'timeout' // no complete answer in time
  | 'rate-limited' // 429 after every retry
  | 'upstream' // 5xx / connection failure after every retry, or another HTTP error
  | 'auth' // 401 / 403: the key was refused
  | 'refusal' // the model declined, or a content filter stopped it
  | 'garbage'; // the answer is not the JSON object asked for (or was cut off)

export class LlmError extends Error {
  constructor(
    readonly kind: LlmErrorKind,
    message: string,
    /** Upstream HTTP status, when there was one. */
    readonly upstreamStatus?: number,
  ) {
    super(message);
    this.name = 'LlmError';
  }
}

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface JsonSchemaSpec {
  name: string;
  schema: Record<string, unknown>;
}

export interface CompleteOptions {
  messages: ChatMessage[];
  schema: JsonSchemaSpec;
  /** Stream the answer and report progress (characters received so far). */
  onProgress?: (received: number) => void;
  /** Called before each retry, with the attempt number (2, 3, …) and why. */
  onRetry?: (attempt: number, reason: string) => void;
  signal?: AbortSignal;
}

export interface CompleteResult {
  content: string;
  /** The structured-output mode the server accepted. */
  mode: ResponseFormatMode;
}

export interface LlmClientOptions {
  fetch?: typeof fetch;
  /** Injected sleep (tests). */
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class LlmClient {
  private readonly sdk: OpenAI;
  private mode: ResponseFormatMode;
  private temperature = true;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(
    readonly config: LlmConfig,
    options: LlmClientOptions = {},
  ) {
    this.sdk = new OpenAI({
      apiKey: config.apiKey,
      baseURL: config.baseURL,
      // Our own timer covers the whole call; the SDK's is a backstop. Retries are ours too.
      timeout: config.timeoutMs + 1000,
      maxRetries: 0,
      fetch: options.fetch,
    });
    this.mode = config.responseFormat;
    this.sleep = options.sleep ?? defaultSleep;
  }

  /** One answer from the model, as text (the caller parses and validates it). */
  async complete(options: CompleteOptions): Promise<CompleteResult> {
    let attempt = 0;
    for (;;) {
      attempt++;
      try {
        return await this.completeWithFormatFallback(options);
      } catch (error) {
        const retry = this.retryDelay(error, attempt);
        if (retry === null) throw toLlmError(error);
        options.onRetry?.(attempt + 1, retry.reason);
        await this.sleep(retry.ms);
        if (options.signal?.aborted) throw new LlmError('timeout', 'the rewrite was cancelled');
      }
    }
  }

  private retryDelay(error: unknown, attempt: number): { ms: number; reason: string } | null {
    if (attempt > this.config.maxRetries) return null;
    if (error instanceof LlmError || error instanceof APIUserAbortError || error instanceof APIConnectionTimeoutError) return null;
    let reason: string;
    let after: number | null = null;
    if (error instanceof APIError && error.status === 429) {
      reason = 'the model server is rate limiting (429)';
      after = retryAfterMs(error.headers);
    } else if (error instanceof APIError && typeof error.status === 'number' && error.status >= 500) {
      reason = `the model server failed (${error.status})`;
    } else if (error instanceof APIConnectionError) {
      reason = 'could not reach the model server';
    } else return null;
    const base = this.config.retryBaseMs * 2 ** (attempt - 1);
    const jitter = base * 0.2 * Math.random();
    const ms = Math.min(8000, after ?? base + jitter);
    return { ms, reason };
  }

  private async completeWithFormatFallback(options: CompleteOptions): Promise<CompleteResult> {
    const modes = RESPONSE_FORMATS.slice(RESPONSE_FORMATS.indexOf(this.mode));
    let lastError: unknown;
    for (const mode of modes) {
      for (;;) {
        try {
          const content = await this.callOnce(options, mode);
          this.mode = mode;
          return { content, mode };
        } catch (error) {
          if (error instanceof APIError && (error.status === 400 || error.status === 422)) {
            // Some models take no temperature (reasoning models): drop it and ask again.
            if (this.temperature && /temperature/i.test(upstreamMessage(error))) {
              this.temperature = false;
              continue;
            }
            // A server that does not know the format answers 400 (OpenAI-style) or 422 (some proxies).
            if (mode !== 'none') {
              lastError = error;
              break;
            }
          }
          throw error;
        }
      }
    }
    throw lastError;
  }

  private async callOnce(options: CompleteOptions, mode: ResponseFormatMode): Promise<string> {
    const messages = options.messages.map((m) => ({ ...m }));
    if (mode !== 'json_schema') {
      // Without a schema the shape is said in words (json_object also requires the word "JSON").
      const last = messages[messages.length - 1]!;
      last.content += `\n\nAnswer with only a JSON object of this shape, nothing before or after it: ${JSON.stringify(exampleOf(options.schema.schema))}`;
    }
    const params: ChatCompletionCreateParamsBase = {
      model: this.config.model,
      messages,
    };
    if (this.temperature) params.temperature = 0.3;
    if (mode === 'json_schema') {
      params.response_format = {
        type: 'json_schema',
        json_schema: { name: options.schema.name, schema: options.schema.schema, strict: true },
      };
    } else if (mode === 'json_object') {
      params.response_format = { type: 'json_object' };
    }

    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.config.timeoutMs);
    const onOuterAbort = () => controller.abort();
    options.signal?.addEventListener('abort', onOuterAbort, { once: true });
    try {
      if (options.onProgress) {
        const stream = await this.sdk.chat.completions.create({ ...params, stream: true }, { signal: controller.signal });
        let content = '';
        let refusal = '';
        let finish: string | null = null;
        for await (const chunk of stream) {
          const choice = chunk.choices?.[0];
          if (!choice) continue;
          if (choice.delta?.content) {
            content += choice.delta.content;
            options.onProgress(content.length);
          }
          if (choice.delta?.refusal) refusal += choice.delta.refusal;
          if (choice.finish_reason) finish = choice.finish_reason;
        }
        return checkAnswer(content, refusal || null, finish);
      }
      const completion = await this.sdk.chat.completions.create({ ...params, stream: false }, { signal: controller.signal });
      const choice = completion.choices?.[0];
      if (!choice?.message) throw new LlmError('garbage', 'the model server answered without a message');
      return checkAnswer(choice.message.content ?? '', choice.message.refusal ?? null, choice.finish_reason ?? null);
    } catch (error) {
      if (timedOut) throw new LlmError('timeout', `the model did not answer within ${Math.round(this.config.timeoutMs / 100) / 10} s`);
      if (options.signal?.aborted) throw new LlmError('timeout', 'the rewrite was cancelled');
      throw error;
    } finally {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onOuterAbort);
    }
  }
}

function checkAnswer(content: string, refusal: string | null, finish: string | null): string {
  if (refusal) throw new LlmError('refusal', `the model declined: ${clip(refusal)}`);
  if (finish === 'content_filter') throw new LlmError('refusal', 'the model server\'s content filter stopped the answer');
  if (finish === 'length') throw new LlmError('garbage', 'the answer was cut off (the model hit its length limit)');
  if (!content.trim()) throw new LlmError('garbage', 'the model answered with nothing');
  return content;
}

function retryAfterMs(headers: Headers | undefined): number | null {
  const value = headers?.get?.('retry-after-ms') ?? null;
  if (value && /^\d+(\.\d+)?$/.test(value)) return Number(value);
  const seconds = headers?.get?.('retry-after') ?? null;
  if (seconds && /^\d+(\.\d+)?$/.test(seconds)) return Number(seconds) * 1000;
  return null;
}

/** A one-line sample object for a JSON schema of string properties: {"subject":"…","body":"…"}. */
function exampleOf(schema: Record<string, unknown>): Record<string, string> {
  const props = (schema.properties ?? {}) as Record<string, unknown>;
  return Object.fromEntries(Object.keys(props).map((k) => [k, '…']));
}

function clip(s: string, n = 200): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n)}…` : one;
}

/** Any failure of a call as an LlmError, with a message fit for a user (no key, no stack). */
export function toLlmError(error: unknown): LlmError {
  if (error instanceof LlmError) return error;
  if (error instanceof APIConnectionTimeoutError || error instanceof APIUserAbortError) {
    return new LlmError('timeout', 'the model did not answer in time');
  }
  if (error instanceof APIConnectionError) return new LlmError('upstream', 'could not reach the model server');
  if (error instanceof APIError) {
    const status = error.status;
    if (status === 429) return new LlmError('rate-limited', 'the model server is rate limiting requests (429); try again shortly', status);
    if (status === 401 || status === 403) return new LlmError('auth', `the model server refused the API key (${status})`, status);
    if (typeof status === 'number' && status >= 500) return new LlmError('upstream', `the model server failed (${status})`, status);
    return new LlmError('upstream', `the model server rejected the request (${status ?? 'no status'}): ${clip(upstreamMessage(error))}`, status);
  }
  if (error instanceof SyntaxError) return new LlmError('garbage', 'the model server sent a response that is not valid JSON');
  return new LlmError('upstream', `the model call failed: ${clip((error as Error)?.message ?? String(error))}`);
}

function upstreamMessage(error: APIError): string {
  const body = error.error as { message?: unknown } | undefined;
  return typeof body?.message === 'string' ? body.message : error.message;
}
