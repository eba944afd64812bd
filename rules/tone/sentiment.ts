/**
 * Sentiment on the NLCST tree, the same node data for every language: `data.polarity` (a number,
 * AFINN scale −5…5 per word, summed for sentences, paragraphs and the root) and `data.valence`
 * (positive | negative | neutral). English uses retext-sentiment (AFINN-165); Spanish and
 * Vietnamese use the `sentiment` lexicon of their tone.yml, matched as phrases so that
 * multi-syllable Vietnamese entries work. A negation right before a word flips it, as in
 * retext-sentiment.
 */
import retextSentiment from 'retext-sentiment';
import type { Parent, Root as NlcstRoot, Sentence, Word } from 'nlcst';
import { visit } from 'unist-util-visit';
import type { Analysis } from '../core/analysis.ts';
import { toneLexicon } from './lexicon.ts';

declare module 'unist' {
  interface Data {
    /** Sentiment polarity (retext-sentiment convention). */
    polarity?: number;
    valence?: 'positive' | 'negative' | 'neutral';
  }
}

/**
 * retext-sentiment 6 is typed against unified 10; its attacher takes options and returns a
 * transformer that patches the tree in place. This is the one place that says so.
 */
type SentimentTransformer = (tree: NlcstRoot) => void;
const englishSentiment = (retextSentiment as unknown as (options?: Record<string, number>) => SentimentTransformer)();

function patch(node: { data?: import('unist').Data }, polarity: number): void {
  const data = node.data ?? (node.data = {});
  data.polarity = polarity;
  data.valence = polarity > 0 ? 'positive' : polarity < 0 ? 'negative' : 'neutral';
}

const NEGATION: Record<string, RegExp> = {
  es: /^(no|nunca|jamás|ni|sin)$/i,
  vi: /^(không|chẳng|chưa|chả)$/i,
};

/** Lexicon sentiment for es/vi: word data from phrase matches, then sums up the tree. */
function lexiconSentiment(a: Analysis): void {
  const lex = toneLexicon(a.lang);
  const starts = new Map<number, number>();
  for (const m of lex.sentiment.set.all(a.text)) {
    const value = lex.sentiment.polarity.get(m.text.toLowerCase().replace(/\s+/g, ' '));
    if (value !== undefined) starts.set(m.start, value);
  }
  const negation = NEGATION[a.lang];
  visit(a.tree, 'WordNode', (word: Word) => {
    const offset = word.position?.start.offset;
    const value = offset === undefined ? undefined : starts.get(offset);
    if (value !== undefined) patch(word, value);
  });
  const sum = (node: Parent): number => {
    let total = 0;
    let negated = false;
    for (const child of node.children) {
      if ('children' in child && child.type !== 'WordNode') sum(child as Parent);
      const p = child.data?.polarity;
      if (typeof p === 'number') total += negated ? -p : p;
      if (child.type === 'WordNode') {
        const text = child.children.map((c) => ('value' in c ? c.value : '')).join('');
        negated = !negated && !!negation?.test(text);
      }
    }
    patch(node, total);
    return total;
  };
  sum(a.tree);
}

const done = new WeakSet<Analysis>();

/** Patches sentiment data on the analysis tree (once per analysis). */
export function applySentiment(a: Analysis): void {
  if (done.has(a)) return;
  done.add(a);
  if (a.lang === 'en') englishSentiment(a.tree);
  else lexiconSentiment(a);
}

export interface SentenceSentiment {
  start: number;
  end: number;
  polarity: number;
}

/** Every sentence with its polarity. */
export function sentenceSentiment(a: Analysis): SentenceSentiment[] {
  applySentiment(a);
  const out: SentenceSentiment[] = [];
  visit(a.tree, 'SentenceNode', (s: Sentence) => {
    const start = s.position?.start.offset;
    const end = s.position?.end.offset;
    if (start === undefined || end === undefined) return;
    out.push({ start, end, polarity: s.data?.polarity ?? 0 });
  });
  return out;
}
