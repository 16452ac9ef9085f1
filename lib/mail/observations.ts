import { PROSE_TAGS } from './templates/styles';

/**
 * An edition's observations (HTML rendered from Markdown and sanitised at load time) made fit for
 * an email: links absolute (site paths on SITE_URL, in-page anchors on the edition's page) and each
 * element styled inline. The sanitiser leaves no style attributes, so adding one is safe.
 */
export function emailSafeHtml(html: string, site: string, page: string): string {
  return html
    .replace(/href="\/(?!\/)/g, `href="${site}/`)
    .replace(/href="#/g, `href="${page}#`)
    .replace(/<(p|ul|ol|li|a|blockquote|h2|h3)(?=[\s>])/g, (tag, name: string) => `${tag} style="${PROSE_TAGS[name]}"`);
}
