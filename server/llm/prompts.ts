/**
 * The rewrite prompts, one text file per language in prompts/ (rewrite.en.txt, rewrite.es.txt,
 * rewrite.vi.txt), read in Node and filled per request. Sections start with a line `[name]`:
 * `[system]`, `[user]`, `[retry]` and `[stage <id>]` (the stage's tone guidance, DESIGN.md).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Language, Stage } from '../../rules/index.ts';
import type { ChatMessage, JsonSchemaSpec } from './client.ts';

export interface PromptTemplate {
  system: string;
  user: string;
  retry: string;
  stages: Record<Stage | 'none', string>;
}

/** The JSON object the model must answer with (DESIGN.md). */
export const REWRITE_SCHEMA: JsonSchemaSpec = {
  name: 'rewritten_email',
  schema: {
    type: 'object',
    properties: {
      subject: { type: 'string', description: 'The subject line; empty when the email had none.' },
      body: { type: 'string', description: 'The email body, paragraphs separated by blank lines.' },
    },
    required: ['subject', 'body'],
    additionalProperties: false,
  },
};

/** prompts/ at the project root: the nearest one above this module (server/llm/*.ts or a dist/node chunk), else under the cwd. */
export function promptsDir(): string {
  if (process.env.TACTFUL_PROMPTS_DIR) return resolve(process.env.TACTFUL_PROMPTS_DIR);
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'prompts');
    if (existsSync(join(candidate, 'rewrite.en.txt'))) return candidate;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return join(process.cwd(), 'prompts');
}

const cache = new Map<Language, PromptTemplate>();

export function loadPrompt(lang: Language): PromptTemplate {
  const hit = cache.get(lang);
  if (hit) return hit;
  const file = join(promptsDir(), `rewrite.${lang}.txt`);
  const template = parsePrompt(readFileSync(file, 'utf8'), file);
  cache.set(lang, template);
  return template;
}

export function parsePrompt(source: string, file = 'prompt'): PromptTemplate {
  const sections = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const line of source.replace(/\r\n/g, '\n').split('\n')) {
    const head = /^\[([a-z-]+(?: [a-z-]+)?)\]\s*$/.exec(line);
    if (head) {
      current = [];
      sections.set(head[1]!, current);
    } else if (line.startsWith('#') && current === null) {
      continue;
    } else if (current && !line.startsWith('#')) current.push(line);
  }
  const get = (name: string) => {
    const s = sections.get(name);
    if (!s) throw new Error(`${file}: missing section [${name}]`);
    return s.join('\n').trim();
  };
  return {
    system: get('system'),
    user: get('user'),
    retry: get('retry'),
    stages: {
      'before-due': get('stage before-due'),
      due: get('stage due'),
      overdue: get('stage overdue'),
      collection: get('stage collection'),
      'final-demand': get('stage final-demand'),
      none: get('stage none'),
    },
  };
}

function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (m, k: string) => vars[k] ?? m);
}

export interface PromptInput {
  lang: Language;
  stage: Stage | null;
  /** The locked (tokenised) subject and body: the only customer text the model sees. */
  email: { subject: string; body: string };
  /** A rejected earlier answer and why, for the one retry. */
  previous?: { answer: string; failures: string[] };
}

export function buildMessages(input: PromptInput): ChatMessage[] {
  const t = loadPrompt(input.lang);
  const stage = input.stage ?? 'none';
  const vars = {
    stage,
    stage_guidance: t.stages[stage],
    email_json: JSON.stringify({ subject: input.email.subject, body: input.email.body }, null, 2),
    failures: (input.previous?.failures ?? []).map((f) => `- ${f}`).join('\n'),
  };
  const messages: ChatMessage[] = [
    { role: 'system', content: fill(t.system, vars) },
    { role: 'user', content: fill(t.user, vars) },
  ];
  if (input.previous) {
    messages.push({ role: 'assistant', content: input.previous.answer });
    messages.push({ role: 'user', content: fill(t.retry, vars) });
  }
  return messages;
}
