import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Unit tests only: tests/e2e holds Playwright specs, which Vitest must not pick up.
export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
