/**
 * The email's overall tone (DESIGN.md `tone`): label polite | firm | aggressive and a score from
 * -1 (hostile) to +1 (warm), computed from the tone findings and the stage.
 */
import type { Stage, ToneSummary } from '../core/types.ts';

export interface ToneInput {
  stage: Stage | null;
  /** Tone findings with their weights (0–1). */
  findings: Array<{ ruleId: string; weight: number }>;
  /** Mean sentiment polarity of the text's sentences, if known (-1…1). */
  sentiment?: number;
}

export function summarizeTone(input: ToneInput): ToneSummary {
  const weight = input.findings.reduce((sum, f) => sum + f.weight, 0);
  const late = input.stage === 'overdue' || input.stage === 'collection' || input.stage === 'final-demand';
  const base = input.stage === 'final-demand' ? 0.1 : input.stage === 'collection' ? 0.2 : late ? 0.3 : 0.5;
  const score = Math.max(-1, Math.min(1, base + (input.sentiment ?? 0) * 0.3 - weight));
  const label = weight >= 1 ? 'aggressive' : late ? 'firm' : 'polite';
  return { label, score: Math.round(score * 100) / 100 };
}
