import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/site-header';
import { SITE_NAME } from '@/lib/constants';
import { paths, siteUrl } from '@/lib/site';
import './globals.css';

// Every page renders on request from the SQLite catalogue (a few milliseconds): a content load
// shows at once without a rebuild, statuses follow today's date in China, and each response can
// carry its own CSP nonce (proxy.ts), which statically generated HTML cannot.
export const dynamic = 'force-dynamic';

const DESCRIPTION =
  'China technology, media and telecom regulation: regulations, standards, enforcement and court judgments, digested monthly.';

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
  description: DESCRIPTION,
  applicationName: SITE_NAME,
  openGraph: { siteName: SITE_NAME, type: 'website', locale: 'en_GB' },
  twitter: { card: 'summary' },
  alternates: { types: { 'application/atom+xml': [{ url: paths.feed, title: `${SITE_NAME}: newest entries` }] } },
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#16324f' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="container">
          {children}
        </main>
        <footer className="site-footer">
          <div className="container">
            <p>
              {SITE_NAME}: China technology, media and telecom regulation. Summaries are commentary, not legal advice.
            </p>
            <p>
              <a href={paths.feed} type="application/atom+xml">
                Follow new entries (Atom feed)
              </a>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
