// `tactful rewrite FILE [--write]` in-process, against a real local chat-completions server.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runRewrite } from '../cli/rewrite.ts';
import { startFakeModel, type FakeModel, type FakeReply, type FakeRequest } from './llm-fake-model.ts';
import { SAMPLES } from './llm-emails.ts';

const s = SAMPLES.vi;
let fake: FakeModel | null = null;
let dir: string;
let file: string;
const source = `---\nlang: vi\nstage: due\nsubject: "${s.subject}"\n---\n\n${s.text}\n`;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tactful-rewrite-'));
  file = join(dir, 'nhac-no.md');
  writeFileSync(file, source);
});
afterEach(async () => {
  await fake?.close();
  fake = null;
});

async function cli(args: string[], handler?: (req: FakeRequest) => FakeReply) {
  let env: Record<string, string> = {};
  if (handler) {
    fake = await startFakeModel(handler);
    env = { OPENAI_BASE_URL: fake.baseURL, OPENAI_API_KEY: 'local', TACTFUL_MODEL: 'fake', TACTFUL_LLM_RETRY_BASE_MS: '5', TACTFUL_LLM_TIMEOUT_MS: '3000' };
  }
  let stdout = '';
  let stderr = '';
  const code = await runRewrite(args, { env, stdout: (x) => (stdout += x), stderr: (x) => (stderr += x) });
  return { code, stdout, stderr };
}

const polite = (req: FakeRequest): FakeReply => ({
  json: { subject: `Nhắc nhẹ: ${req.email.subject}`, body: req.email.body.replace(s.harsh, s.polite) },
});

describe('tactful rewrite', () => {
  it('prints the rewrite with the front matter kept and its subject updated; the file is untouched', async () => {
    const r = await cli([file], polite);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^---\nlang: vi\nstage: due\nsubject: "?Nhắc nhẹ: Hóa đơn HD-0457 đến hạn thanh toán"?\n---\n\nKính gửi anh Nguyễn Văn Nam,/);
    expect(r.stdout).toContain(s.polite);
    expect(r.stdout).toContain('12.500.000 ₫');
    expect(readFileSync(file, 'utf8')).toBe(source);
  });

  it('--write replaces the file atomically and leaves no temporary file', async () => {
    const r = await cli([file, '--write'], polite);
    expect(r.code).toBe(0);
    const written = readFileSync(file, 'utf8');
    expect(written).toContain(s.polite);
    expect(written).toMatch(/^---\nlang: vi\nstage: due\n/);
    expect(written.endsWith('\n')).toBe(true);
    expect(readdirSync(dir)).toEqual(['nhac-no.md']);
  });

  it('exits 1 with the reason and keeps the file when the rewrite changes a fact', async () => {
    const r = await cli([file, '--write'], (req) => ({ json: { subject: req.email.subject, body: req.email.body.replace('⟦F4⟧', s.changedAmount) } }));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/12\.500\.000 ₫/);
    expect(r.stderr).toMatch(/file is unchanged/);
    expect(readFileSync(file, 'utf8')).toBe(source);
  });

  it('exits 2 with how to enable it when no model is configured', async () => {
    const r = await cli([file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/OPENAI_API_KEY/);
  });

  it('exits 2 on usage and file errors', async () => {
    expect((await cli([])).code).toBe(2);
    expect((await cli([join(dir, 'missing.md')], polite)).stderr).toMatch(/no such file/);
    expect((await cli([file, '--stage', 'soon'], polite)).code).toBe(2);
  });
});
