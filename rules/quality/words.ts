/** Word tokens of an email for the quality rules, with what should not be checked (placeholders, links, names, codes). */
import type { Analysis } from '../core/analysis.ts';

export interface WordToken {
  start: number;
  end: number;
  text: string;
  /** First word of its sentence (or line). */
  sentenceStart: boolean;
}

const WORD = /[\p{L}][\p{L}\p{M}]*(?:['’-][\p{L}][\p{L}\p{M}]*)*/gu;

/** Spans that are not prose: placeholders, links, emails, phones, amounts, dates, addresses. */
export function nonProse(a: Analysis): Array<{ start: number; end: number }> {
  return [...a.placeholders, ...a.urls, ...a.emails, ...a.phones, ...a.amounts, ...a.dates, ...a.addresses];
}

/** How many word tokens `text` has from `from` on: at least as many as its prose words. */
export function wordCountUpperBound(text: string, from = 0): number {
  let n = 0;
  WORD.lastIndex = from;
  while (WORD.exec(text)) n++;
  return n;
}

const proseCache = new WeakMap<Analysis, WordToken[]>();

/** Prose words of the email (body and subject), skipping tokens glued to digits or symbols of codes. */
export function proseWords(a: Analysis): WordToken[] {
  let out = proseCache.get(a);
  if (!out) proseCache.set(a, (out = findProseWords(a)));
  return out;
}

/** Counts of non-prose characters before each offset: a span [s, e) touches non-prose iff count[e] > count[s]. */
function nonProseCounts(a: Analysis): Uint32Array {
  const marked = new Uint8Array(a.text.length);
  for (const span of nonProse(a)) marked.fill(1, Math.max(0, span.start), Math.min(a.text.length, span.end));
  const counts = new Uint32Array(a.text.length + 1);
  for (let i = 0; i < marked.length; i++) counts[i + 1] = counts[i]! + marked[i]!;
  return counts;
}

function findProseWords(a: Analysis): WordToken[] {
  const skipped = nonProseCounts(a);
  const starts = new Set(a.sentences.map((s) => s.start));
  const out: WordToken[] = [];
  for (const m of a.text.matchAll(WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    if (skipped[end]! > skipped[start]!) continue;
    const before = a.text[start - 1] ?? ' ';
    const after = a.text[end] ?? ' ';
    // Codes and identifiers: INV-2041, object.name, user_id, #A12, /path, a@b.
    if (/[\p{N}_./#@\\=&%$]/u.test(before) || /[\p{N}_/#@\\=&%$]/u.test(after) || (after === '.' && /[\p{L}]/u.test(a.text[end + 1] ?? ''))) continue;
    let k = start - 1;
    while (k >= 0 && /[ \t"'(«“¿¡*_-]/.test(a.text[k]!)) k--;
    const sentenceStart = starts.has(start) || k < 0 || /[\n.!?:;]/.test(a.text[k]!) || starts.has(k + 1);
    out.push({ start, end, text: m[0], sentenceStart });
  }
  return out;
}

/** Vietnamese letters with diacritics (any tone or vowel mark, and đ). */
export const VI_MARKED = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/iu;
