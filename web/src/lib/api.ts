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

export function rewrite(body: { text: string; subject: string; language: string; stage: string; invoice?: Record<string, string | number> }): Promise<RewriteResponse> {
  return request('/api/rewrite', { method: 'POST', body: JSON.stringify(body) });
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
