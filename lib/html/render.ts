import 'server-only';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ReactElement } from 'react';

type ReactDomServer = typeof import('react-dom/server');
let server: ReactDomServer | undefined;

/**
 * react-dom/server, loaded by Node itself. Route handlers are bundled for React Server Components,
 * where react-dom/server is deliberately a stub that throws; these pages are plain HTML that no
 * client runtime hydrates, which is what react-dom/server's renderToStaticMarkup is for.
 */
function reactDomServer(): ReactDomServer {
  server ??= createRequire(path.join(/*turbopackIgnore: true*/ process.cwd(), 'package.json'))('react-dom/server') as ReactDomServer;
  return server;
}

/** A whole document (an <html> element) as `<!DOCTYPE html>` and markup, with no hydration markers. */
export function renderHtml(document: ReactElement): string {
  return `<!DOCTYPE html>${reactDomServer().renderToStaticMarkup(document)}`;
}
