import { parse } from 'yaml';
import type { Plugin } from 'vite';

/** Compiles `*.yml` locale data into ES modules, so the engine loads it the same way in Node and in the browser. */
export function yamlData(): Plugin {
  return {
    name: 'tactful-yaml-data',
    transform(code, id) {
      if (!id.endsWith('.yml')) return null;
      try {
        return { code: `export default ${JSON.stringify(parse(code))};`, map: null };
      } catch (error) {
        throw new Error(`${id}: invalid YAML: ${(error as Error).message}`);
      }
    },
  };
}
