// Preloaded into a benchmarked process (`node --import ./bench/peak-rss.mjs …`): writes its peak
// resident memory (KB) and CPU time (user + system, ms) to $BENCH_RSS_FILE on exit.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (!process.env.BENCH_RSS_FILE) return;
  const cpu = process.cpuUsage();
  writeFileSync(process.env.BENCH_RSS_FILE, JSON.stringify({ rssKb: process.resourceUsage().maxRSS, cpuMs: (cpu.user + cpu.system) / 1000 }));
});
