/**
 * Entry point of `npm start`: the API (server/app.ts) and the built composer (dist/web) on PORT
 * (default 8787). Bundled by vite.node.config.ts into dist/node/server.js.
 */
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

const app = createApp(options);

const server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  console.log(`tactful: composer and API on http://${shown}:${info.port}/ (API under /api, OpenAPI at /api/openapi.json)`);
});

let closing = false;
function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  console.log(`tactful: ${signal} received, closing`);
  server.close(() => process.exit(0));
  // Keep-alive connections may hold the server open: give them a moment, then go.
  setTimeout(() => process.exit(0), 3000).unref();
}
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
