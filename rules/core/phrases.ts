/**
 * Cue phrases are data (rules/locales/<lang>/*.yml) written in a small, reviewer-friendly syntax:
 *
 *   words separated by spaces   match across any run of white space, line breaks included
 *   ...                         up to six words in between (never across . ! ? or a line break);
 *                               "... ..." up to twelve
 *   word*                       any word starting with "word"
 *   (a|b)  x?                   alternatives and optional characters, as in regular expressions
 *
 * Matching is case-insensitive, on NFC text with typographic quotes folded, and phrases always
 * match whole words.
 */
import { foldForMatching } from './text.ts';

/**
 * A word character for the whole-word boundaries: letters of the Latin scripts (with Vietnamese's
 * Latin Extended Additional), combining marks, Greek and Cyrillic, digits, underscore. Spelled out
 * rather than \p{L} so the phrase regexes need no `u` flag: Unicode property classes make these
 * large alternations several times slower to compile, and every lint run compiles them.
 */
const WORD = '[a-z0-9_\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02af\\u0300-\\u036f\\u0370-\\u052f\\u1e00-\\u1eff]';
const gap = (words: number) => `(?:[^\\S\\n]+[^\\s.!?]+){0,${words}}?`;

/** The regex source of one phrase, without the word boundaries. */
function phraseBody(phrase: string): string {
  const folded = foldForMatching(phrase.trim());
  const tokens: string[] = [];
  let current = '';
  let depth = 0;
  for (let i = 0; i < folded.length; i++) {
    const ch = folded[i]!;
    if (ch === '\\' && i + 1 < folded.length) {
      current += `\\${folded[++i]}`;
    } else if (/\s/.test(ch)) {
      if (depth > 0) {
        if (!current.endsWith('\\s+')) current += '\\s+';
      } else if (current) {
        tokens.push(current);
        current = '';
      }
    } else if (ch === '*') current += `${WORD}*`;
    else if (ch === '(') {
      depth++;
      current += '(?:';
    } else if (ch === ')') {
      depth = Math.max(0, depth - 1);
      current += ')';
    } else if (ch === '|' || ch === '?') current += ch;
    else current += ch.replace(/[.^$+[\]{}\\/]/g, '\\$&');
  }
  if (current) tokens.push(current);
  let out = '';
  let gaps = 0;
  for (const token of tokens) {
    if (token === '\\.\\.\\.') {
      gaps++;
      continue;
    }
    if (out) out += gaps ? `,?${gap(gaps * 6)},?\\s+` : ',?\\s+';
    out += token;
    gaps = 0;
  }
  return out;
}

/** The regex source of one phrase, whole words only. */
export function phraseSource(phrase: string): string {
  return `(?<!${WORD})(?:${phraseBody(phrase)})(?!${WORD})`;
}

/**
 * One global regex matching any of the phrases. Phrases are lower-cased and matched against a
 * lower-cased copy of the text (see `lowerCase`), so the regex needs no `i` flag: case-insensitive
 * Unicode classes are slow to compile and to run.
 */
export function compilePhrases(phrases: readonly string[]): RegExp {
  if (!phrases.length) return /(?!)/g;
  const sorted = [...new Set(phrases.map((p) => lowerCase(p)))].sort((a, b) => b.length - a.length);
  return new RegExp(`(?<!${WORD})(?:${sorted.map(phraseBody).join('|')})(?!${WORD})`, 'g');
}

/** Lower case, keeping the length (and so every offset) of the text. */
export function lowerCase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

let lastText = '';
let lastLower = '';
function lowered(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastLower = lowerCase(text);
  }
  return lastLower;
}

export interface Match {
  start: number;
  end: number;
  text: string;
}

/** No phrase match is this long; searching a window this far past `to` finds the same matches. */
const MAX_MATCH = 200;

export function findAll(re: RegExp, text: string, from = 0, to = text.length): Match[] {
  const out: Match[] = [];
  re.lastIndex = from;
  // Searching one sentence must not scan the rest of the document when nothing matches in it.
  const haystack = to + MAX_MATCH < text.length ? text.slice(0, to + MAX_MATCH) : text;
  let m: RegExpExecArray | null;
  while ((m = re.exec(haystack))) {
    if (m.index >= to) break;
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** A phrase list compiled once, with lookup helpers. */
export class PhraseSet {
  readonly re: RegExp;
  constructor(readonly phrases: readonly string[]) {
    this.re = compilePhrases(phrases);
  }
  /** Matches in `text` (offsets and text as in the original, case-insensitive). */
  all(text: string, from = 0, to = text.length): Match[] {
    return findAll(this.re, lowered(text), from, to).map((m) => ({ ...m, text: text.slice(m.start, m.end) }));
  }
  test(text: string): boolean {
    this.re.lastIndex = 0;
    return this.re.test(lowerCase(text));
  }
  /** First match at or after `from`, or null. */
  exec(text: string, from = 0): Match | null {
    this.re.lastIndex = from;
    const m = this.re.exec(lowered(text));
    return m ? { start: m.index, end: m.index + m[0].length, text: text.slice(m.index, m.index + m[0].length) } : null;
  }
}
