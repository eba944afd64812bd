/** Applying the engine's suggestions to the text they were computed for. */
import type { LintMessage, Suggestion } from '../../../rules/core/types.ts';

/** Replaces `suggestion.range` in `text` with `suggestion.text`; returns the new text and where the caret should go. */
export function applySuggestion(text: string, suggestion: Pick<Suggestion, 'text' | 'range'>): { text: string; caret: number } {
  const [rawStart, rawEnd] = suggestion.range;
  const start = Math.max(0, Math.min(rawStart, text.length));
  const end = Math.max(start, Math.min(rawEnd, text.length));
  return { text: text.slice(0, start) + suggestion.text + text.slice(end), caret: start + suggestion.text.length };
}

/** Removes a finding's span (used by "Delete" on tone findings without a suggestion), with one adjoining space. */
export function deleteRange(text: string, range: [number, number]): { text: string; caret: number } {
  let [start, end] = range;
  start = Math.max(0, Math.min(start, text.length));
  end = Math.max(start, Math.min(end, text.length));
  if (text[end] === ' ') end += 1;
  else if (start > 0 && text[start - 1] === ' ') start -= 1;
  return { text: text.slice(0, start) + text.slice(end), caret: start };
}

/**
 * Where a missing element's sentence goes. The engine anchors element findings on a sentence, and
 * when the email is short that sentence can be the subject line; a sentence such as "The amount
 * due is …" belongs in the body, so it is added there as its own paragraph after the greeting's
 * first paragraph (or at the end of a body with a single paragraph).
 */
export function elementInsertion(body: string, suggestionText: string): { text: string; caret: number } {
  const sentence = suggestionText.trim();
  const first = body.indexOf('\n\n');
  const second = first < 0 ? -1 : body.indexOf('\n\n', first + 2);
  const at = second >= 0 ? second : body.replace(/\s+$/, '').length;
  const insert = body.trim() ? `\n\n${sentence}` : sentence;
  return { text: body.slice(0, at) + insert + body.slice(at), caret: at + insert.length };
}

/** Which field a finding belongs to (findings without `field` are in the body). */
export function fieldOf(message: Pick<LintMessage, 'field'>): 'subject' | 'body' {
  return message.field === 'subject' ? 'subject' : 'body';
}

export interface Segment {
  text: string;
  /** Index into the findings list of the finding covering this segment, if any (the most severe wins). */
  finding: number | null;
  severity?: LintMessage['severity'];
}

const RANK = { error: 3, warning: 2, info: 1 } as const;

/**
 * Splits `text` into runs for the highlight layer: each run is covered by the same (most severe)
 * finding or by none. Zero-width findings get a one-character mark so they stay visible.
 */
export function segments(text: string, findings: Array<Pick<LintMessage, 'range' | 'severity'>>): Segment[] {
  const cover: Array<number | null> = new Array(text.length).fill(null);
  findings.forEach((f, i) => {
    let [s, e] = f.range;
    s = Math.max(0, Math.min(s, text.length));
    e = Math.max(s, Math.min(e, text.length));
    if (s === e) {
      if (s < text.length) e = s + 1;
      else if (s > 0) s -= 1;
    }
    for (let k = s; k < e; k++) {
      const cur = cover[k];
      if (cur === null || cur === undefined || RANK[f.severity] > RANK[findings[cur]!.severity]) cover[k] = i;
    }
  });
  const out: Segment[] = [];
  let start = 0;
  for (let k = 1; k <= text.length; k++) {
    if (k === text.length || cover[k] !== cover[start]) {
      const idx = cover[start] ?? null;
      const seg: Segment = { text: text.slice(start, k), finding: idx };
      if (idx !== null) seg.severity = findings[idx]!.severity;
      out.push(seg);
      start = k;
    }
  }
  return out;
}
