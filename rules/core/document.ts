/**
 * A document is the original source plus a *projection*: the text the rules read. The projection
 * hides markup (front matter keys, HTML tags, template control tags), is NFC-normalised, folds
 * typographic variants (’ → ', old Vietnamese tone-mark placement → new) and keeps a map from every
 * projected offset back to the original, so findings are reported where they are in the file.
 */
// js-yaml rather than yaml for front matter: a few keys per email, parsed once per lint, where
// js-yaml is several times faster. The core schema keeps dates ("due: 2026-11-30") as strings.
import yaml from 'js-yaml';
import { fromHtml } from './html.ts';
import { CONTROL_PATTERNS, DELETED, hasInlineTags, maskInlineTags, maskRange } from './mask.ts';
import type { Format } from './types.ts';

export interface FrontMatter {
  data: Record<string, unknown>;
  /** Offsets of the whole front matter block in the source. */
  range: [number, number];
  /** Offsets of the subject value in the source, when there is one. */
  subjectRange?: [number, number];
}

export class InputError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

export interface Span {
  start: number;
  end: number;
}

const FRONT_MATTER = /^(\uFEFF?)---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** Finds and parses YAML front matter. Throws InputError on broken YAML or a non-mapping block. */
export function readFrontMatter(source: string): FrontMatter | null {
  const m = FRONT_MATTER.exec(source);
  if (!m) {
    if (/^\uFEFF?---[ \t]*\r?\n/.test(source) && !/\n(?:---|\.\.\.)[ \t]*(\r?\n|$)/.test(source)) {
      throw new InputError('front matter starts with --- but is never closed by a --- line', 1);
    }
    return null;
  }
  const yamlText = m[2] ?? '';
  let data: unknown;
  try {
    data = yaml.load(yamlText, { schema: yaml.CORE_SCHEMA }) ?? {};
  } catch (error) {
    // The YAML starts on the line after "---".
    const line = error instanceof yaml.YAMLException && error.mark ? error.mark.line + 2 : undefined;
    const reason = error instanceof yaml.YAMLException ? error.reason : (error as Error).message.split('\n')[0];
    throw new InputError(`broken front matter: ${reason}`, line);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new InputError('front matter must be a YAML mapping of keys such as lang, stage, subject', 2);
  }
  const fm: FrontMatter = { data: data as Record<string, unknown>, range: [0, m[0].length] };
  const yamlStart = (m[1] ?? '').length + m[0].slice((m[1] ?? '').length).indexOf('\n') + 1;
  const subj = /^subject[ \t]*:[ \t]*(.*)$/m.exec(yamlText);
  if (subj && typeof fm.data.subject === 'string' && fm.data.subject.trim()) {
    const raw = subj[1] ?? '';
    let start = yamlStart + subj.index + subj[0].length - raw.length;
    let end = start + raw.replace(/\s+$/, '').length;
    const first = source[start];
    if ((first === '"' || first === "'") && source[end - 1] === first) {
      start += 1;
      end -= 1;
    }
    fm.subjectRange = [start, end];
  }
  return fm;
}

/** Old-style Vietnamese tone placement (hoá) → new style (hóa); same length, so offsets hold. */
const VI_TONE_FOLD: Record<string, string> = {};
{
  const pairs: Array<[string, string[]]> = [
    ['o', ['à', 'á', 'ả', 'ã', 'ạ']],
    ['u', ['ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ']],
  ];
  const moved: Record<string, string[]> = {
    oa: ['òa', 'óa', 'ỏa', 'õa', 'ọa'],
    oe: ['òe', 'óe', 'ỏe', 'õe', 'ọe'],
    uy: ['ùy', 'úy', 'ủy', 'ũy', 'ụy'],
  };
  const oldOe = ['è', 'é', 'ẻ', 'ẽ', 'ẹ'];
  for (let i = 0; i < 5; i++) {
    VI_TONE_FOLD[`o${pairs[0]![1][i]}`] = moved.oa![i]!;
    VI_TONE_FOLD[`o${oldOe[i]}`] = moved.oe![i]!;
    VI_TONE_FOLD[`u${pairs[1]![1][i]}`] = moved.uy![i]!;
  }
  for (const [k, v] of Object.entries({ ...VI_TONE_FOLD })) {
    VI_TONE_FOLD[k[0]!.toUpperCase() + k.slice(1)] = v[0]!.toUpperCase() + v.slice(1);
  }
}
const VI_FOLD_RE = new RegExp(`(${Object.keys(VI_TONE_FOLD).join('|')})(?![\\p{L}])`, 'gu');

const CHAR_FOLD: Record<string, string> = {
  '\u2019': "'",
  '\u2018': "'",
  '\u02BC': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u00A0': ' ',
  '\u202F': ' ',
  '\u2007': ' ',
  '\u2009': ' ',
  '\u200B': ' ',
  '\uFEFF': ' ',
  '\t': ' ',
  '\r': ' ',
};

const COMBINING = /\p{M}/u;
const CHAR_FOLD_RE = new RegExp(`[${Object.keys(CHAR_FOLD).join('')}]`, 'g');

/** The projection of a source, with an offset map back to it. */
export class Projection {
  readonly text: string;
  private readonly map: Int32Array;

