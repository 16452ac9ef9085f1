import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores(['.next/**', 'node_modules/**', 'lib/generated/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**', 'bench-out/**', '.data/**']),
  {
    rules: {
      // Destructuring to drop fields (`{ bodyMd: _m, ...rest }`) is intended.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      // Pages are plain HTML documents (lib/html/page.tsx) with no client router: links are anchors, and
      // each document writes its own <head>.
      '@next/next/no-html-link-for-pages': 'off',
      '@next/next/no-head-element': 'off',
    },
  },
]);
