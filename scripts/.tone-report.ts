import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../rules/index.ts';
const dir = process.argv[2]!;
const only = process.argv[3];
const files = readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md' && f !== 'SOURCES.md');
const counts: Record<string, number> = {};
for (const f of files) {
  const text = readFileSync(join(dir, f), 'utf8');
  let r;
  try { r = lint(text, { fileName: f }); } catch (e) { console.log(f, 'ERR', (e as Error).message); continue; }
  const tone = r.messages.filter((m) => m.ruleId.startsWith('tone/'));
  counts[r.tone.label] = (counts[r.tone.label] ?? 0) + 1;
  if (only === 'aggr' && r.tone.label !== 'aggressive') continue;
  if (only === 'all' || tone.length || only === 'aggr') {
    console.log(`${f} [${r.language} ${r.stage}] ${r.tone.label} ${r.tone.score}`);
    for (const m of tone) console.log(`   ${m.ruleId} ${JSON.stringify(m.actual)} ${m.message.slice(0, 90)}`);
  }
}
console.log(counts);
