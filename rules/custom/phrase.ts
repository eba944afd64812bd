/**
 * custom/phrase — phrases a team flags in its configuration (`phrases.<lang>.flag`), with the
 * wording it prefers. `phrases.<lang>.allow` works the other way: tone findings overlapping an
 * allowed phrase are dropped (see `allowedSpans`, used by the engine).
 */
import type { Rule } from '../core/rule.ts';
import { LANGUAGES } from '../core/types.ts';
import { PhraseSet, type Match } from '../core/phrases.ts';

type Flag = { phrase: string; suggestion?: string; message?: string };

const flagCache = new WeakMap<Flag[], Array<{ flag: Flag; set: PhraseSet }>>();
function compiled(flags: Flag[]) {
  let c = flagCache.get(flags);
  if (!c) {
    c = flags.map((flag) => ({ flag, set: new PhraseSet([flag.phrase]) }));
    flagCache.set(flags, c);
  }
  return c;
}

const allowCache = new WeakMap<string[], PhraseSet>();
/** Projected spans of the allowed phrases (phrase syntax of rules/core/phrases.ts). */
export function allowedSpans(text: string, allow: string[] | undefined): Match[] {
  if (!allow?.length) return [];
  let set = allowCache.get(allow);
  if (!set) {
    set = new PhraseSet(allow);
    allowCache.set(allow, set);
  }
  return set.all(text);
}

/** Keeps the case of the first letter of what it replaces: "Failure to pay" → "If payment is not…". */
function matchCase(replacement: string, actual: string): string {
  const first = actual[0] ?? '';
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) {
    return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  }
  return replacement;
}

export const customPhrase: Rule = {
  meta: {
    id: 'custom/phrase',
    severity: 'warning',
    languages: LANGUAGES,
    description: 'A phrase your configuration flags.',
    docs:
      'Teams list phrases they do not want in their reminders in `tactful.config.json` under `phrases.<lang>.flag`, each with an optional suggestion and message; `--fix` applies the suggestion. Phrases use the cue syntax of the locale data (`...` for a gap of a few words, `word*` for a prefix). The rule finds nothing until a configuration flags a phrase.',
    examples: {
      en: { good: 'Please settle the balance by Friday.', bad: 'Kindly remit the balance by Friday. (with "kindly remit" flagged)' },
      es: { good: 'Le rogamos que abone el importe antes del viernes.', bad: 'Sírvase abonar el importe antes del viernes. (con "sírvase" marcada)' },
      vi: { good: 'Kính mong Quý khách thanh toán trước thứ Sáu.', bad: 'Yêu cầu Quý khách thanh toán trước thứ Sáu. (với "yêu cầu" được đánh dấu)' },
    },
    fixable: true,
  },
  check(ctx) {
    const flags = ctx.settings.extraPhrases[ctx.lang]?.flag;
    if (!flags?.length) return;
    for (const { flag, set } of compiled(flags)) {
      for (const m of set.all(ctx.analysis.text)) {
        const suggestion = flag.suggestion !== undefined ? matchCase(flag.suggestion, m.text) : undefined;
        ctx.report({
          start: m.start,
          end: m.end,
          message: flag.message ?? (suggestion !== undefined ? `Avoid “${m.text}”; write “${suggestion}”.` : `Avoid “${m.text}”.`),
          suggestions: suggestion !== undefined ? [{ text: suggestion, description: `Replace with “${suggestion}”` }] : [],
        });
      }
    }
  },
};
