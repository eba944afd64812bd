/** Shared table runner for the tone rule tests: valid cases give no finding of the rule, invalid ones exactly the expected finding. */
import { expect, it } from 'vitest';
import { lint } from '../index.ts';
import type { LintMessage, Stage } from '../core/types.ts';

export interface Case {
  lang: 'en' | 'es' | 'vi';
  stage?: Stage;
  text: string;
  subject?: string;
}

export interface InvalidCase extends Case {
  /** The flagged text. */
  actual: string;
  /** The first suggestion's text. */
  suggestion: string;
  fixable?: boolean;
}

export function findings(ruleId: string, c: Case): LintMessage[] {
  const report = lint(c.text, { language: c.lang, stage: c.stage, subject: c.subject, format: 'text' });
  return report.messages.filter((m) => m.ruleId === ruleId);
}

export function runTable(ruleId: string, table: { valid: Case[]; invalid: InvalidCase[] }): void {
  for (const c of table.valid) {
    it(`valid (${c.lang}${c.stage ? `, ${c.stage}` : ''}): ${c.text.slice(0, 60)}`, () => {
      expect(findings(ruleId, c).map((m) => m.actual)).toEqual([]);
    });
  }
  for (const c of table.invalid) {
    it(`invalid (${c.lang}${c.stage ? `, ${c.stage}` : ''}): ${c.actual}`, () => {
      const found = findings(ruleId, c);
      const m = found.find((f) => f.actual === c.actual);
      expect(m, `found: ${JSON.stringify(found.map((f) => f.actual))}`).toBeDefined();
      expect(m!.ruleId).toBe(ruleId);
      expect(m!.suggestions.length).toBeGreaterThan(0);
      expect(m!.suggestions[0]!.text).toBe(c.suggestion);
      if (c.fixable !== undefined) expect(m!.fixable).toBe(c.fixable);
    });
  }
}
