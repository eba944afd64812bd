/** Compiled cue phrases of rules/locales/<lang>/elements.yml, built once per language. */
import { elementCues } from '../locales/index.ts';
import { PhraseSet } from '../core/phrases.ts';
import type { Language } from '../core/types.ts';

export interface CompiledCues {
  attached: PhraseSet;
  notAttached: PhraseSet;
  otherAttachments: PhraseSet;
  invoiceWords: PhraseSet;
  due: PhraseSet;
  dueAfter: PhraseSet;
  deadline: PhraseSet;
  paymentWords: PhraseSet;
  issue: PhraseSet;
  gapWords: Set<string>;
  gapMaxWords: number;
  pay: PhraseSet;
  respond: PhraseSet;
  imperative: PhraseSet;
  excluded: PhraseSet;
  conditional: PhraseSet;
  alreadyPaid: PhraseSet;
}

const cache = new Map<Language, CompiledCues>();

export function cues(lang: Language): CompiledCues {
  let c = cache.get(lang);
  if (c) return c;
  const d = elementCues(lang);
  c = {
    attached: new PhraseSet(d['invoice-copy'].attached),
    notAttached: new PhraseSet(d['invoice-copy']['not-attached']),
    otherAttachments: new PhraseSet(d['invoice-copy']['other-attachments']),
    invoiceWords: new PhraseSet(d['invoice-copy']['invoice-words']),
    due: new PhraseSet(d['due-date'].due),
    dueAfter: new PhraseSet(d['due-date']['due-after']),
    deadline: new PhraseSet(d['due-date'].deadline),
    paymentWords: new PhraseSet(d['due-date']['payment-words']),
    issue: new PhraseSet(d['due-date'].issue),
    gapWords: new Set(d['due-date']['gap-words'].map((w) => w.toLowerCase())),
    gapMaxWords: d['due-date']['gap-max-words'] ?? 4,
    pay: new PhraseSet(d['call-to-action'].pay),
    respond: new PhraseSet(d['call-to-action'].respond),
    imperative: new PhraseSet(d['call-to-action'].imperative),
    excluded: new PhraseSet(d['call-to-action'].excluded),
    conditional: new PhraseSet(d['call-to-action']['conditional-questions']),
    alreadyPaid: new PhraseSet(d['already-paid-note'].phrases),
  };
  cache.set(lang, c);
  return c;
}
