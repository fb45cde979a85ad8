import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', '.next/**', 'e2e/**', '.data/**'],
    environment: 'node',
    // Integration tests migrate a fresh database per file; PGlite needs a few seconds to start.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
