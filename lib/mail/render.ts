import { createRequire } from 'node:module';
import path from 'node:path';
import type { ReactElement } from 'react';

type ReactEmailRender = typeof import('@react-email/render');
let loaded: ReactEmailRender | undefined;

/**
 * @react-email/render, loaded by Node itself (as lib/html/render.ts loads react-dom/server): route
 * handlers are bundled for React Server Components, where react-dom/server is a stub, and the
 * render needs the real one. The same code runs in mail:send, outside Next.js.
 */
function reactEmail(): ReactEmailRender {
  loaded ??= createRequire(path.join(/*turbopackIgnore: true*/ process.cwd(), 'package.json'))('@react-email/render') as ReactEmailRender;
  return loaded;
}

/** An email component as a whole HTML document (XHTML 1.0 Transitional doctype, as email clients expect). */
export function renderEmailHtml(email: ReactElement): Promise<string> {
  return reactEmail().render(email);
}

/** HTML (the observations) as readable plain text: paragraphs wrapped at 72 columns, links as "text [url]". */
export function htmlToText(html: string): string {
  return reactEmail().toPlainText(html, {
    wordwrap: 72,
    selectors: [
      {
        selector: 'a',
        options: { linkBrackets: ['[', ']'], hideLinkHrefIfSameAsText: true },
      },
    ],
  });
}
