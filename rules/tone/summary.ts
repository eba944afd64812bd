/**
 * The email's overall tone (DESIGN.md `tone`), computed from the tone findings and the stage.
 *
 * Every tone finding carries a weight (tone.yml `weight`, or the rule's own: shouting by the length
 * of the capital run, a register mix 0.3, a negative sentence 0.25). Stage-gated findings only
 * exist when the stage does not allow the phrase, so the weights already say "aggressive *for this
 * stage*". With W the sum of the weights:
 *
 *   label  aggressive  when W ≥ 1 (one insult, threat, shaming or hour ultimatum; or several
 *                      milder signals together: sarcasm + a premature late fee, caps + "!!!")
 *          firm        otherwise, when the stage is overdue, collection or final-demand, or when
 *                      W ≥ 0.5 (one firm-but-acceptable signal such as "pay immediately")
 *          polite      otherwise
 *   score  base(stage) − 0.7·W, clamped to −1…+1 and rounded to two decimals, where base is
 *          0.6 before-due/due, 0.4 unknown, 0.3 overdue, 0.2 collection, 0.1 final-demand: a
 *          later stage is direct by design, findings push toward hostile.
 */
import type { Stage, ToneSummary } from '../core/types.ts';

export interface ToneInput {
  stage: Stage | null;
  /** Tone findings with their weights (0–1.5). */
  findings: Array<{ ruleId: string; weight: number }>;
}

export const AGGRESSIVE_AT = 1;
export const FIRM_AT = 0.5;

const BASE: Record<Stage, number> = { 'before-due': 0.6, due: 0.6, overdue: 0.3, collection: 0.2, 'final-demand': 0.1 };
const LATE: ReadonlySet<Stage> = new Set(['overdue', 'collection', 'final-demand']);

export function summarizeTone(input: ToneInput): ToneSummary {
  const weight = input.findings.reduce((sum, f) => sum + Math.max(0, f.weight), 0);
  const base = input.stage ? BASE[input.stage] : 0.4;
  const score = Math.max(-1, Math.min(1, base - 0.7 * weight));
  const label =
    weight >= AGGRESSIVE_AT ? 'aggressive' : (input.stage && LATE.has(input.stage)) || weight >= FIRM_AT ? 'firm' : 'polite';
  return { label, score: Math.round(score * 100) / 100 };
}
