// The labelled development set in ../shared/examples: every element label must hold, in all three
// languages. (A regression net; the held-out set that judges the product is different text.)
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../rules/index.ts';

const DIR = join(import.meta.dirname, '..', '..', 'shared', 'examples');
const labels = JSON.parse(readFileSync(join(DIR, 'labels.json'), 'utf8')) as Array<{
  file: string;
  lang: string;
  stage: string;
  elements: Record<string, boolean>;
  aggressive: boolean;
}>;

describe('labelled examples', () => {
  for (const label of labels) {
    it(`${label.file}: elements as labelled`, () => {
      const report = lint(readFileSync(join(DIR, label.file), 'utf8'), { fileName: label.file });
      expect(report.language).toBe(label.lang);
      expect(report.stage).toBe(label.stage);
      expect(report.elements).toEqual(label.elements);
    });
  }
});
