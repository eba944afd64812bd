#!/usr/bin/env node
// The `tactful` command. Runs the bundled CLI (built by `npm ci` / `npm run build:node`).
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/node/cli.js', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write('tactful: the CLI is not built yet; run `npm run build:node` (npm ci does it for you)\n');
  process.exit(2);
}
const { cli } = await import(bundle.href);
await cli();
