/**
 * Worker threads for large libraries: files go out in small batches to whichever worker is free,
 * results come back in file order. One process; each worker loads the engine once. Used only when
 * the run is big enough to pay for the workers' start-up, and only from the built bundle.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ConfigError } from './config.ts';
import type { LintJob } from './lint.ts';
import type { FileResult } from './types.ts';

/**
 * A worker's start-up (loading and warming the engine in its own isolate) costs about as much CPU
 * as 150 files, so workers pay off only for large runs on machines with cores to spare.
 */
const MIN_FILES_PER_WORKER = 150;
const MIN_CPUS = 4;
const MAX_WORKERS = 8;
const BATCH = 16;

export type ToWorker = { type: 'lint'; batch: Array<{ index: number; path: string }> } | { type: 'exit' };
export type FromWorker =
  | { type: 'done'; results: Array<{ index: number; result: FileResult | null }> }
  | { type: 'fatal'; name: string; message: string };

function workerScript(): string | null {
  // The bundle keeps worker.js beside cli.js; shared code may sit one level down in assets/.
  for (const rel of ['./', '../']) {
    const path = fileURLToPath(new URL(`${rel}worker.js`, import.meta.url));
    if (existsSync(path)) return path;
  }
  return null;
}

/** How many workers a run of `files` files should use (0: lint in this thread). */
export function workersFor(files: number): number {
  if (process.env.TACTFUL_WORKERS !== undefined) return Math.max(0, Number(process.env.TACTFUL_WORKERS) || 0);
  const cpus = availableParallelism();
  const n = Math.min(cpus, MAX_WORKERS, Math.floor(files / MIN_FILES_PER_WORKER));
  return cpus >= MIN_CPUS && n > 1 && workerScript() ? n : 0;
}

export async function lintInWorkers(
  files: string[],
  job: LintJob,
  count: number,
  onProgress?: (done: number, total: number) => void,
): Promise<Array<FileResult | null>> {
  const script = workerScript();
  if (!script) throw new Error('worker script not built');
  const results = new Array<FileResult | null>(files.length);
  let next = 0;
  let done = 0;
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let running = 0;
      const feed = (w: Worker) => {
        if (next >= files.length) {
          w.postMessage({ type: 'exit' } satisfies ToWorker);
          return;
        }
        const batch = files.slice(next, next + BATCH).map((path, k) => ({ index: next + k, path }));
        next += batch.length;
        w.postMessage({ type: 'lint', batch } satisfies ToWorker);
      };
      for (let i = 0; i < count; i++) {
        const w = new Worker(script, { workerData: job });
        workers.push(w);
        running++;
        w.on('message', (msg: FromWorker) => {
          if (msg.type === 'fatal') {
            reject(msg.name === 'ConfigError' ? new ConfigError(msg.message) : new Error(msg.message));
            return;
          }
          for (const { index, result } of msg.results) results[index] = result;
          done += msg.results.length;
          onProgress?.(done, files.length);
          feed(w);
        });
        w.on('error', reject);
        w.on('exit', () => {
          running--;
          if (running === 0) (done === files.length ? resolve() : reject(new Error('a worker stopped early')));
        });
        feed(w);
      }
    });
  } finally {
    for (const w of workers) void w.terminate();
  }
  return results;
}
