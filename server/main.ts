/**
 * Entry point of `npm start`: the API (server/app.ts) and the built composer (dist/web) on PORT
 * (default 8787). Bundled by vite.node.config.ts into dist/node/server.js.
 *
 * Linting is CPU-bound, so the server runs one worker per core (node:cluster, at most 4; set
 * TACTFUL_SERVER_WORKERS=1 for a single process). HOST defaults to 0.0.0.0.
 */
import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import { serve } from '@hono/node-server';
import { createApp, llmConfigured, type AppOptions } from './app.ts';
import { webRoutes } from './static.ts';
import { createRewriteHandler } from './llm/route.ts';

const port = Number(process.env.PORT ?? 8787);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`tactful: PORT must be a port number, got "${process.env.PORT}"`);
  process.exit(2);
}
const host = process.env.HOST ?? '0.0.0.0';

const options: AppOptions = {
  llm: llmConfigured(process.env),
  rewrite: createRewriteHandler({ env: process.env }),
  extend: webRoutes(process.env.TACTFUL_WEB_ROOT),
};

const workers = Number(process.env.TACTFUL_SERVER_WORKERS ?? Math.min(availableParallelism(), 4));
if (!Number.isInteger(workers) || workers < 1) {
  console.error(`tactful: TACTFUL_SERVER_WORKERS must be a whole number of at least 1, got "${process.env.TACTFUL_SERVER_WORKERS}"`);
  process.exit(2);
}
/** Exit code of a worker that cannot listen: the primary stops instead of restarting it. */
const CANNOT_LISTEN = 3;
const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
const banner = (p: number) => `tactful: composer and API on http://${shown}:${p}/ (API under /api, OpenAPI at /api/openapi.json)`;

if (workers > 1 && cluster.isPrimary) runPrimary();
else runServer();

function runPrimary() {
  let closing = false;
  let announced = false;
  let restarts = 0;
  for (let i = 0; i < workers; i++) cluster.fork();
  cluster.on('listening', (_worker, address) => {
    if (announced) return;
    announced = true;
    console.log(`${banner(address.port)} · ${workers} workers`);
  });
  cluster.on('exit', (worker, code, signal) => {
    if (closing) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(process.exitCode ?? 0);
      return;
    }
    if (code === CANNOT_LISTEN) {
      // The worker said why (port taken, no permission): restarting would not help.
      closing = true;
      for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGTERM');
      process.exitCode = 1;
      setTimeout(() => process.exit(1), 2000).unref();
      return;
    }
    // A worker that dies is replaced, unless they keep dying (a broken build, a taken port).
    console.error(`tactful: worker ${worker.process.pid} exited (${signal ?? code})`);
    if (++restarts > workers * 3) {
      console.error('tactful: workers keep exiting; giving up');
      process.exit(1);
    }
    cluster.fork();
  });
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`tactful: ${signal} received, closing`);
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGTERM');
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

function runServer() {
  const app = createApp(options);
  const server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
    if (cluster.isPrimary) console.log(banner(info.port));
  });
  server.on('error', (error: NodeJS.ErrnoException) => {
    const reason = error.code === 'EADDRINUSE' ? 'the port is in use (set PORT to another one)' : error.code === 'EACCES' ? 'permission denied' : error.message;
    console.error(`tactful: cannot listen on ${host}:${port}: ${reason}`);
    process.exit(CANNOT_LISTEN);
  });
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    if (cluster.isPrimary) console.log(`tactful: ${signal} received, closing`);
    server.close(() => process.exit(0));
    // Keep-alive connections may hold the server open: give them a moment, then go.
    setTimeout(() => process.exit(0), 3000).unref();
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}
