#!/usr/bin/env node
// `npm run bench`: tactful lint over 1,000 generated reminders (en, es, vi) in one process, the
// English part with and without --spelling, alex (dev dependency) over the English part, and a
// single-file run with and without --spelling. Prints files/s, wall time and peak memory. Not a test: figures vary with the machine. `node bench/cli.mjs [count]`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { email } from './corpus.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/tactful.js');
const ALEX = join(ROOT, 'node_modules/alex/cli.js');
const PEAK = join(ROOT, 'bench/peak-rss.mjs');
const count = Number(process.argv[2] ?? 1000);

if (!existsSync(join(ROOT, 'dist/node/cli.js'))) {
  console.error('bench: building the CLI first (npm run build:node)');
  spawnSync('npm', ['run', 'build:node'], { cwd: ROOT, stdio: 'inherit' });
}

const dir = mkdtempSync(join(tmpdir(), 'tactful-bench-'));
const byLang = { en: [], es: [], vi: [] };
for (let i = 0; i < count; i++) {
  const e = email(i);
  mkdirSync(join(dir, e.lang), { recursive: true });
  writeFileSync(join(dir, e.lang, e.name), e.text);
  byLang[e.lang].push(e.name);
}

/** Runs `node --import peak script args`: wall and CPU seconds, peak RSS (MB), exit code, stdout. */
function measure(script, args) {
  const rssFile = join(dir, `.rss-${Math.random().toString(36).slice(2)}`);
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', PEAK, script, ...args], {
    cwd: dir,
    env: { ...process.env, BENCH_RSS_FILE: rssFile, NO_COLOR: '1' },
    maxBuffer: 512 * 1024 * 1024,
    encoding: 'utf8',
  });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  const usage = existsSync(rssFile) ? JSON.parse(readFileSync(rssFile, 'utf8')) : { rssKb: NaN, cpuMs: NaN };
  if (r.status === null || r.status > 1) throw new Error(`${script} failed (${r.status}): ${r.stderr.slice(0, 500)}`);
  return { wall, rss: usage.rssKb / 1024, cpu: usage.cpuMs / 1000, status: r.status, stdout: r.stdout };
}

const best = (runs) => runs.reduce((a, b) => (b.wall < a.wall ? b : a));
const line = (label, files, m) =>
  `${label.padEnd(34)} ${String(files).padStart(5)} files  ${m.wall.toFixed(2).padStart(6)} s  ${(files / m.wall).toFixed(0).padStart(5)} files/s  cpu ${m.cpu.toFixed(2).padStart(6)} s  peak ${m.rss.toFixed(0)} MB`;

const all = best([measure(BIN, ['lint', '--format', 'json', '.']), measure(BIN, ['lint', '--format', 'json', '.'])]);
const results = JSON.parse(all.stdout);
const findings = results.reduce((n, r) => n + r.messages.length, 0);
const tactfulEn = best([measure(BIN, ['lint', '--format', 'json', 'en']), measure(BIN, ['lint', '--format', 'json', 'en'])]);
const spellingEn = best([measure(BIN, ['lint', '--spelling', '--format', 'json', 'en']), measure(BIN, ['lint', '--spelling', '--format', 'json', 'en'])]);
const alexEn = best([measure(ALEX, ['--quiet', 'en']), measure(ALEX, ['--quiet', 'en'])]);
const single = best([0, 1, 2, 3, 4].map(() => measure(BIN, ['lint', join('en', byLang.en[0])])));
const singleSpelling = best([0, 1, 2].map(() => measure(BIN, ['lint', '--spelling', join('en', byLang.en[0])])));

console.log(`tactful bench: ${count} reminders (${byLang.en.length} en, ${byLang.es.length} es, ${byLang.vi.length} vi), best of 2 runs\n`);
console.log(line('tactful lint, all languages', count, all));
console.log(line('tactful lint, English', byLang.en.length, tactfulEn));
console.log(line('tactful lint --spelling, English', byLang.en.length, spellingEn));
console.log(line('alex, English', byLang.en.length, alexEn));
console.log(
  `\ntactful is ${(alexEn.wall / tactfulEn.wall).toFixed(1)}× faster than alex on the same English files by wall time, ${(alexEn.cpu / tactfulEn.cpu).toFixed(1)}× by CPU time (target ≥ 8×)`,
);
console.log(
  `with --spelling (Hunspell dictionaries, off by default): ${(alexEn.wall / spellingEn.wall).toFixed(1)}× faster than alex by wall time, ${(alexEn.cpu / spellingEn.cpu).toFixed(1)}× by CPU time`,
);
console.log(`single file: ${single.wall.toFixed(3)} s wall, ${single.cpu.toFixed(3)} s CPU, peak ${single.rss.toFixed(0)} MB (target < 0.5 s)`);
console.log(`single file with --spelling: ${singleSpelling.wall.toFixed(3)} s wall, ${singleSpelling.cpu.toFixed(3)} s CPU`);
console.log(`machine: ${availableParallelism()} CPUs, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} (wall times grow with load)`);
console.log(`findings: ${findings} in ${results.length} files`);
rmSync(dir, { recursive: true, force: true });
