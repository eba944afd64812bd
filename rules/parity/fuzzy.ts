/** parity/fuzzy — a gettext translation marked fuzzy: a guess by msgmerge, not a reviewed translation. */
import { libraryRule } from '../library/types.ts';

export const fuzzy = libraryRule(
  {
    id: 'parity/fuzzy',
    severity: 'warning',
    languages: ['en', 'es', 'vi'],
    description: 'A gettext translation is marked fuzzy (unreviewed).',
    docs:
      'msgmerge marks a translation fuzzy when its source changed or when it guessed the translation from a similar string. gettext does not use fuzzy translations at run time, so customers get the source text; and the guess is often wrong in facts or tone. Review the translation against the current msgid and remove the `#, fuzzy` flag.',
    examples: {
      en: { good: 'msgstr reviewed, no fuzzy flag', bad: '#, fuzzy before the entry' },
      es: { good: 'msgstr "Le recordamos que…" (revisado)', bad: '#, fuzzy\nmsgstr "Le recordamos que…"' },
      vi: { good: 'msgstr "Xin nhắc Quý khách…" (đã duyệt)', bad: '#, fuzzy\nmsgstr "Xin nhắc Quý khách…"' },
    },
  },
  (ctx) => {
    for (const e of ctx.entries) {
      if (!e.fuzzy) continue;
      ctx.report({ entry: e, message: `fuzzy translation of ${e.key ? `"${e.key.slice(0, 60)}"` : 'this string'}: gettext ignores it until it is reviewed and the fuzzy flag removed` });
    }
  },
);
