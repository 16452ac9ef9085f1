import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/site-header';
import { SITE_NAME } from '@/lib/constants';
import './globals.css';

// Pages read the SQLite catalogue on each request, so a content load shows without a rebuild.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
  description: 'China technology, media and telecom regulation: regulations, standards, enforcement and court judgments, digested monthly.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

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
            {SITE_NAME}: China technology, media and telecom regulation. Summaries are commentary, not legal advice.
          </div>
        </footer>
      </body>
    </html>
  );
}
