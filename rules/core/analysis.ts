/**
 * What every rule may want to know about an email, computed once per lint: the NLCST tree from
 * retext-latin, sentences, placeholders, amounts, dates, contact channels, links.
 */
import { unified } from 'unified';
import retextLatin from 'retext-latin';
import type { Root as NlcstRoot, Sentence } from 'nlcst';
import type { Document, Span } from './document.ts';
import type { Language } from './types.ts';
import { findPlaceholders, type Placeholder } from '../extract/placeholders.ts';
import { findAmounts, type Amount } from '../extract/amounts.ts';
import { findDates, type DateMention } from '../extract/dates.ts';
import {
  findAddresses,
  findEmails,
  findPhones,
  findUrls,
  type ChannelMention,
  type Mention,
  type UrlMention,
} from '../extract/contacts.ts';
import type { PlaceholderKind } from '../locales/index.ts';

export interface Segment extends Span {
  text: string;
}

export interface Analysis {
  doc: Document;
  lang: Language;
  region?: string;
  text: string;
  tree: NlcstRoot;
  /** Sentences, further split at line breaks that end a line of a list or signature. */
  sentences: Segment[];
  placeholders: Placeholder[];
  amounts: Amount[];
  dates: DateMention[];
  emails: Mention[];
  urls: UrlMention[];
  phones: ChannelMention[];
  addresses: ChannelMention[];
  /** The sentence containing an offset. */
  sentenceAt(offset: number): Segment | undefined;
}

const latin = unified().use(retextLatin);

export function parseNlcst(text: string): NlcstRoot {
  return latin.parse(text) as NlcstRoot;
}

const sentenceCache = new WeakMap<NlcstRoot, Sentence[]>();

/**
 * The sentence nodes of a retext tree, in order. NLCST nests them at a fixed depth (root →
 * paragraph → sentence), so this walks those two levels instead of visiting every word.
 */
export function sentenceNodes(tree: NlcstRoot): Sentence[] {
  let out = sentenceCache.get(tree);
  if (out) return out;
  out = [];
  for (const node of tree.children) {
    if (node.type === 'SentenceNode') out.push(node as unknown as Sentence);
    else if (node.type === 'ParagraphNode') for (const child of node.children) if (child.type === 'SentenceNode') out.push(child);
  }
  sentenceCache.set(tree, out);
  return out;
}

/** Splits retext sentences at line breaks, unless the line clearly continues (wrapped prose). */
function segments(text: string, tree: NlcstRoot): Segment[] {
  const out: Segment[] = [];
  for (const node of sentenceNodes(tree)) {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    let s = start;
    for (let i = start; i < end; i++) {
      if (text[i] !== '\n') continue;
      const before = text.slice(s, i).trimEnd();
      const after = text.slice(i + 1, end).trimStart();
      const continues = /[\p{Ll},;\-–]$/u.test(before) && /^[\p{Ll}(]/u.test(after) && before.length > 40;
      if (!continues) {
        if (before.trim()) out.push({ start: s, end: s + before.length, text: before });
        s = i + 1;
      }
    }
    const rest = text.slice(s, end);
    if (rest.trim()) out.push({ start: s, end: s + rest.trimEnd().length, text: rest.trimEnd() });
  }
  // Trim leading white space off each segment.
  return out
    .map((seg) => {
      const lead = seg.text.length - seg.text.trimStart().length;
      return { start: seg.start + lead, end: seg.end, text: seg.text.trimStart() };
    })
    .filter((seg) => seg.text.length > 0);
}

export interface AnalysisOptions {
  region?: string;
  extraPlaceholders?: Partial<Record<PlaceholderKind, string[]>>;
}

export function analyse(doc: Document, lang: Language, options: AnalysisOptions = {}): Analysis {
  const text = doc.text;
  const tree = parseNlcst(text);
  const sentences = segments(text, tree);
  const placeholders = findPlaceholders(text, options.extraPlaceholders);
  const inPlaceholder = (m: Span) => placeholders.some((p) => m.start < p.end && m.end > p.start);
  const emails = findEmails(text).filter((m) => !inPlaceholder(m));
  const urls = findUrls(text, lang, emails).filter((m) => !inPlaceholder(m));
  const dates = findDates(text, lang, options.region).filter((m) => !inPlaceholder(m));
  const amounts = findAmounts(text, lang).filter((m) => !inPlaceholder(m));
  const taken: Mention[] = [...amounts, ...dates, ...emails, ...urls];
  const phones = findPhones(text, lang, taken).filter((m) => !inPlaceholder(m));
  const addresses = findAddresses(text, lang).filter((a) => !placeholders.some((p) => p.start >= a.start && p.end <= a.end && p.kind !== 'address'));
  return {
    doc,
    lang,
    region: options.region,
    text,
    tree,
    sentences,
    placeholders,
    amounts,
    dates,
    emails,
    urls,
    phones,
    addresses,
    sentenceAt: sentenceFinder(sentences),
  };
}

/** `Analysis.sentenceAt` over these sentences. */
export function sentenceFinder(sentences: Segment[]): Analysis['sentenceAt'] {
  return (offset) => sentences.find((s) => offset >= s.start && offset < s.end) ?? sentences.find((s) => offset <= s.end);
}
