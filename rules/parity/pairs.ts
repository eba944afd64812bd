/** Helpers shared by the parity rules. */
import type { Language } from '../core/types.ts';
import type { LibraryContext, LibraryEntry } from '../library/types.ts';

export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', es: 'Spanish', vi: 'Vietnamese' };

/** Every (source, translation) pair of the library's variant groups; untranslated (empty) entries are skipped. */
export function eachPair(ctx: LibraryContext, fn: (source: LibraryEntry, variant: LibraryEntry) => void): void {
  for (const g of ctx.groups) {
    if (!g.source || g.source.empty) continue;
    for (const v of g.variants) {
      if (v.empty || v.lang === g.source.lang) continue;
      fn(g.source, v);
    }
  }
}

/** `overdue.en.md` or `locales/en.json → reminders.overdue`. */
export function label(e: LibraryEntry): string {
  return e.key ? `${e.file} → ${e.key}` : e.file;
}
