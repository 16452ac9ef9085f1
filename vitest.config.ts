import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      // lib modules that import 'server-only' are plain server code under test.
      { find: /^server-only$/, replacement: fileURLToPath(new URL('./tests/unit/server-only-stub.ts', import.meta.url)) },
      { find: /^@\//, replacement: root },
    ],
  },
  test: {
    root,
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
