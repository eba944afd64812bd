/**
 * quality/spelling — misspelled words, checked with nspell and the Hunspell dictionaries of
 * dictionary-en/es/vi. The dictionaries are heavy (Spanish takes about two seconds to build), so
 * they are never loaded unless asked: the CLI awaits `prepareSpelling(langs)` once before linting,
 * the composer may call it lazily; until a language is prepared the rule reports nothing for it.
 * Not checked: placeholders, links, email addresses, amounts, dates, codes with digits, acronyms,
 * and names (capitalised words that do not start a sentence). Vietnamese accepts both tone-mark
 * placements (hoá and hóa: the dictionary knows only the old one).
 */
import type { Rule } from '../core/rule.ts';
import type { Language } from '../core/types.ts';
import { qualityData } from '../locales/index.ts';
import { proseWords } from './words.ts';

interface Checker {
  correct(word: string): boolean;
  suggest(word: string): string[];
}
export interface DictionaryData {
  aff: Uint8Array | string;
  dic: Uint8Array | string;
}
export type DictionaryLoader = (lang: Language) => Promise<DictionaryData>;

const checkers = new Map<Language, Checker>();
const pending = new Map<Language, Promise<void>>();

// A computed specifier: bundlers leave it alone, Node resolves the package at run time.
const nodeLoader: DictionaryLoader = async (lang) => {
  const name = `dictionary-${lang}`;
  const mod = (await import(/* @vite-ignore */ name)) as { default: DictionaryData };
  return mod.default;
};

/** Loads and builds the spelling dictionaries of these languages (once each). */
export async function prepareSpelling(langs: Iterable<Language>, loader: DictionaryLoader = nodeLoader): Promise<void> {
  const jobs: Promise<void>[] = [];
  for (const lang of new Set(langs)) {
    if (checkers.has(lang)) continue;
    let job = pending.get(lang);
    if (!job) {
      job = (async () => {
        const [{ default: nspell }, dict] = await Promise.all([import('nspell'), loader(lang)]);
        checkers.set(lang, nspell(dict as never) as Checker);
      })().finally(() => pending.delete(lang));
      pending.set(lang, job);
    }
    jobs.push(job);
  }
  await Promise.all(jobs);
}

export function spellingReady(lang: Language): boolean {
  return checkers.has(lang);
}

/** Vietnamese new tone placement → old (hóa → hoá, thủy → thuỷ), the form dictionary-vi knows. */
export function oldToneForm(word: string): string {
  const nfd = word.normalize('NFD');
  return nfd
    .replace(/([oO])([\u0300\u0301\u0303\u0309\u0323])([aAeE])(?![\p{L}])/gu, '$1$3$2')
    .replace(/([uU])([\u0300\u0301\u0303\u0309\u0323])([yY])(?![\p{L}])/gu, '$1$3$2')
    .normalize('NFC');
}

const CLITICS = /(?:me|te|se|nos|os|le|les|lo|la|los|las)$/;
const UNACCENT: Record<string, string> = { á: 'a', é: 'e', í: 'i', ó: 'o', ú: 'u' };

/** Spanish verbs with enclitic pronouns (recordarle, envíenos, hágamelo), which Hunspell's list lacks. */
export function spanishClitic(word: string, correct: (w: string) => boolean): boolean {
  let stem = word.toLowerCase();
  for (let k = 0; k < 2; k++) {
    const m = CLITICS.exec(stem);
    if (!m || stem.length - m[0].length < 3) return false;
    stem = stem.slice(0, -m[0].length);
    const plain = stem.replace(/[áéíóú]/g, (c) => UNACCENT[c]!);
    if (correct(stem) || correct(plain)) return true;
  }
  return false;
}

const MAX_FINDINGS = 25;
const MAX_REMEMBERED = 100_000;

/** Per language: the allowed words (quality.yml) and the dictionary's verdict on each word seen. */
const remembered = new Map<Language, { allow: Set<string>; words: Map<string, boolean> }>();
function verdicts(lang: Language) {
  let v = remembered.get(lang);
  if (!v) remembered.set(lang, (v = { allow: new Set((qualityData(lang)['spelling-allow'] ?? []).map((w) => w.toLowerCase())), words: new Map() }));
  return v;
}
const MAX_SUGGEST = 8;

