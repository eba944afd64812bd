// The composer's streamed rewrite: progress events, the checked result, and errors before or in the stream.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, parseSse, rewriteStream, type RewriteProgress } from './api.ts';

const REQUEST = { text: 'Pay invoice 77 now.', subject: 'Invoice 77', language: 'en', stage: 'due' };

function streamed(chunks: string[]): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const c of chunks) controller.enqueue(new TextEncoder().encode(c));
      controller.close();
    },
  });
  return new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } });
}

afterEach(() => vi.unstubAllGlobals());

describe('parseSse', () => {
  it('splits complete events, skips ping comments and keeps the unfinished rest', () => {
    const { events, rest } = parseSse('event: progress\ndata: {"phase":"locked"}\n\n: ping\n\nevent: result\ndata: {"bo');
    expect(events).toEqual([{ event: 'progress', data: '{"phase":"locked"}' }]);
    expect(rest).toBe('event: result\ndata: {"bo');
  });
});

describe('rewriteStream', () => {
  it('reports progress as it streams in and returns the checked result', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        streamed([
          'event: progress\ndata: {"phase":"locked","facts":3}\n\n',
          'event: progress\ndata: {"phase":"receiving","chars":50}\n\nevent: res',
          'ult\ndata: {"subject":"Invoice 77","body":"Could you pay invoice 77?","changes":[]}\n\n',
        ]),
      ),
    );
    const seen: RewriteProgress[] = [];
    const result = await rewriteStream(REQUEST, (p) => seen.push(p));
    expect(seen.map((p) => p.phase)).toEqual(['locked', 'receiving']);
    expect(result.body).toBe('Could you pay invoice 77?');
  });

  it('throws the fact-check failure with its reasons, and the original stays with the caller', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        streamed(['event: error\ndata: {"status":422,"error":"the rewrite changed a fact","failures":[{"code":"amount","message":"the amount 1 is new"}]}\n\n']),
      ),
    );
    const error = await rewriteStream(REQUEST, () => {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(422);
    expect((error as ApiError).message).toContain('the amount 1 is new');
  });

  it('reads a plain JSON refusal (no model configured) as an error with its status', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Response.json({ error: 'no model configured' }, { status: 503 })));
    const error = await rewriteStream(REQUEST, () => {}).catch((e: unknown) => e);
    expect((error as ApiError).status).toBe(503);
  });
});
