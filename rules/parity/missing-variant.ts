/**
 * parity/missing-variant — a template or catalog key with no translation into a language the
 * library uses, an untranslated catalog string (empty msgstr), or a translation without source.
 */
import type { Language } from '../core/types.ts';
import { libraryRule } from '../library/types.ts';
import { LANGUAGE_NAMES, label } from './pairs.ts';

export const missingVariant = libraryRule(
  {
    id: 'parity/missing-variant',
    severity: 'warning',
    languages: ['en', 'es', 'vi'],
    description: 'A template or catalog key has no translation into a language of the library (or no source).',
    docs:
      'Every template of a multilingual library should exist in every language the library uses (or the ones configured): a missing Vietnamese overdue reminder means Vietnamese customers get the English one, or none. The rule reports, on the source, each language with no variant; on a catalog string, an empty translation (empty msgstr or value); and, as info, a translation whose source-language template is missing, since nothing can be compared with it.',
    examples: {
      en: { good: 'overdue.en.md, overdue.es.md, overdue.vi.md', bad: 'overdue.en.md, overdue.es.md (no overdue.vi.md)' },
      es: { good: 'locales/es.json has every key of locales/en.json', bad: 'locales/es.json lacks "reminders.overdue"' },
      vi: { good: 'vi.po: msgstr "Kính gửi Quý khách…"', bad: 'vi.po: msgstr "" (untranslated)' },
    },
  },
  (ctx) => {
    // Without configured languages, a library is multilingual only when some template has variants
    // in two languages or more: templates written separately per language are not translations.
    const multilingual = ctx.groups.some((g) => new Set(g.entries.map((e) => e.lang)).size > 1);
    if (!ctx.settings.languages && !multilingual) {
      for (const g of ctx.groups) for (const e of g.entries) if (e.empty && e !== g.source) ctx.report({ entry: e, message: `untranslated: the ${LANGUAGE_NAMES[e.lang]} text of ${e.key ? `"${e.key}"` : 'this template'} is empty` });
      return;
    }
    const languages: Language[] = ctx.settings.languages ?? [...new Set(ctx.entries.map((e) => e.lang))];
    for (const g of ctx.groups) {
      for (const e of g.entries) {
        if (e.empty && e !== g.source) {
          ctx.report({ entry: e, related: g.source, message: `untranslated: the ${LANGUAGE_NAMES[e.lang]} text of ${e.key ? `"${e.key}"` : 'this template'} is empty` });
        }
      }
      if (!g.source) {
        if (!languages.includes(ctx.settings.sourceLanguage)) continue;
        for (const e of g.entries) {
          if (e.empty) continue;
          ctx.report({
            entry: e,
            severity: 'info',
            message: `no ${LANGUAGE_NAMES[ctx.settings.sourceLanguage]} source for ${e.key ? `key "${e.key}"` : `template ${g.template}`}: this ${e.language} text cannot be checked against it`,
          });
        }
        continue;
      }
      // A plural form beyond the first exists only in languages that have it (Vietnamese has one).
      if ((g.source.pluralForm ?? 0) > 0) continue;
      const have = new Set(g.entries.map((e) => e.lang));
      for (const lang of languages) {
        if (have.has(lang)) continue;
        ctx.report({
          entry: g.source,
          message: `no ${LANGUAGE_NAMES[lang]} (${lang}) variant of ${g.source.key ? `key "${g.source.key}"` : label(g.source)}`,
        });
      }
    }
  },
);
