import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { yamlData } from './vite.shared.ts';

export default defineConfig({
  root: 'web',
  plugins: [yamlData(), react()],
  // The composer lints in a Web Worker (web/src/lint.worker.ts), which imports the engine's YAML data.
  worker: { format: 'es', plugins: () => [yamlData()] },
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
  },
  test: {
    root: '.',
    include: ['rules/**/*.test.ts', 'cli/**/*.test.ts', 'server/**/*.test.ts', 'test/**/*.test.ts', 'web/**/*.test.{ts,tsx}'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
