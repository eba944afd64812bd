/** A worker thread of cli/pool.ts: lints the batches of files it is sent with `lintFile`. */
import { parentPort, workerData } from 'node:worker_threads';
import { lintFile, resolverFor, type LintJob } from './lint.ts';
import type { FromWorker, ToWorker } from './pool.ts';

const job = workerData as LintJob;
const port = parentPort!;
let resolver: ReturnType<typeof resolverFor> | undefined;

port.on('message', async (msg: ToWorker) => {
  if (msg.type === 'exit') {
    port.close();
    return;
  }
  try {
    resolver ??= resolverFor(job);
    const results: Array<{ index: number; result: Awaited<ReturnType<typeof lintFile>> }> = [];
    for (const { index, path } of msg.batch) results.push({ index, result: await lintFile(path, job, resolver) });
    port.postMessage({ type: 'done', results } satisfies FromWorker);
  } catch (error) {
    port.postMessage({ type: 'fatal', name: (error as Error).name, message: (error as Error).message } satisfies FromWorker);
  }
});
