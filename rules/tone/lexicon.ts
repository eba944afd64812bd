/**
 * The tone lexicon of a language (rules/locales/<lang>/tone.yml), compiled once: every entry's
 * phrases as one PhraseSet, the context lists, the register groups and the sentiment lexicon.
 */
import { toneData, type ToneData, type ToneEntry } from '../locales/index.ts';
import { PhraseSet } from '../core/phrases.ts';
import { STAGES, type Language, type Stage } from '../core/types.ts';

export const TONE_CATEGORIES = ['insult', 'blame', 'threat', 'shaming', 'ultimatum', 'passive-aggressive'] as const;
export type ToneCategory = (typeof TONE_CATEGORIES)[number];

export interface CompiledEntry extends ToneEntry {
  set: PhraseSet;
}

export interface ToneLexicon {
  data: ToneData;
  entries: Record<ToneCategory, CompiledEntry[]>;
  negations: PhraseSet;
  negationBreaks: PhraseSet;
  reassurances: PhraseSet;
  notThreats: PhraseSet;
  acronyms: Set<string>;
  register: Array<{ group: string; set: PhraseSet }>;
  dismissive: CompiledEntry[];
  /** All sentiment phrases, and their polarity by folded text. */
  sentiment: { set: PhraseSet; polarity: Map<string, number> };
}

const compile = (entries: ToneEntry[]): CompiledEntry[] => entries.map((e) => ({ ...e, set: new PhraseSet(e.phrases) }));

/** Lower case with collapsed white space: the key of a matched phrase in a lookup table. */
export function phraseKey(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}

const cache = new Map<Language, ToneLexicon>();

export function toneLexicon(lang: Language): ToneLexicon {
  let lex = cache.get(lang);
  if (lex) return lex;
  const data = toneData(lang);
  const entries = {} as Record<ToneCategory, CompiledEntry[]>;
  for (const c of TONE_CATEGORIES) entries[c] = compile(data[c]);
  const polarity = new Map(Object.entries(data.sentiment).map(([k, v]) => [phraseKey(k), v] as const));
  lex = {
    data,
    entries,
    negations: new PhraseSet(data.context.negations),
    negationBreaks: new PhraseSet(data.context['negation-breaks']),
    reassurances: new PhraseSet(data.context.reassurances),
    notThreats: new PhraseSet(data.context['not-threats']),
    acronyms: new Set(data.shouting.acronyms.map((a) => a.toUpperCase())),
    register: Object.entries(data.register.groups).map(([group, phrases]) => ({ group, set: new PhraseSet(phrases) })),
    dismissive: compile(data.register.dismissive),
    sentiment: { set: new PhraseSet([...polarity.keys()]), polarity },
  };
  cache.set(lang, lex);
  return lex;
}

/** Position of a stage in the escalation order (before-due = 0 … final-demand = 4). */
export function stageRank(stage: Stage): number {
  return STAGES.indexOf(stage);
}