  constructor(
    readonly source: string,
    masked: string,
  ) {
    let text: string;
    let map: Int32Array;
    if (!COMBINING.test(masked) && !masked.includes(DELETED)) {
      // No combining marks (almost every email): each character folds to one character, so the
      // offsets stay as they are.
      text = masked.replace(CHAR_FOLD_RE, (c) => CHAR_FOLD[c]!);
      map = new Int32Array(masked.length + 1);
      for (let i = 0; i <= masked.length; i++) map[i] = i;
    } else {
      const out: string[] = [];
      const offsets: number[] = [];
      // Group each base character with its combining marks, so NFD input normalises per group.
      const re = /[^\p{M}][\p{M}]*|[\p{M}]+/gu;
      for (const m of masked.matchAll(re)) {
        const group = m[0];
        const at = m.index;
        if (group === DELETED) continue;
        let norm = group.length > 1 ? group.normalize('NFC') : group;
        norm = CHAR_FOLD[norm] ?? norm;
        for (let k = 0; k < norm.length; k++) {
          out.push(norm[k]!);
          offsets.push(at + Math.min(k, group.length - 1));
        }
      }
      offsets.push(masked.length);
      text = out.join('');
      map = Int32Array.from(offsets);
    }
    this.text = text.replace(VI_FOLD_RE, (s) => VI_TONE_FOLD[s] ?? s);
    this.map = map;
  }

  /** Offset in the source of a projected offset (end offsets map to the end of their group). */
  toSource(offset: number): number {
    if (offset <= 0) return this.map[0] ?? 0;
    if (offset >= this.text.length) return this.source.length;
    return this.map[offset]!;
  }

  sourceRange(start: number, end: number): [number, number] {
    const s = this.toSource(start);
    // The end maps to the start of the next projected char, which covers trailing combining marks.
    const e = end >= this.text.length ? this.source.length : this.toSource(end);
    return [s, Math.max(s, e)];
  }

  /** Projected offset of a source offset (first projected char at or after it). */
  fromSource(offset: number): number {
    let lo = 0;
    let hi = this.text.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.map[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

export interface DocumentOptions {
  format?: Format;
}

export interface Document {
  source: string;
  format: Format;
  frontMatter: FrontMatter | null;
  projection: Projection;
  /** Projected text (what rules read). */
  text: string;
  /** Projected span of the subject line, if any. */
  subject?: Span;
  /** Projected offset where the body starts. */
  bodyStart: number;
}

/** Builds the projection of an email source in the given format. */
export function buildDocument(source: string, options: DocumentOptions = {}): Document {
  const format = options.format ?? guessFormat(source);
  let frontMatter: FrontMatter | null = null;
  if (format !== 'html') frontMatter = readFrontMatter(source);
  else {
    try {
      frontMatter = readFrontMatter(source);
    } catch {
      frontMatter = null;
    }
  }
  // Masking keeps every offset: characters are blanked in a copy of the source, which is only
  // made (split into characters) when something needs masking.
  let masked = source;
  let chars: string[] | null = null;
  const edit = (): string[] => (chars ??= masked.split(''));
  let bodyStartSource = 0;
  if (frontMatter) {
    maskRange(edit(), frontMatter.range[0], frontMatter.range[1]);
    if (frontMatter.subjectRange) {
      const [s, e] = frontMatter.subjectRange;
      for (let i = s; i < e; i++) edit()[i] = source[i]!;
    }
    bodyStartSource = frontMatter.range[1];
  }
  if (source.charCodeAt(0) === 0xfeff) edit()[0] = ' ';
  if (chars) masked = (chars as string[]).join('');
  for (const re of CONTROL_PATTERNS) {
    re.lastIndex = 0;
    const found = re.test(masked);
    re.lastIndex = 0; // matchAll starts where the regex's lastIndex is
    if (!found) continue;
    const c = edit();
    for (const m of masked.matchAll(re)) maskRange(c, m.index, m.index + m[0].length);
    masked = c.join('');
  }
  if (format === 'html') fromHtml(edit(), masked, bodyStartSource);
  else if (hasInlineTags(masked)) maskInlineTags(edit(), masked);
  if (chars) masked = (chars as string[]).join('');
  const projection = new Projection(source, masked);
  const doc: Document = {
    source,
    format,
    frontMatter,
    projection,
    text: projection.text,
    bodyStart: projection.fromSource(bodyStartSource),
  };
  if (frontMatter?.subjectRange) {
    doc.subject = {
      start: projection.fromSource(frontMatter.subjectRange[0]),
      end: projection.fromSource(frontMatter.subjectRange[1]),
    };
  }
  return doc;
}

export function guessFormat(source: string): Format {
  if (/^\s*(<!doctype html|<html[\s>])/i.test(source)) return 'html';
  if (/^\uFEFF?---\s*\n/.test(source)) return 'markdown';
  return 'text';
}

/** Format from a file name's extension. */
export function formatFromPath(path: string): Format | null {
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  switch (ext) {
    case 'md':
    case 'markdown':
      return 'markdown';
    case 'txt':
    case 'text':
    case 'eml':
      return 'text';
    case 'html':
    case 'htm':
      return 'html';
    case 'hbs':
    case 'handlebars':
    case 'mustache':
      return 'handlebars';
    case 'liquid':
      return 'liquid';
    case 'j2':
    case 'jinja':
    case 'jinja2':
      return 'jinja';
    case 'twig':
      return 'twig';
    default:
      return null;
  }
}
