/**
 * Context shared by the tone rules: which spans are not prose (placeholders, links, addresses),
 * which are reassurances or harmless uses ("no late fee applies", "legal name"), whether a phrase is
 * negated, and whether the stage allows a phrase (DESIGN.md: what each stage may mention).
 */
import type { Analysis } from '../core/analysis.ts';
import type { Span } from '../core/document.ts';
import type { Stage } from '../core/types.ts';
import { stageRank, type ToneLexicon } from './lexicon.ts';
import { PhraseSet } from '../core/phrases.ts';
import { messageData } from '../locales/index.ts';

export interface ToneContext {
  /** Placeholders, URLs and e-mail addresses: never read as words. */
  code: Span[];
  reassurances: Span[];
  notThreats: Span[];
  /** Short lines of the signature block: names, titles, firms ("Solicitor", "Collections team"). */
  signature: Span[];
}

const closingSets = new Map<Analysis['lang'], PhraseSet>();

/**
 * The lines of the signature block, as offsets: after the last closing ("Regards", "Atentamente",
 * "Trân trọng"); without one, the run of short trailing lines that do not end like a sentence.
 */
export function signatureLines(a: Analysis): Array<Span & { text: string }> {
  let closings = closingSets.get(a.lang);
  if (!closings) closingSets.set(a.lang, (closings = new PhraseSet(messageData(a.lang).closings)));
  const lines = a.text.split('\n');
  const bodyLine = a.doc.subject ? a.text.slice(0, a.doc.subject.end).split('\n').length : 0;
  let from = -1;
  for (let i = lines.length - 1; i >= bodyLine && from < 0; i--) {
    const line = lines[i]!.trim();
    if (line && line.split(/\s+/).length <= 6 && closings.test(line)) from = i + 1;
  }
  if (from < 0) {
    from = lines.length;
    for (let i = lines.length - 1; i > bodyLine; i--) {
      const line = lines[i]!.trim();
      if (!line) continue;
      if (line.split(/\s+/).length > 8 || /[.!?;:,]$/.test(line) || from - i > 6) break;
      from = i;
    }
  }
  const out: Array<Span & { text: string }> = [];
  let offset = 0;
  for (let i = 0; i < lines.length; i++) {
    if (i >= from) out.push({ start: offset, end: offset + lines[i]!.length, text: lines[i]! });
    offset += lines[i]!.length + 1;
  }
  return out;
}

const cache = new WeakMap<Analysis, ToneContext>();

export function toneContext(a: Analysis, lex: ToneLexicon): ToneContext {
  let c = cache.get(a);
  if (!c) {
    c = {
      code: [...a.placeholders, ...a.urls, ...a.emails],
      reassurances: lex.reassurances.all(a.text),
      notThreats: lex.notThreats.all(a.text),
      // A sentence after the sign-off (a P.S.) is still read; a name or a title is not.
      signature: signatureLines(a).filter((l) => l.text.trim().split(/\s+/).length <= 8 && !/[.!?]$/.test(l.text.trim())),
    };
    cache.set(a, c);
  }
  return c;
}

export const overlaps = (m: Span, spans: readonly Span[]): boolean => spans.some((s) => m.start < s.end && m.end > s.start);

/** How many words before a phrase a negation may stand ("not charge you a late fee"). */
const NEGATION_WINDOW = 4;

/**
 * Whether a negation stands just before the phrase, in the same clause, with nothing between them
 * that shows it belongs to something else ("no late fee" yes; "if it is not paid, a late fee" no).
 */
export function isNegated(a: Analysis, lex: ToneLexicon, m: Span): boolean {
  const from = Math.max(0, m.start - 80);
  let before = a.text.slice(from, m.start);
  const cut = Math.max(...[',', '.', ';', ':', '!', '?', '\n', '(', '–', '—'].map((ch) => before.lastIndexOf(ch)));
  if (cut >= 0) before = before.slice(cut + 1);
  const words = before.trim().split(/\s+/).filter(Boolean);
  const window = words.slice(-NEGATION_WINDOW).join(' ');
  if (!window) return false;
  const negs = lex.negations.all(window);
  const last = negs[negs.length - 1];
  if (!last) return false;
  // The words between the negation and the phrase, and the phrase's own first words ("not pay
  // within 24 hours": the negation is about paying, not about the deadline).
  const phrase = a.text.slice(m.start, m.end);
  // A new clause between them ("we do not offer extensions and we expect payment immediately"):
  // the phrase's first word is read with the words before it.
  const between = window.slice(last.end);
  if (lex.negationBreaks.test(between)) return false;
  if (between.trim() && lex.negationBreaks.test(`${between} ${phrase.split(/\s+/)[0] ?? ''}`)) return false;
  return !lex.negationBreaks.all(phrase).some((b) => b.start === 0 && /^\s/.test(phrase.slice(b.end, b.end + 1)));
}

/**
 * Whether the stage allows the phrase: `from` = acceptable from that stage on, `until` = flagged
 * only before that stage. Unknown stage: stage-gated phrases are never flagged.
 */
export function stageFlags(entry: { from?: Stage; until?: Stage }, stage: Stage | null): boolean {
  const gate = entry.from ?? entry.until;
  if (!gate) return true;
  if (!stage) return false;
  return stageRank(stage) < stageRank(gate);
}

/** The sentence around an offset (the span a sentence-level suggestion replaces). */
export function sentenceSpan(a: Analysis, m: Span): Span {
  const s = a.sentenceAt(m.start);
  return s && s.start <= m.start && s.end >= m.end ? { start: s.start, end: s.end } : m;
}

/** Keeps the case of the first letter of the replaced text ("Deadbeat" → "Customer"). */
export function matchCase(replacement: string, original: string): string {
  if (!replacement) return replacement;
  const first = original[0] ?? '';
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) {
    return replacement[0]!.toUpperCase() + replacement.slice(1);
  }
  return replacement;
}
