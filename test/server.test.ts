// The HTTP API of DESIGN.md through `app.request()` (no socket): every route, all 15
// stage × language drafts, and the bad requests a contract test sends.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LANGUAGES, STAGES } from '../rules/index.ts';
import { createApp, llmConfigured, type LogEntry } from '../server/app.ts';
import { webRoutes } from '../server/static.ts';
import { FIXTURES, REGION_OF_LANG, TODAY_FOR } from './server.fixtures.ts';

const app = createApp({ log: false, env: {} });

async function post(path: string, body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }, target = app) {
  const res = await target.request(path, { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body), headers });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: text ? JSON.parse(text) : undefined };
}

/** Nothing may ever answer with a stack trace or a source path. */
function expectNoStack(text: string) {
  expect(text).not.toMatch(/\n\s+at\s|\.ts:\d+|\.js:\d+|node_modules|Error:\s/);
}

describe('GET /api/health', () => {
  it('answers ok, and llm false without a model', async () => {
    const res = await app.request('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, llm: false });
  });

  it('reports llm true when a key or base URL and a model are configured', async () => {
    expect(llmConfigured({ OPENAI_API_KEY: 'sk-test', TACTFUL_MODEL: 'gpt-4o-mini' })).toBe(true);
    expect(llmConfigured({ OPENAI_BASE_URL: 'http://localhost:11434/v1', TACTFUL_MODEL: 'llama3.1' })).toBe(true);
    expect(llmConfigured({ OPENAI_API_KEY: 'sk-test' })).toBe(false);
    expect(llmConfigured({ TACTFUL_MODEL: 'gpt-4o-mini' })).toBe(false);
    const withModel = createApp({ log: false, env: { OPENAI_API_KEY: 'sk-test', TACTFUL_MODEL: 'gpt-4o-mini' } });
    expect(await (await withModel.request('/api/health')).json()).toEqual({ ok: true, llm: true });
  });
});

describe('POST /api/draft → POST /api/lint, all 15 stage × language combinations', () => {
  for (const stage of STAGES) {
    for (const lang of LANGUAGES) {
      for (const language of REGION_OF_LANG[lang]) {
        it(`${stage} ${language}: local amount format, clean lint, not aggressive`, async () => {
          const f = FIXTURES[language];
          const today = TODAY_FOR[stage];
          const d = await post('/api/draft', { stage, language, invoice: f.invoice, sender: f.sender, today });
          expect(d.status).toBe(200);
          expect(Object.keys(d.json).sort()).toEqual(['body', 'language', 'stage', 'subject']);
          expect(d.json).toMatchObject({ language, stage });
          expect(d.json.body).toContain(f.amountText);
          expect(d.json.body).toContain(f.dueDateText);
          expect(d.json.subject).toContain(f.invoice.number);
          expect(`${d.json.subject}${d.json.body}`).not.toMatch(/\{\{|\}\}/);

          // As the composer and the contract test lint it: with and without the invoice record.
          for (const invoice of [undefined, f.invoice]) {
            const l = await post('/api/lint', { text: d.json.body, subject: d.json.subject, language, stage, invoice, today });
            expect(l.status).toBe(200);
            expect(l.json.messages).toEqual([]);
            expect(l.json.tone.label).not.toBe('aggressive');
            expect(Object.values(l.json.elements)).toEqual([true, true, true, true, true, true]);
          }
        });
      }
    }
  }

  it('drafts with the server date when the request gives none', async () => {
    const fixed = createApp({ log: false, today: () => '2026-11-23' });
    const f = FIXTURES['en-US'];
    const d = await post('/api/draft', { stage: 'overdue', language: 'en-US', invoice: f.invoice }, undefined, fixed);
    expect(d.json.body).toContain('now 23 days overdue');
  });

  it('leaves optional fields out gracefully, and the lint reports what is missing', async () => {
    const d = await post('/api/draft', { stage: 'due', language: 'es-MX', invoice: { number: 'A-1187', amount: 18450.5, currency: 'mxn', dueDate: '2026-10-31' } });
    expect(d.status).toBe(200);
    expect(d.json.body).toContain('$18,450.50 MXN');
    expect(d.json.body).not.toMatch(/\{\{|Tel\.:|Web:|Dirección:/);
    const l = await post('/api/lint', { text: d.json.body, subject: d.json.subject, language: 'es-MX', stage: 'due' });
    expect(l.json.messages.map((m: { ruleId: string }) => m.ruleId).sort()).toEqual(['required/contact-details', 'required/invoice-copy']);
  });
});

describe('POST /api/lint', () => {
  it('returns one report in the CLI JSON shape (without file)', async () => {
    const r = await post('/api/lint', { text: 'Hi Sam, invoice INV-2041 for $2,380.00 is due on November 30, 2026.', language: 'en', stage: 'due' });
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ language: 'en', stage: 'due', tone: { label: expect.any(String), score: expect.any(Number) } });
    expect(r.json.file).toBeUndefined();
    expect(Object.keys(r.json.elements).sort()).toEqual(['already-paid-note', 'amount', 'call-to-action', 'contact-details', 'due-date', 'invoice-copy']);
    for (const m of r.json.messages) expect(m).toMatchObject({ ruleId: expect.any(String), severity: expect.any(String), line: expect.any(Number), column: expect.any(Number) });
  });

  it('needs only the text: detects the language and infers the stage', async () => {
    const r = await post('/api/lint', { text: 'Estimada Sra. Ruiz: le recordamos que la factura F-2026-311 está vencida desde el 31 de octubre de 2026.' });
    expect(r.status).toBe(200);
    expect(r.json.language).toBe('es');
    expect(r.json.stage).toBe('overdue');
  });

  it('checks the facts against the invoice record', async () => {
    const f = FIXTURES['es-ES'];
    const text = 'La factura F-2026-131, por 1.324,56 €, venció el 13 de octubre de 2026 y acumula 45 días de retraso.';
    const r = await post('/api/lint', { text, language: 'es-ES', stage: 'before-due', invoice: f.invoice, today: '2026-11-23' });
    const ids = r.json.messages.map((m: { ruleId: string }) => m.ruleId).filter((id: string) => id.startsWith('facts/')).sort();
    expect(ids).toEqual(['facts/amount', 'facts/days-overdue', 'facts/due-date', 'facts/invoice-number', 'facts/stage']);
  });

  it('accepts NFD Vietnamese and reports the same as for NFC, with ranges in the text as sent', async () => {
    const f = FIXTURES['vi-VN'];
    const d = await post('/api/draft', { stage: 'overdue', language: 'vi-VN', invoice: f.invoice, sender: f.sender, today: TODAY_FOR.overdue });
    const nfd = d.json.body.normalize('NFD');
    expect(nfd).not.toBe(d.json.body);
    const [a, b] = await Promise.all(
      [d.json.body, nfd].map((text: string) => post('/api/lint', { text, subject: d.json.subject.normalize('NFD'), language: 'vi', stage: 'overdue', invoice: f.invoice, today: TODAY_FOR.overdue })),
    );
    expect(b!.status).toBe(200);
    expect(b!.json.messages).toEqual([]);
    expect(b!.json.elements).toEqual(a!.json.elements);
    // A finding in NFD text points at the NFD characters.
    const broken = nfd.replace(/Nếu Quý khách đã thanh toán.*\n/u.source.normalize('NFD'), '');
    const c = await post('/api/lint', { text: `${broken}\nKhoản thanh toán này đã quá hạn 45 ngày.`.normalize('NFD'), language: 'vi', stage: 'overdue', invoice: f.invoice, today: TODAY_FOR.overdue });
    const m = c.json.messages.find((x: { ruleId: string }) => x.ruleId === 'facts/days-overdue');
    const sent = `${broken}\nKhoản thanh toán này đã quá hạn 45 ngày.`.normalize('NFD');
    expect(sent.slice(m.range[0], m.range[1])).toBe('45');
  });

  it('drafts from NFD input and answers in NFC', async () => {
    const f = FIXTURES['vi-VN'];
    const invoice = { ...f.invoice, customerName: f.invoice.customerName.normalize('NFD'), contactName: f.invoice.contactName.normalize('NFD') };
    const d = await post('/api/draft', { stage: 'due', language: 'vi', invoice, today: TODAY_FOR.due });
    expect(d.status).toBe(200);
    expect(d.json.body).toContain('Kính gửi Quý khách Nguyễn Văn Minh,');
    expect(d.json.body).toBe(d.json.body.normalize('NFC'));
  });
});

describe('GET /api/rules', () => {
  it('lists every rule with id, severity, languages and doc', async () => {
    const res = await app.request('/api/rules');
    const rules = (await res.json()) as Array<Record<string, unknown>>;
    expect(res.status).toBe(200);
    const ids = rules.map((r) => r.id);
    for (const id of ['required/invoice-copy', 'required/amount', 'required/due-date', 'required/call-to-action', 'required/contact-details', 'required/already-paid-note', 'facts/amount', 'facts/due-date', 'facts/invoice-number', 'facts/days-overdue', 'facts/stage']) {
      expect(ids).toContain(id);
    }
    for (const r of rules) {
      expect(r).toMatchObject({ id: expect.stringMatching(/^[a-z]+\/[a-z-]+$/), severity: expect.stringMatching(/^(error|warning|info)$/), doc: expect.any(String) });
      expect((r.languages as string[]).length).toBeGreaterThan(0);
    }
    expect(rules.find((r) => r.id === 'facts/amount')).toMatchObject({ needsInvoice: true, family: 'facts' });
  });
});

describe('GET /api/openapi.json', () => {
  it('documents every route', async () => {
    const res = await app.request('/api/openapi.json');
    const doc = (await res.json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual(['/api/draft', '/api/health', '/api/lint', '/api/rewrite', '/api/rules']);
    expect(Object.keys(doc.paths['/api/draft']!)).toEqual(['post']);
  });
});

describe('POST /api/rewrite', () => {
  it('answers 503 with how to configure a model when none is plugged in', async () => {
    const r = await post('/api/rewrite', { text: 'Pay now.', language: 'en', stage: 'due' });
    expect(r.status).toBe(503);
    expect(r.json.error).toMatch(/no model configured; set OPENAI_API_KEY \/ OPENAI_BASE_URL and TACTFUL_MODEL/);
  });

  it('hands the validated body to the rewrite handler', async () => {
    const seen: unknown[] = [];
    const withRewrite = createApp({
      log: false,
      rewrite: (input, c) => {
        seen.push(input);
        return c.json({ subject: 's', body: 'b', report: {}, changes: [] }, 200);
      },
    });
    const r = await post('/api/rewrite', { text: 'Pay now.', language: 'en', stage: 'due' }, undefined, withRewrite);
    expect(r.status).toBe(200);
    expect(seen).toEqual([{ text: 'Pay now.', language: 'en', stage: 'due' }]);
    const bad = await post('/api/rewrite', { language: 'en' }, undefined, withRewrite);
    expect(bad.status).toBe(400);
    expect(seen).toHaveLength(1);
  });

  it('turns a failing handler into a JSON 500 without a stack trace', async () => {
    const failing = createApp({
      log: false,
      rewrite: () => {
        throw new TypeError('Cannot read properties of undefined (reading "choices") at /srv/server/llm/client.ts:42');
      },
    });
    const r = await post('/api/rewrite', { text: 'Pay now.' }, undefined, failing);
    expect(r.status).toBe(500);
    expect(r.json).toEqual({ error: 'internal error: the request could not be completed' });
    expectNoStack(r.text);
  });
});

describe('bad requests', () => {
  it('malformed JSON → 400', async () => {
    for (const body of ['{"text": "hola', '{text: 1}', 'not json', '']) {
      const r = await post('/api/lint', body);
      expect(r.status, body).toBe(400);
      expect(r.json.error).toEqual(expect.any(String));
      expectNoStack(r.text);
    }
  });

  it('malformed JSON sent as text/plain or without a content type → 400 too', async () => {
    for (const headers of [{ 'content-type': 'text/plain;charset=UTF-8' }, {} as Record<string, string>]) {
      const r = await post('/api/draft', '{"stage": ', headers);
      expect(r.status).toBe(400);
      expect(r.json.error).toBe('malformed JSON in request body');
    }
  });

  it('a form upload → 415', async () => {
    const r = await post('/api/lint', 'text=hi', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(r.status).toBe(415);
    expect(r.json.error).toMatch(/JSON/);
  });

  it('a body over the limit → 413, with or without a content length', async () => {
    const big = JSON.stringify({ text: 'Estimado cliente. '.repeat(20_000) });
    expect(big.length).toBeGreaterThan(256 * 1024);
    const r = await post('/api/lint', big);
    expect(r.status).toBe(413);
    expect(r.json.error).toMatch(/too large/);
    const stream = new ReadableStream({
      start(c) {
        c.enqueue(new TextEncoder().encode(big));
        c.close();
      },
    });
    const res = await app.request('/api/lint', { method: 'POST', body: stream, headers: { 'content-type': 'application/json' }, duplex: 'half' } as RequestInit);
    expect(res.status).toBe(413);
  });

  it('missing fields → 400 naming each path', async () => {
    const r = await post('/api/draft', { stage: 'overdue', language: 'es-ES', invoice: { number: 'F-2026-311', currency: 'EUR', dueDate: '2026-10-31' } });
    expect(r.status).toBe(400);
    expect(r.json.issues).toEqual([{ path: 'invoice.amount', message: 'amount is required' }]);
    const empty = await post('/api/draft', {});
    expect(empty.json.issues.map((i: { path: string }) => i.path).sort()).toEqual(['invoice', 'language', 'stage']);
    const lint = await post('/api/lint', { subject: 'hola' });
    expect(lint.json.issues).toEqual([{ path: 'text', message: 'text is required (the email body)' }]);
  });

  it('wrongly typed and invalid fields → 400 naming each path', async () => {
    const r = await post('/api/draft', {
      stage: 'overdue',
      language: 'en',
      invoice: { number: 'INV-1', amount: '1,234.56', currency: 'euros', dueDate: '2026-02-30', url: 'javascript:alert(1)' },
      sender: { email: 'not an email' },
    });
    expect(r.status).toBe(400);
    expect(r.json.issues.map((i: { path: string }) => i.path).sort()).toEqual(['invoice.amount', 'invoice.currency', 'invoice.dueDate', 'invoice.url', 'sender.email']);
    expect(r.json.error).toMatch(/^invalid request body: /);
  });

  it('unknown stage or language → 400 naming the field', async () => {
    const f = FIXTURES['en-US'];
    const stage = await post('/api/draft', { stage: 'reminder', language: 'en', invoice: f.invoice });
    expect(stage.status).toBe(400);
    expect(stage.json.issues).toEqual([{ path: 'stage', message: expect.stringContaining('unknown stage "reminder"') }]);
    const lang = await post('/api/draft', { stage: 'due', language: 'fr-FR', invoice: f.invoice });
    expect(lang.json.issues).toEqual([{ path: 'language', message: expect.stringContaining('unknown language "fr-FR"') }]);
    const lint = await post('/api/lint', { text: 'Hello', language: 'de', stage: 'late' });
    expect(lint.json.issues.map((i: { path: string }) => i.path)).toEqual(['language', 'stage']);
  });

  it('text too short to tell the language → 400 asking for the language', async () => {
    const r = await post('/api/lint', { text: 'Hi' });
    expect(r.status).toBe(400);
    expect(r.json.issues).toEqual([{ path: 'language', message: expect.stringContaining('give "language"') }]);
  });

  it('odd bodies on every route: a JSON answer, never a 500 or a stack trace', async () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const bodies = [
      'null',
      '42',
      '"text"',
      deep,
      '{"__proto__": {"admin": true}, "text": "Hello there, this is a reminder about invoice INV-1."}',
      JSON.stringify({ text: '\u0000\uFFFF\uD800 <script>alert(1)</script> {{ invoice.amount }} $$$ 💸', language: 'en' }),
      JSON.stringify({ text: '<p>Invoice <b>INV-2041</b> for $2,380.00 was due on October 31, 2026.</p>', language: 'en', format: 'html' }),
      JSON.stringify({ text: 'x', language: 'en', stage: 'due', invoice: { amount: -1, dueDate: 'tomorrow' } }),
      JSON.stringify({ stage: 'due', language: 'vi', invoice: { number: 'HĐ 1', amount: 1e12, currency: 'VND', dueDate: '2026-10-31' }, sender: { company: 'x'.repeat(201) } }),
    ];
    for (const path of ['/api/lint', '/api/draft', '/api/rewrite']) {
      for (const body of bodies) {
        const r = await post(path, body);
        expect([200, 400, 503], `${path} ${body.slice(0, 40)}`).toContain(r.status);
        expect(r.json.error ?? r.json.messages ?? r.json.body).toBeDefined();
        expectNoStack(r.text);
      }
    }
  });

  it('unknown API path → JSON 404', async () => {
    const res = await app.request('/api/nope');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: 'no such endpoint: GET /api/nope' });
  });
});

