// Plain-text parts, written for reading in a text-only client: short lines, URLs on their own lines.

const WIDTH = 72;

/** Wraps a paragraph at 72 columns (a word longer than a line, such as a URL, gets a line of its own), with a first-line and following-line indent. */
export function wrap(text: string, indent = '', width = WIDTH): string {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
}

/** A heading underlined with '=' (level 1) or '-' (level 2), as plain-text mail has done for decades. */
export function heading(text: string, level: 1 | 2 = 1): string {
  return `${text}\n${(level === 1 ? '=' : '-').repeat(Math.min(text.length, WIDTH))}`;
}

/** The footer of every text part: why the message came, and the links to manage and stop it. */
export function textFooter(reason: string, links: { site: string; manage: string; unsubscribe: string }): string {
  return [
    '-- ',
    wrap(reason),
    '',
    `Manage your subscriptions: ${links.manage}`,
    `Unsubscribe: ${links.unsubscribe}`,
    links.site,
    '',
    'Summaries are commentary, not legal advice.',
  ].join('\n');
}
