/**
 * The common kind of tone rule: "a phrase of the lexicon is there → flag it, with a polite
 * alternative". Stage-gated entries (`from`, `until` in tone.yml) are flagged only before the stage
 * that allows them; negatable entries are skipped when negated or inside a reassurance ("no late
 * fee applies"). A rule file is then metadata, docs and a category of the lexicon.
 */
import type { Analysis } from '../core/analysis.ts';
import type { Span } from '../core/document.ts';
import type { Finding, Rule, RuleContext, RuleExample, RuleMeta, SuggestionInput } from '../core/rule.ts';
import { LANGUAGES, type Language, type Severity, type Stage } from '../core/types.ts';
import { toneLexicon, type CompiledEntry, type ToneCategory } from './lexicon.ts';
import { isNegated, matchCase, overlaps, sentenceSpan, stageFlags, toneContext } from './context.ts';

export interface PhraseRuleSpec {
  id: string;
  category: ToneCategory;
  severity: Severity;
  description: string;
  docs: string;
  examples: Record<Language, RuleExample>;
  /** The message for one match. */
  message(entry: CompiledEntry, text: string, stage: Stage | null): string;
}

/** Default weight of a finding whose entry gives none. */
export const DEFAULT_WEIGHT = 0.8;

/** The suggestions of an entry for a match: a replacement of the words or of the whole sentence. */
export function entrySuggestions(a: Analysis, entry: CompiledEntry, m: Span & { text: string }): SuggestionInput[] {
  const span = entry.sentence ? sentenceSpan(a, m) : m;
  return entry.suggestions.map((s) => {
    // "(remove this sentence)" is an instruction: the suggestion deletes the span.
    const removal = /^\(.*\)$/.test(s.trim());
    return removal
      ? { text: '', start: span.start, end: span.end, description: s.trim().slice(1, -1) }
      : { text: matchCase(s, a.text.slice(span.start, span.end)), start: span.start, end: span.end, description: `Replace with: ${s}` };
  });
}

/** Matches of one lexicon entry that count in this email (context, negation, stage). */
export function entryMatches(ctx: RuleContext, entry: CompiledEntry): Array<Span & { text: string }> {
  const a = ctx.analysis;
  if (!stageFlags(entry, ctx.stage)) return [];
  const lex = toneLexicon(ctx.lang);
  const tc = toneContext(a, lex);
  const unless = entry.unlessSet?.all(a.text) ?? [];
  return entry.set.all(a.text).filter((m) => {
    if (overlaps(m, tc.code) || overlaps(m, tc.notThreats) || overlaps(m, unless) || overlaps(m, tc.signature)) return false;
    if (entry.negatable && (overlaps(m, tc.reassurances) || isNegated(a, lex, m))) return false;
    return true;
  });
}

export function phraseRule(spec: PhraseRuleSpec): Rule {
  const meta: RuleMeta = {
    id: spec.id,
    severity: spec.severity,
    languages: LANGUAGES,
    description: spec.description,
    docs: spec.docs,
    examples: spec.examples,
    fixable: false,
  };
  return {
    meta,
    check(ctx) {
      const lex = toneLexicon(ctx.lang);
      const seen: Span[] = [];
      for (const entry of lex.entries[spec.category]) {
        for (const m of entryMatches(ctx, entry)) {
          if (overlaps(m, seen)) continue;
          seen.push(m);
          const finding: Finding = {
            start: m.start,
            end: m.end,
            message: spec.message(entry, m.text, ctx.stage),
            suggestions: entrySuggestions(ctx.analysis, entry, m),
            fixable: !!entry.fixable && !entry.sentence,
            note: entry.note,
            weight: entry.weight ?? DEFAULT_WEIGHT,
          };
          ctx.report(finding);
        }
      }
    },
  };
}