describe('headers and logs', () => {
  it('sets secure headers and no-store on the API', async () => {
    const res = await app.request('/api/health');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('logs method, path, status and time as JSON, without customer text', async () => {
    const entries: LogEntry[] = [];
    const logged = createApp({ log: (e) => entries.push(e) });
    const f = FIXTURES['es-ES'];
    await post('/api/draft', { stage: 'due', language: 'es-ES', invoice: f.invoice, sender: f.sender }, undefined, logged);
    await post('/api/lint?customer=Ruiz', '{"text": "Construcciones Ruiz', undefined, logged);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({ level: 'info', method: 'POST', path: '/api/draft', status: 200, ms: expect.any(Number) });
    expect(entries[1]).toMatchObject({ method: 'POST', path: '/api/lint', status: 400 });
    const all = JSON.stringify(entries);
    for (const secret of ['Ruiz', 'F-2026-311', 'Lucía', '1.234,56', 'cobros@']) expect(all).not.toContain(secret);
  });
});

describe('the composer at /', () => {
  it('explains how to build the composer when dist/web is missing', async () => {
    const bare = createApp({ log: false, extend: webRoutes(join(tmpdir(), 'tactful-no-such-dir')) });
    const res = await bare.request('/');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('npm run build:web');
    expect((await bare.request('/api/health')).status).toBe(200);
  });

  it('serves the built composer, its assets and client-side routes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tactful-web-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>tactful composer</title><script type="module" src="/assets/index-abc123.js"></script>');
    writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log("composer")');
    const web = createApp({ log: false, extend: webRoutes(dir) });
    const page = await web.request('/');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('tactful composer');
    const asset = await web.request('/assets/index-abc123.js');
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect(await (await web.request('/review')).text()).toContain('tactful composer');
    expect((await web.request('/api/nope')).status).toBe(404);
  });
});
