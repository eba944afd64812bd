// Node module hooks that load rules/locales/*.yml the way the Vite plugin does (for dev scripts run with tsx).
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';

export async function load(url, context, nextLoad) {
  if (url.endsWith('.yml')) {
    const text = await readFile(new URL(url), 'utf8');
    return { format: 'module', source: `export default ${JSON.stringify(parse(text))};`, shortCircuit: true };
  }
  return nextLoad(url, context);
}
