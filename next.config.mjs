import { COMMON_HEADERS, DATA_POLICY, PAGE_POLICY } from './lib/security.mjs';

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // `npm test` type-checks once, before the build (next typegen + tsc --noEmit: the program
  // next build would check, route types included), and says so with BUILD_TYPECHECKED=1. Any other
  // build (next build, npm start, the e2e and bench servers when stale) type-checks as usual.
  typescript: { ignoreBuildErrors: process.env.BUILD_TYPECHECKED === '1' },
  // Native packages (the SQLite driver, the CSS bundler): loaded from node_modules at run time, never bundled.
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3', 'lightningcss'],
  async headers() {
    // On every response, static files included. One policy for every page and feed (no nonce, so
    // shared caches can keep them); the JSON API and other data get one under which nothing runs.
    const common = COMMON_HEADERS.map(([key, value]) => ({ key, value }));
    return [
      { source: '/:path*', headers: common },
      { source: '/((?!api/).*)', headers: [{ key: 'Content-Security-Policy', value: PAGE_POLICY }] },
      { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: DATA_POLICY }] },
    ];
  },
};

export default nextConfig;
