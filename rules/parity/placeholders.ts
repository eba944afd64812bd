/**
 * parity/placeholders — a translation must keep every placeholder of its source, with the same
 * name and syntax: the code fills `{{amount}}`, not `{{importe}}`, and a dropped `{{due_date}}`
 * silently removes the due date from every Spanish reminder.
 */
import { libraryRule } from '../library/types.ts';
import { placeholderRefs, type PlaceholderRef } from '../library/signals.ts';
import { eachPair, label } from './pairs.ts';

export const placeholders = libraryRule(
  {
    id: 'parity/placeholders',
    severity: 'error',
    languages: ['en', 'es', 'vi'],
    description: 'A translated variant misses, adds or renames a placeholder of its source.',
    docs:
      'Placeholders are filled by code with the names the source uses. A translation that drops one loses that fact (amount, due date, link) in every email sent in that language; one that translates or re-spells a name (`{{cliente}}` for `{{customer}}`, `:cliente` for `:customer`, `__PAGO__` for `__PAYMENT__`) shows the raw placeholder to the customer; an extra one may never be filled. Compare the placeholders of each variant with its source and keep names and syntax exactly; word order around them may change freely.',
    examples: {
      en: { good: 'source `Amount: {{amount}}` → es `Importe: {{amount}}`', bad: 'source `Amount: {{amount}}` → es `Importe: {{importe}}`' },
      es: { good: 'en `due on {{due_date}}` → es `vence el {{due_date}}`', bad: 'en `due on {{due_date}}` → es `vence pronto` (placeholder dropped)' },
      vi: { good: 'en `Hi {{name}},` → vi `Kính gửi {{name}},`', bad: 'en `Hi {{name}},` → vi `Kính gửi {{ten}},`' },
    },
  },
  (ctx) => {
    eachPair(ctx, (source, variant) => {
      const src = unique(placeholderRefs(source.analysis).filter(comparable));
      const tgt = unique(placeholderRefs(variant.analysis).filter(comparable));
      const missing = [...src.values()].filter((p) => !tgt.has(p.key));
      const extra = [...tgt.values()].filter((p) => !src.has(p.key));
      // Pair a missing placeholder with an extra one: same name in another syntax, same kind, or the only one of its syntax.
      const renamed: Array<[PlaceholderRef, PlaceholderRef, string]> = [];
      for (const m of [...missing]) {
        const candidates = extra.filter((x) => !renamed.some((r) => r[1] === x));
        const sameName = candidates.find((x) => x.name.replace(/\s+/g, '') === m.name.replace(/\s+/g, ''));
        const sameKind = m.kind !== 'other' ? candidates.filter((x) => x.kind === m.kind) : [];
        const sameSyntax = candidates.filter((x) => x.syntax === m.syntax);
        const missingSameSyntax = missing.filter((x) => x.syntax === m.syntax && !renamed.some((r) => r[0] === x));
        // As many unpaired on each side in one syntax: pair them in order of appearance.
        const ordered = sameSyntax.length === missingSameSyntax.length ? sameSyntax[missingSameSyntax.indexOf(m)] : undefined;
        const inOrder = ordered && (ordered.kind === m.kind || ordered.kind === 'other' || m.kind === 'other') ? ordered : undefined;
        const pick = sameName ?? (sameKind.length === 1 ? sameKind[0] : undefined) ?? inOrder;
        if (pick) renamed.push([m, pick, sameName ? 'syntax' : 'name']);
      }
      const pairedMissing = new Set(renamed.map((r) => r[0]));
      const pairedExtra = new Set(renamed.map((r) => r[1]));
      for (const [m, x, how] of renamed) {
        ctx.report({
          entry: variant,
          start: x.start,
          end: x.end,
          related: source,
          message:
            how === 'syntax'
              ? `placeholder ${m.raw} of the source (${label(source)}) is written ${x.raw} here; keep the source's syntax or the code will not fill it`
              : `placeholder ${m.raw} of the source (${label(source)}) is renamed to ${x.raw}; the code fills ${m.raw}, so keep its name`,
          note: 'Translate the words around a placeholder, never the placeholder itself.',
        });
      }
      for (const m of missing) {
        if (pairedMissing.has(m)) continue;
        ctx.report({
          entry: variant,
          related: source,
          message: `placeholder ${m.raw} of the source (${label(source)}) is missing from this ${variant.language} variant`,
          note: 'A dropped placeholder removes that fact from every email sent in this language.',
        });
      }
      for (const x of extra) {
        if (pairedExtra.has(x)) continue;
        ctx.report({
          entry: variant,
          start: x.start,
          end: x.end,
          related: source,
          message: `placeholder ${x.raw} is not in the source (${label(source)}); the code may never fill it`,
        });
      }
    });
  },
);

/** Dolibarr's `__(Hello)__` is a translation macro (the key is translated), not a placeholder to keep. */
const comparable = (p: PlaceholderRef) => !(p.syntax === 'dunder' && /^__\s?\(/.test(p.raw));

function unique(refs: PlaceholderRef[]): Map<string, PlaceholderRef> {
  const m = new Map<string, PlaceholderRef>();
  for (const r of refs) if (!m.has(r.key)) m.set(r.key, r);
  return m;
}
