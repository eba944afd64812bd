// POST /api/rewrite through the server app, against a real local chat-completions server: JSON and
// Server-Sent Events, 200 / 422 / 502 / 503 / 504, and the key never in an answer.
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../server/app.ts';
import { makeConfig, type LlmConfig } from '../server/llm/config.ts';
import { createRewriteHandler } from '../server/llm/route.ts';
import { startFakeModel, type FakeModel, type FakeReply, type FakeRequest } from './llm-fake-model.ts';
import { SAMPLES } from './llm-emails.ts';

const s = SAMPLES.es;
let fake: FakeModel | null = null;
afterEach(async () => {
  await fake?.close();
  fake = null;
});

function polite(req: FakeRequest) {
  return { subject: req.email.subject, body: req.email.body.replace(s.harsh, s.polite) };
}

async function appWith(handler: (req: FakeRequest) => FakeReply, over: Partial<LlmConfig> = {}) {
  fake = await startFakeModel(handler);
  const config = makeConfig({
    apiKey: 'sk-api-secret',
    baseURL: fake.baseURL,
    model: 'fake-model',
    timeoutMs: 3000,
    maxRetries: 1,
    retryBaseMs: 5,
    responseFormat: 'json_schema',
    ...over,
  });
  return createApp({ rewrite: createRewriteHandler({ config }), llm: true, log: false });
}

const body = { text: s.text, subject: s.subject, language: 'es-ES', stage: s.stage, invoice: s.invoice };
const post = (app: ReturnType<typeof createApp>, path = '/api/rewrite', payload: unknown = body) =>
  app.request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) });

function events(text: string): Array<{ event: string; data: Record<string, unknown> }> {
  return text
    .split('\n\n')
    .filter((block) => block.trim())
    .map((block) => {
      const event = /^event: (.*)$/m.exec(block)?.[1] ?? 'message';
      const data = block
        .split('\n')
        .filter((l) => l.startsWith('data: '))
        .map((l) => l.slice(6))
        .join('\n');
      return { event, data: JSON.parse(data) as Record<string, unknown> };
    });
}

describe('POST /api/rewrite', () => {
  it('200 with the rewrite, its report and the changes', async () => {
    const app = await appWith((req) => ({ json: polite(req) }));
    const res = await post(app);
    expect(res.status).toBe(200);
    const out = (await res.json()) as { subject: string; body: string; report: { language: string; stage: string }; changes: Array<{ field: string; added?: boolean; value: string }> };
    expect(out.body).toContain(s.polite);
    expect(out.body).toContain('1.234,56 €');
    expect(out.subject).toBe(s.subject);
    expect(out.report.language).toBe('es-ES');
    expect(out.report.stage).toBe('overdue');
    expect(out.changes.filter((p) => p.added).map((p) => p.value).join('')).toContain('agradeceríamos');
  });

  it('422 with the reason and the failures when the amount changed; the key never shows', async () => {
    const app = await appWith((req) => ({ json: { ...polite(req), body: polite(req).body.replace('⟦F4⟧', s.changedAmount) } }));
    const res = await post(app);
    expect(res.status).toBe(422);
    const out = (await res.json()) as { error: string; reason: string; failures: Array<{ code: string; message: string }> };
    expect(out.reason).toBe('fact-check');
    expect(out.error).toMatch(/original kept/);
    expect(out.failures.map((f) => f.code)).toContain('token-missing');
    expect(JSON.stringify(out)).not.toContain('sk-api-secret');
  });

  it('502 on prose from the model, 504 on a hang', async () => {
    let app = await appWith(() => ({ content: 'Claro, aquí tiene una versión más cortés del correo.' }));
    let res = await post(app);
    expect(res.status).toBe(502);
    expect(((await res.json()) as { reason: string }).reason).toBe('invalid-answer');
    await fake!.close();
    app = await appWith(() => ({ hang: true }), { timeoutMs: 250 });
    res = await post(app);
    expect(res.status).toBe(504);
  });

  it('503 with a clear message when no model is configured', async () => {
    const app = createApp({ rewrite: createRewriteHandler({ env: {} }), log: false, env: {} });
    const res = await post(app);
    expect(res.status).toBe(503);
    const out = (await res.json()) as { error: string };
    expect(out.error).toMatch(/OPENAI_API_KEY/);
    expect(out.error).toMatch(/TACTFUL_MODEL/);
    const health = (await (await app.request('/api/health')).json()) as { llm: boolean };
    expect(health.llm).toBe(false);
  });

  it('503 naming the problem (never the key) when the configuration is invalid', async () => {
    const handler = createRewriteHandler({ env: { OPENAI_API_KEY: 'sk-bad-config-key', OPENAI_BASE_URL: 'not a url', TACTFUL_MODEL: 'm' } });
    expect(handler.configured).toBe(false);
    const res = await post(createApp({ rewrite: handler, log: false }));
    expect(res.status).toBe(503);
    const text = await res.text();
    expect(text).toMatch(/OPENAI_BASE_URL/);
    expect(text).not.toContain('sk-bad-config-key');
  });

  it('400 on a body without text', async () => {
    const app = await appWith((req) => ({ json: polite(req) }));
    const res = await post(app, '/api/rewrite', { language: 'es' });
    expect(res.status).toBe(400);
  });
});

describe('POST /api/rewrite?stream=1 (Server-Sent Events)', () => {
  it('streams progress, then the result after the fact check', async () => {
    const app = await appWith((req) => ({ json: polite(req) }));
    const res = await post(app, '/api/rewrite?stream=1');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    const evs = events(await res.text());
    const progress = evs.filter((e) => e.event === 'progress').map((e) => e.data.phase);
    expect(progress[0]).toBe('locked');
    expect(progress).toContain('receiving');
    expect(progress).toContain('checking');
    const last = evs.at(-1)!;
    expect(last.event).toBe('result');
    expect(String(last.data.body)).toContain(s.polite);
    expect(fake!.requests[0]!.body.stream).toBe(true);
    // Progress never carries the unchecked text.
    expect(evs.filter((e) => e.event === 'progress').some((e) => JSON.stringify(e.data).includes('agradeceríamos'))).toBe(false);
  });

  it('ends with an error event carrying the status when the answer fails the check', async () => {
    const app = await appWith((req) => ({ json: { ...polite(req), body: `${polite(req).body}\nLlámenos al 600 123 456.` } }));
    const res = await post(app, '/api/rewrite?stream=1');
    const evs = events(await res.text());
    expect(evs.some((e) => e.event === 'progress' && e.data.phase === 'retrying')).toBe(true);
    const last = evs.at(-1)!;
    expect(last.event).toBe('error');
    expect(last.data.status).toBe(422);
    expect(evs.some((e) => e.event === 'result')).toBe(false);
  });
});
