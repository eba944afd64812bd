import { defineConfig } from 'vite';
import { yamlData } from './vite.shared.ts';

// Bundles the CLI and the server for Node (npm packages stay external).
export default defineConfig({
  plugins: [yamlData()],
  build: {
    ssr: true,
    outDir: 'dist/node',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: true,
    rollupOptions: {
      input: { cli: 'cli/main.ts', server: 'server/main.ts' },
      output: { format: 'es', entryFileNames: '[name].js' },
    },
  },
});
