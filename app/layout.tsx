import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteChrome } from '@/components/site-chrome';
import { SITE_NAME } from '@/lib/constants';
import { SITE_DESCRIPTION, SITE_FEED, THEME_COLOR } from '@/lib/metadata';
import { siteUrl } from '@/lib/site';
import './globals.css';
// Also imported by the components that use it; here too so that the layout's CSS holds everything
// the entry page (served outside the App Router, with the layout's stylesheets) needs.
import '@/components/calendar/calendar-links.css';

// Every page renders on request from the SQLite catalogue (a few milliseconds): a content load
// shows at once without a rebuild, statuses follow today's date in China, and each response can
// carry its own CSP nonce (proxy.ts), which statically generated HTML cannot.
// The entry page is not under this layout: app/entries/[slug]/route.tsx serves it as plain HTML
// in the same chrome (components/site-chrome.tsx, components/static-document.tsx) and stylesheets.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
  description: SITE_DESCRIPTION,
  applicationName: SITE_NAME,
  openGraph: { siteName: SITE_NAME, type: 'website', locale: 'en_GB' },
  twitter: { card: 'summary' },
  alternates: { types: { 'application/atom+xml': [SITE_FEED] } },
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: THEME_COLOR };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <SiteChrome>{children}</SiteChrome>
      </body>
    </html>
  );
}
