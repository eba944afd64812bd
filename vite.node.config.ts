import { defineConfig } from 'vite';
import { yamlData } from './vite.shared.ts';

// Bundles the CLI and the server for Node (npm packages stay external).
export default defineConfig({
  plugins: [yamlData()],
  ssr: {
    // The engine's and the CLI's dependencies are bundled in: Node loads one file much faster than
    // the hundreds of small modules of the unified ecosystem (and yaml's CommonJS build), which
    // is most of a single-file `tactful lint` run. Server-side packages, and dictionaries that
    // read their files next to their own module, stay external.
    noExternal: true,
    external: [
      'hono', '@hono/node-server', '@hono/zod-openapi', 'openai', 'gettext-parser', 'mimetext', 'react', 'react-dom',
      'nspell', 'dictionary-en', 'dictionary-es', 'dictionary-vi',
    ],
  },
  build: {
    ssr: true,
    outDir: 'dist/node',
    emptyOutDir: true,
    target: 'node20',
    minify: true,
    sourcemap: true,
    rollupOptions: {
      input: { cli: 'cli/main.ts', worker: 'cli/worker.ts', server: 'server/main.ts' },
      output: { format: 'es', entryFileNames: '[name].js' },
    },
  },
});
