#!/usr/bin/env node
// The `tactful` command. Runs the bundled CLI (built by `npm ci` / `npm run build:node`).
import { existsSync } from 'node:fs';
import v8 from 'node:v8';

const bundle = new URL('../dist/node/cli.js', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write('tactful: the CLI is not built yet; run `npm run build:node` (npm ci does it for you)\n');
  process.exit(2);
}
// The engine's phrase lists are large regular expressions, each run over every email. V8 first
// interprets a new regex and compiles it to machine code only when it runs again; for a lint run
// that interpretation is pure overhead, so compile at the first run (set before any is created).
try {
  v8.setFlagsFromString('--regexp-tier-up-ticks=0');
} catch {
  // An engine without the flag keeps its default.
}
const { cli } = await import(bundle.href);
await cli();
