/** The server's API (DESIGN.md "The HTTP API contract"). */
import type { Report } from '../../../rules/core/types.ts';

export interface DraftRequest {
  stage: string;
  language: string;
  today?: string;
  invoice: Record<string, string | number>;
  sender?: Record<string, string>;
}

export interface DraftResponse {
  subject: string;
  body: string;
  language: string;
  stage: string;
}

/** One piece of the rewrite's word diff (docs/llm.md): unchanged, added or removed text of a field. */
export interface Change {
  field?: 'subject' | 'body';
  value: string;
  added?: boolean;
  removed?: boolean;
}

export interface RewriteResponse {
  subject: string;
  body: string;
  report?: Report;
  changes?: Change[];
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, { ...init, headers: { 'content-type': 'application/json', accept: 'application/json', ...init?.headers } });
  } catch {
    throw new ApiError('the server cannot be reached', 0);
  }
  const data = (await res.json().catch(() => null)) as
    | (T & { error?: string; issues?: Array<{ path?: string; message?: string }>; failures?: Array<{ message?: string }> })
    | null;
  if (!res.ok) {
    const issues = data?.issues?.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).filter(Boolean) ?? [];
    const failures = data?.failures?.map((f) => f.message).filter(Boolean) ?? [];
    const reason = issues.length ? issues.join('; ') : [data?.error ?? `HTTP ${res.status}`, ...failures].join(' — ');
    throw new ApiError(reason, res.status);
  }
  if (!data) throw new ApiError('the server sent an empty answer', res.status);
  return data;
}

export function draft(body: DraftRequest): Promise<DraftResponse> {
  return request('/api/draft', { method: 'POST', body: JSON.stringify(body) });
}

export async function health(): Promise<{ ok: boolean; llm: boolean }> {
  try {
    return await request('/api/health');
  } catch {
    return { ok: false, llm: false };
  }
}

export interface RewriteRequest {
  text: string;
  subject: string;
  language: string;
  stage: string;
  invoice?: Record<string, string | number>;
}

export function rewrite(body: RewriteRequest): Promise<RewriteResponse> {
  return request('/api/rewrite', { method: 'POST', body: JSON.stringify(body) });
}

/** A progress event of the streamed rewrite (docs/llm.md): locked, requesting, receiving, waiting, checking, retrying. */
export interface RewriteProgress {
  phase: string;
  attempt?: number;
  chars?: number;
  facts?: number;
}

export interface SseEvent {
  event: string;
  data: string;
}

/** Splits a server-sent-events buffer into complete events and the unfinished rest. */
export function parseSse(buffer: string): { events: SseEvent[]; rest: string } {
  const events: SseEvent[] = [];
  const blocks = buffer.replace(/\r\n/g, '\n').split('\n\n');
  const rest = blocks.pop() ?? '';
  for (const block of blocks) {
    let event = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) continue; // comment (keep-alive ping)
      const colon = line.indexOf(':');
      const key = colon === -1 ? line : line.slice(0, colon);
      const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (key === 'event') event = value;
      else if (key === 'data') data.push(value);
    }
    if (data.length) events.push({ event, data: data.join('\n') });
  }
  return { events, rest };
}

/**
 * The rewrite, streamed (POST /api/rewrite?stream=1): progress as it happens, then the result —
 * sent by the server only after the fact check. Errors before the stream starts (400, 503) come
 * back as plain JSON and are thrown as ApiError, like the stream's own `error` event.
 */
export async function rewriteStream(body: RewriteRequest, onProgress: (p: RewriteProgress) => void): Promise<RewriteResponse> {
  let res: Response;
  try {
    res = await fetch('/api/rewrite?stream=1', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiError('the server cannot be reached', 0);
  }
  if (!res.ok || !res.body || !(res.headers.get('content-type') ?? '').includes('text/event-stream')) {
    const data = (await res.json().catch(() => null)) as (RewriteResponse & { error?: string; failures?: Array<{ message?: string }> }) | null;
    if (res.ok && data) return data;
    const failures = data?.failures?.map((f) => f.message).filter(Boolean) ?? [];
    throw new ApiError([data?.error ?? `HTTP ${res.status}`, ...failures].join(' — '), res.status);
  }
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    const parsed = parseSse(buffer + value);
    buffer = parsed.rest;
    for (const ev of parsed.events) {
      const data = JSON.parse(ev.data) as Record<string, unknown>;
      if (ev.event === 'progress') onProgress(data as unknown as RewriteProgress);
      else if (ev.event === 'result') return data as unknown as RewriteResponse;
      else if (ev.event === 'error') {
        const failures = (data.failures as Array<{ message?: string }> | undefined)?.map((f) => f.message).filter(Boolean) ?? [];
        throw new ApiError([String(data.error ?? 'the rewrite failed'), ...failures].join(' — '), Number(data.status) || 502);
      }
    }
  }
  throw new ApiError('the rewrite stream ended without a result', 502);
}

/** Drops empty strings and trims the rest (the API refuses empty invoice numbers and bad URLs). */
export function compact<T extends Record<string, unknown>>(obj: T): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(obj)) {
    if (typeof v === 'number' && Number.isFinite(v)) out[k] = v;
    else if (typeof v === 'string' && v.trim()) out[k] = v.trim();
  }
  return out;
}
