/**
 * A real local HTTP server that speaks the chat-completions protocol (plain JSON and SSE
 * streaming), for the rewrite tests. Each test gives a handler that sees the request (and the
 * tokenised email the prompt carried) and says what to answer: content, an HTTP error, a refusal
 * or nothing at all (a hang).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface FakeRequest {
  body: {
    model: string;
    stream?: boolean;
    messages: Array<{ role: string; content: string }>;
    response_format?: { type: string };
  };
  headers: IncomingMessage['headers'];
  /** 1-based number of this request. */
  n: number;
  /** The email the first user message carries: {subject, body} with ⟦F…⟧ tokens. */
  email: { subject: string; body: string };
  /** Whether this is the retry (the conversation holds a rejected answer). */
  isRetry: boolean;
}

export type FakeReply =
  | { content: string; finish?: string }
  | { json: { subject?: unknown; body?: unknown; [k: string]: unknown } }
  | { status: number; error?: string; headers?: Record<string, string> }
  | { refusal: string }
  | { hang: true };

export interface FakeModel {
  baseURL: string;
  requests: FakeRequest[];
  close(): Promise<void>;
}

export async function startFakeModel(handler: (req: FakeRequest) => FakeReply): Promise<FakeModel> {
  const requests: FakeRequest[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (raw += c));
    req.on('end', () => {
      if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
        res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"message":"not found"}}');
        return;
      }
      const body = JSON.parse(raw) as FakeRequest['body'];
      const firstUser = body.messages.find((m) => m.role === 'user')?.content ?? '';
      const json = /\{\n {2}"subject": [\s\S]*?\n\}/.exec(firstUser)?.[0];
      const email = json ? (JSON.parse(json) as FakeRequest['email']) : { subject: '', body: '' };
      const fr: FakeRequest = { body, headers: req.headers, n: requests.length + 1, email, isRetry: body.messages.some((m) => m.role === 'assistant') };
      requests.push(fr);
      reply(res, body, handler(fr));
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

function reply(res: ServerResponse, body: FakeRequest['body'], r: FakeReply): void {
  if ('hang' in r) return;
  if ('status' in r) {
    res.writeHead(r.status, { 'content-type': 'application/json', ...r.headers });
    res.end(JSON.stringify({ error: { message: r.error ?? `error ${r.status}`, type: 'server_error' } }));
    return;
  }
  const content = 'json' in r ? JSON.stringify(r.json) : 'content' in r ? r.content : null;
  const refusal = 'refusal' in r ? r.refusal : null;
  const finish = 'finish' in r && r.finish ? r.finish : 'stop';
  const base = { id: 'chatcmpl-fake', created: 1_700_000_000, model: body.model };
  if (body.stream) {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    const send = (delta: Record<string, unknown>, finishReason: string | null) =>
      res.write(`data: ${JSON.stringify({ ...base, object: 'chat.completion.chunk', choices: [{ index: 0, delta, finish_reason: finishReason }] })}\n\n`);
    send({ role: 'assistant', content: '' }, null);
    if (refusal) send({ refusal }, null);
    const text = content ?? '';
    const size = Math.max(1, Math.ceil(text.length / 4));
    for (let i = 0; i < text.length; i += size) send({ content: text.slice(i, i + size) }, null);
    send({}, finish);
    res.end('data: [DONE]\n\n');
    return;
  }
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(
    JSON.stringify({
      ...base,
      object: 'chat.completion',
      choices: [{ index: 0, message: { role: 'assistant', content, refusal }, finish_reason: finish, logprobs: null }],
      usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
    }),
  );
}
