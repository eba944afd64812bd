/** Expanding CLI operands (files, directories, globs) and reading files safely. */
import { readFileSync, statSync } from 'node:fs';
import { stat, realpath, writeFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { formatFromPath } from '../rules/core/document.ts';

export const TEMPLATE_GLOB = '**/*.{md,markdown,txt,html,htm,hbs,handlebars,mustache,liquid,j2,jinja,jinja2,twig}';
export const MAX_BYTES = 1024 * 1024;

export class FileError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = 'FileError';
  }
}

export interface Expansion {
  files: string[];
  /** Operands that matched nothing, with the reason. */
  problems: Array<{ operand: string; reason: string }>;
}

/** Files, directories (searched for templates) and globs → a sorted, de-duplicated list of paths. */
export async function expandOperands(operands: string[], cwd = process.cwd(), ignore: string[] = []): Promise<Expansion> {
  const files = new Set<string>();
  const problems: Expansion['problems'] = [];
  for (const operand of operands) {
    const abs = resolve(cwd, operand);
    let statError: string | undefined;
    const info = await stat(abs).catch((error: NodeJS.ErrnoException) => {
      statError = error.code;
      return null;
    });
    if (statError === 'ELOOP') {
      problems.push({ operand, reason: 'symbolic link loop' });
      continue;
    }
    if (statError === 'EACCES') {
      problems.push({ operand, reason: 'permission denied' });
      continue;
    }
    if (info?.isFile()) {
      files.add(abs);
      continue;
    }
    if (info?.isDirectory()) {
      const { glob } = await import('tinyglobby');
      const found = await glob(TEMPLATE_GLOB, {
        cwd: abs,
        absolute: true,
        ignore: ['**/node_modules/**', '**/.git/**', ...ignore],
        followSymbolicLinks: true,
        dot: false,
      });
      const unique = await dedupeReal(found);
      if (!unique.length) problems.push({ operand, reason: 'directory contains no templates (.md, .txt, .html, .hbs, .liquid, .j2, .twig…)' });
      for (const f of unique) files.add(f);
      continue;
    }
    if (/[*?[\]{}]/.test(operand)) {
      const { glob } = await import('tinyglobby');
      const found = await glob(operand, { cwd, absolute: true, ignore: ['**/node_modules/**', ...ignore], dot: false });
      const templates = found.filter((f) => formatFromPath(f) !== null);
      if (!templates.length) problems.push({ operand, reason: 'glob matches no template files' });
      for (const f of templates) files.add(f);
      continue;
    }
    problems.push({ operand, reason: 'no such file or directory' });
  }
  return { files: [...files].sort(), problems };
}

async function dedupeReal(paths: string[]): Promise<string[]> {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const p of paths) {
    const real = await realpath(p).catch(() => p);
    if (seen.has(real)) continue;
    seen.add(real);
    out.push(p);
  }
  return out;
}

export interface ReadResult {
  text: string;
  bom: boolean;
  eol: '\n' | '\r\n';
}

/** Reads a template as UTF-8, refusing binary files, invalid UTF-8, empty and oversized files. */
export async function readTemplate(path: string): Promise<ReadResult> {
  return readTemplateSync(path);
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * `readTemplate`, synchronously. A library is read one small file at a time between lints, and a
 * synchronous read skips the thread-pool round trips that would otherwise leave the CPU idle.
 */
export function readTemplateSync(path: string): ReadResult {
  let buf: Buffer;
  try {
    const info = statSync(path);
    if (info.size > MAX_BYTES) throw new FileError(path, `file is ${(info.size / 1048576).toFixed(1)} MB; tactful lints emails and templates up to 1 MB`);
    buf = readFileSync(path);
  } catch (error) {
    if (error instanceof FileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new FileError(path, code === 'EACCES' ? 'permission denied' : code === 'ELOOP' ? 'symbolic link loop' : `cannot read file (${code ?? (error as Error).message})`);
  }
  if (buf.length === 0) throw new FileError(path, 'file is empty');
  if (buf.includes(0)) throw new FileError(path, 'binary file (contains NUL bytes), not a text template');
  let text: string;
  try {
    text = UTF8.decode(buf);
  } catch {
    throw new FileError(path, 'not valid UTF-8; save the file as UTF-8');
  }
  // TextDecoder drops a leading BOM; remember it so --fix writes it back.
  const bom = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
  if (!text.replace(/^\uFEFF/, '').trim()) throw new FileError(path, 'file is empty (only white space)');
  return { text, bom, eol: /\r\n/.test(text) ? '\r\n' : '\n' };
}

export function displayPath(path: string, cwd = process.cwd()): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') ? rel : path;
}

/** Writes a file atomically: a temporary file beside it, then a rename; keeps the file's mode. */
export async function writeAtomic(path: string, content: string): Promise<void> {
  const mode = await stat(path).then((s) => s.mode & 0o7777).catch(() => undefined);
  const tmp = join(dirname(path), `.${basename(path)}.tactful-${process.pid}-${Date.now()}.tmp`);
  try {
    await writeFile(tmp, content, mode !== undefined ? { encoding: 'utf8', mode } : 'utf8');
    await rename(tmp, path);
  } catch (error) {
    await unlink(tmp).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    throw new FileError(path, code === 'EACCES' || code === 'EPERM' ? 'cannot write: permission denied' : `cannot write (${code ?? (error as Error).message})`);
  }
}
