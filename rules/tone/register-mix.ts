/**
 * tone/register-mix: forms of address that switch within one email (Spanish usted vs tú/vos,
 * Vietnamese "Quý khách" vs "bạn"), and Vietnamese dismissive pronouns (mày/tao) at any stage.
 * The register used most is taken as intended; each form of the other register is flagged, with
 * the equivalent form when tone.yml knows it.
 */
import type { Span } from '../core/document.ts';
import type { Rule } from '../core/rule.ts';
import { toneLexicon, phraseKey } from './lexicon.ts';
import { matchCase, overlaps, toneContext } from './context.ts';
import { entryMatches, entrySuggestions, DEFAULT_WEIGHT } from './phrase-rule.ts';

/** A register mix is a slip more than an attack: it weighs little in the tone label. */
const MIX_WEIGHT = 0.3;

export const registerMix: Rule = {
  meta: {
    id: 'tone/register-mix',
    severity: 'warning',
    languages: ['es', 'vi'],
    description: 'Form of address switches within the email, or a dismissive pronoun is used.',
    docs:
      'Choose one form of address and keep it. In Spanish, "usted" (le, su, puede, si ya ha pagado) and tú or ' +
      'vos (te, tu, puedes, podés, si ya pagaste) mixed in one email read as careless or brusque. In Vietnamese, ' +
      'switching from "Quý khách" to "bạn" mid-email breaks the register, and "mày/tao" are dismissive at any ' +
      'stage. English has a single form of address, so the rule does not apply to it.',
    examples: {
      es: { bad: 'Le recordamos que tu factura vence el 5 de junio.', good: 'Le recordamos que su factura vence el 5 de junio.' },
      vi: { bad: 'Kính gửi Quý khách, bạn vui lòng thanh toán trước ngày 15/07.', good: 'Kính gửi Quý khách, Quý khách vui lòng thanh toán trước ngày 15/07.' },
    },
    fixable: true,
  },
  check(ctx) {
    const a = ctx.analysis;
    const lex = toneLexicon(ctx.lang);
    const tc = toneContext(a, lex);
    for (const entry of lex.dismissive) {
      for (const m of entryMatches(ctx, entry)) {
        ctx.report({
          start: m.start,
          end: m.end,
          message: `"${m.text}" is a dismissive form of address: never use it with a customer.`,
          suggestions: entrySuggestions(a, entry, m),
          fixable: !!entry.fixable,
          note: entry.note,
          weight: entry.weight ?? DEFAULT_WEIGHT,
        });
      }
    }
    const found = lex.register.map(({ group, set }) => {
      const seen: Span[] = [];
      const matches = set.all(a.text).filter((m) => {
        if (overlaps(m, tc.code) || overlaps(m, seen)) return false;
        seen.push(m);
        return true;
      });
      return { group, matches };
    });
    const used = found.filter((f) => f.matches.length > 0);
    if (used.length < 2) return;
    const main = [...used].sort((x, y) => y.matches.length - x.matches.length)[0]!;
    const advice = lex.data.register.advice[main.group] ?? '';
    const replacements = lex.data.register.replacements[main.group] ?? {};
    let first = true;
    for (const other of used) {
      if (other === main) continue;
      for (const m of other.matches) {
        const replacement = replacements[phraseKey(m.text)];
        ctx.report({
          start: m.start,
          end: m.end,
          message: `"${m.text}" switches the form of address (${other.group}) in an email written mostly in the ${main.group} register.`,
          suggestions: [
            replacement !== undefined
              ? { text: matchCase(replacement, m.text), description: `${advice}` }
              : { text: m.text, description: advice },
          ],
          fixable: replacement !== undefined,
          note: lex.data.register.note,
          weight: first ? MIX_WEIGHT : 0.05,
        });
        first = false;
      }
    }
  },
};
