// Every rule documents itself (doc paragraph, examples per language it covers), and docs/rules.md is current.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allRules } from '../rules/index.ts';
import { rulesMarkdown } from '../rules/docs.ts';

describe('rule metadata', () => {
  it('gives every rule a kebab-case family/name id, a doc and a good and a bad example per language', () => {
    const ids = new Set<string>();
    for (const rule of allRules) {
      expect(rule.meta.id).toMatch(/^[a-z]+\/[a-z0-9-]+$/);
      expect(ids.has(rule.meta.id)).toBe(false);
      ids.add(rule.meta.id);
      expect(rule.meta.docs.length).toBeGreaterThan(40);
      for (const lang of rule.meta.languages) {
        expect(rule.meta.examples[lang]?.good, `${rule.meta.id} ${lang} good`).toBeTruthy();
        expect(rule.meta.examples[lang]?.bad, `${rule.meta.id} ${lang} bad`).toBeTruthy();
      }
    }
  });

  it('keeps docs/rules.md in step with the rules (run `npm run docs`)', () => {
    expect(readFileSync(join(import.meta.dirname, '..', 'docs', 'rules.md'), 'utf8')).toBe(rulesMarkdown());
  });
});
