// Labelled emails: the development set in ../shared/examples and our own real-looking emails in
// fixtures/emails (fixtures/emails/varied: 138 more, by businesses of every kind, with borderline
// wordings — written apart from the rules, then used to fix what they caught). Every element
// label and every aggressive / not-aggressive label must hold, in all three languages. (A
// regression net; the held-out set that judges the product is different text.)
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../rules/index.ts';

interface Label {
  file: string;
  lang?: string;
  stage?: string;
  elements: Record<string, boolean>;
  aggressive: boolean;
}

const SETS = [
  join(import.meta.dirname, '..', '..', 'shared', 'examples'),
  join(import.meta.dirname, '..', 'fixtures', 'emails'),
  join(import.meta.dirname, '..', 'fixtures', 'emails', 'varied'),
];

for (const dir of SETS) {
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Label[];
  describe(`labelled emails in ${dir.split('/').slice(-2).join('/')}`, () => {
    for (const label of labels) {
      it(`${label.file}: elements as labelled`, () => {
        const report = lint(readFileSync(join(dir, label.file), 'utf8'), { fileName: label.file });
        if (label.lang) expect(report.language).toBe(label.lang);
        if (label.stage) expect(report.stage).toBe(label.stage);
        expect(report.elements).toEqual(label.elements);
      });
      it(`${label.file}: ${label.aggressive ? 'aggressive' : 'not aggressive'}`, () => {
        const report = lint(readFileSync(join(dir, label.file), 'utf8'), { fileName: label.file });
        expect(report.tone.label === 'aggressive').toBe(label.aggressive);
      });
    }
  });
}
