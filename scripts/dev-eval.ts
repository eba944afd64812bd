// Development helper: element/tone confusion on a labelled set, straight from the engine.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../rules/index.ts';
const dir = process.argv[2] ?? '../shared/examples';
const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Array<{ file: string; lang: string; elements: Record<string, boolean>; aggressive: boolean }>;
let errors = 0;
for (const l of labels) {
  const text = readFileSync(join(dir, l.file), 'utf8');
  try {
    const r = lint(text, { fileName: l.file });
    const diffs: string[] = [];
    for (const [k, v] of Object.entries(l.elements)) if (r.elements[k as keyof typeof r.elements] !== v) diffs.push(`${k}: want ${v ? 'present' : 'MISSING'}`);
    if ((r.tone.label === 'aggressive') !== l.aggressive) diffs.push(`tone: want ${l.aggressive ? 'AGGR' : 'not'} got ${r.tone.label}`);
    if (diffs.length) { errors += diffs.length; console.log(l.file, diffs.join('; ')); }
  } catch (e) { console.log(l.file, 'ERROR', (e as Error).stack); errors++; }
}
console.log('errors', errors);
