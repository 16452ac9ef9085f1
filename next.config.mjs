/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // `npm test` type-checks once, before the build (next typegen + tsc --noEmit: the program
  // next build would check, route types included), and says so with BUILD_TYPECHECKED=1. Any other
  // build (next build, npm start, the e2e and bench servers when stale) type-checks as usual.
  typescript: { ignoreBuildErrors: process.env.BUILD_TYPECHECKED === '1' },
  // Native SQLite driver: loaded from node_modules at run time, never bundled.
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3'],
  async headers() {
    // On every response, static files included; pages get their Content-Security-Policy from proxy.ts (it needs a per-request nonce).
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
        ],
      },
      {
        // JSON answers are data, never a document: nothing may load or run in them, nor frame them.
        // (Pages get a per-request policy with a nonce from proxy.ts, which skips /api.)
        source: '/api/:path*',
        headers: [{ key: 'Content-Security-Policy', value: "default-src 'none'; frame-ancestors 'none'; object-src 'none'; base-uri 'none'; form-action 'none'" }],
      },
    ];
  },
};

export default nextConfig;
