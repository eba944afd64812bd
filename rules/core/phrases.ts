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

const WORD = '[\\p{L}\\p{N}_]';
const gap = (words: number) => `(?:[^\\S\\n]+[^\\s.!?]+){0,${words}}?`;

export function phraseSource(phrase: string): string {
  return `(?<!${WORD})${phraseBody(phrase)}(?!${WORD})`;
}

/** The phrase as a regex group, without the whole-word guards. */
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
  return `(?:${out})`;
}

/** One global regex matching any of the phrases. */
export function compilePhrases(phrases: readonly string[]): RegExp {
  if (!phrases.length) return /(?!)/gu;
  const sorted = [...phrases].sort((a, b) => b.length - a.length);
  // One pair of word guards around the alternation (same matches as guarding each phrase, since
  // the guards only look at the boundaries): V8 compiles this many times faster, which is most
  // of a single-file run.
  return new RegExp(`(?<!${WORD})(?:${sorted.map(phraseBody).join('|')})(?!${WORD})`, 'giu');
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
  all(text: string, from = 0, to = text.length): Match[] {
    return findAll(this.re, text, from, to);
  }
  test(text: string): boolean {
    this.re.lastIndex = 0;
    return this.re.test(text);
  }
}
