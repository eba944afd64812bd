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

/** Prose words of the email (body and subject), skipping tokens glued to digits or symbols of codes. */
export function proseWords(a: Analysis): WordToken[] {
  const skip = nonProse(a);
  const starts = new Set(a.sentences.map((s) => s.start));
  const out: WordToken[] = [];
  for (const m of a.text.matchAll(WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    if (skip.some((s) => start < s.end && end > s.start)) continue;
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
