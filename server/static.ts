/**
 * Serves the built composer (dist/web, from `npm run build:web`) at `/`. When it has not been
 * built, `/` explains how to build it instead of failing, and the API keeps working.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { OpenAPIHono } from '@hono/zod-openapi';

/** dist/web relative to the project root (the bundle runs from dist/node, tests from the sources). */
export function findWebRoot(explicit?: string): string | null {
  const candidates = explicit
    ? [resolve(explicit)]
    : [resolve(process.cwd(), 'dist/web'), resolve(import.meta.dirname ?? '.', '../web'), resolve(import.meta.dirname ?? '.', '../dist/web')];
  return candidates.find((dir) => existsSync(join(dir, 'index.html'))) ?? null;
}

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>tactful</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">
<h1>tactful</h1>
<p>The composer has not been built yet. Run <code>npm run build:web</code> (or <code>npm start</code>, which builds everything) and reload this page.</p>
<p>The API is up: <a href="/api/health">/api/health</a>, <a href="/api/rules">/api/rules</a>, <a href="/api/openapi.json">/api/openapi.json</a>.</p>
</body></html>
`;

export function webRoutes(explicit?: string): (app: OpenAPIHono) => void {
  return (app) => {
    const root = findWebRoot(explicit);
    if (!root) {
      app.get('/', (c) => c.html(NOT_BUILT, 200));
      return;
    }
    const index = readFileSync(join(root, 'index.html'), 'utf8');
    app.use('/*', async (c, next) => {
      await next();
      if (c.req.path.startsWith('/api/') || c.res.status !== 200) return;
      // Vite's hashed assets never change; the page itself must be revalidated.
      c.res.headers.set('Cache-Control', c.req.path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    });
    app.use('/*', serveStatic({ root }));
    // Client-side routes fall back to the composer's page.
    app.get('*', (c, next) => (c.req.path.startsWith('/api/') ? next() : c.html(index, 200)));
  };
}