export const spelling: Rule = {
  meta: {
    id: 'quality/spelling',
    severity: 'warning',
    languages: ['en', 'es', 'vi'],
    description: 'A word is not in the language\'s dictionary (a likely typo).',
    docs:
      'Typos in a payment reminder ("coordiales saludos", "descepcionados", "pagamiento") make it look careless and, in a demand for money, untrustworthy. The rule checks prose words against Hunspell dictionaries (dictionary-en, dictionary-es, dictionary-vi) with nspell. It skips placeholders, links, email addresses, amounts, dates, codes with digits, acronyms and names (capitalised words that do not start a sentence). Vietnamese words are accepted with either tone-mark placement (hoá / hóa). Add trade words to rules/locales/<lang>/quality.yml `spelling-allow`.',
    examples: {
      en: { good: 'We would appreciate your payment.', bad: 'We would apreciate your payment.' },
      es: { good: 'Saludos cordiales.', bad: 'Saludos coordiales.' },
      vi: { good: 'Kính gửi Quý khách, hóa đơn đã đến hạn.', bad: 'Kính gửi Quý khác, hóa đơn đã đến hạnn.' },
    },
  },
  check(ctx) {
    const checker = checkers.get(ctx.lang);
    if (!checker) return;
    const known = verdicts(ctx.lang);
    const allow = known.allow;
    // A library repeats its wording from file to file: each word is looked up once per language.
    const ok = (w: string): boolean => {
      let verdict = known.words.get(w);
      if (verdict === undefined) {
        if (known.words.size >= MAX_REMEMBERED) known.words.clear();
        known.words.set(w, (verdict = lookUp(w)));
      }
      return verdict;
    };
    const lookUp = (w: string): boolean => {
      if (allow.has(w.toLowerCase())) return true;
      if (checker.correct(w)) return true;
      if (ctx.lang === 'vi') {
        const old = oldToneForm(w);
        if (old !== w && checker.correct(old)) return true;
      }
      if (ctx.lang === 'es') return spanishClitic(w, (x) => checker.correct(x));
      return false;
    };
    let found = 0;
    let suggested = 0;
    for (const t of proseWords(ctx.analysis)) {
      if (found >= MAX_FINDINGS) break;
      const w = t.text.replace(/’/g, "'");
      if (w.length < 2) continue;
      if (w === w.toUpperCase() && /\p{Lu}/u.test(w)) continue; // acronyms, shouting (a tone matter)
      const capital = /^\p{Lu}/u.test(w);
      if (capital && !ok(w.toLowerCase()) && !ok(w)) continue; // a name (people, companies, places) or a word only a name-check could judge
      if (/\p{Lu}/u.test(w.slice(1))) continue; // camelCase, McDonald
      if (ok(w) || (capital && ok(w.toLowerCase()))) continue;
      if (w.includes('-') && w.split('-').every((p) => !p || ok(p) || ok(p.toLowerCase()))) continue;
      if (w.includes("'") && w.split("'").every((p) => !p || p.length < 3 || ok(p))) continue;
      // A word of another prepared language: a sentence left untranslated (parity/untranslated says so), or a loanword.
      if ([...checkers].some(([lang, c]) => lang !== ctx.lang && c.correct(w))) continue;
      found++;
      const suggestions = ctx.lang !== 'vi' && suggested++ < MAX_SUGGEST ? checker.suggest(w).slice(0, 3) : [];
      ctx.report({
        start: t.start,
        end: t.end,
        message: `"${t.text}" is not in the ${ctx.lang} dictionary${suggestions.length ? `; did you mean ${suggestions.map((s) => `"${s}"`).join(', ')}?` : ''}`,
        suggestions: suggestions.map((s) => ({ text: s, description: `Replace with "${s}"` })),
        fixable: false,
      });
    }
  },
};
