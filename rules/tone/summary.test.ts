import { describe, expect, it } from 'vitest';
import { summarizeTone } from './summary.ts';

describe('summarizeTone', () => {
  it('labels by weight and stage', () => {
    expect(summarizeTone({ stage: 'due', findings: [] })).toEqual({ label: 'polite', score: 0.6 });
    expect(summarizeTone({ stage: 'overdue', findings: [] }).label).toBe('firm');
    expect(summarizeTone({ stage: 'final-demand', findings: [] }).label).toBe('firm');
    expect(summarizeTone({ stage: 'due', findings: [{ ruleId: 'tone/ultimatum', weight: 0.5 }] }).label).toBe('firm');
    expect(summarizeTone({ stage: 'due', findings: [{ ruleId: 'tone/insult', weight: 1 }] }).label).toBe('aggressive');
    expect(summarizeTone({ stage: null, findings: [{ ruleId: 'tone/shouting', weight: 0.4 }, { ruleId: 'tone/shouting', weight: 0.7 }] }).label).toBe('aggressive');
    expect(summarizeTone({ stage: 'due', findings: [{ ruleId: 'tone/insult', weight: 5 }] }).score).toBe(-1);
  });
});
