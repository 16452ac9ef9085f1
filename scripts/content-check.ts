import path from 'node:path';
import { databasePath } from '../lib/catalogue/location';
import { checkContent, countCatalogue } from '../lib/content/check';
import { formatProblem } from '../lib/content/problems';
import { shownPath } from '../lib/content/read';
import { dirArgument, plural } from './cli';

// Validates a content folder without touching the catalogue: every problem, or the counts.
const dir = dirArgument();
// Reads the render cache content:load keeps, never writes it: a check leaves no file behind.
const result = await checkContent(dir, { cache: { file: path.join(path.dirname(databasePath()), 'render-cache.db'), write: false } });
if (!result.ok) {
  for (const p of result.problems) console.error(formatProblem(p));
  console.error(`\n${plural(result.problems.length, 'problem')} in ${shownPath(dir)}`);
  process.exit(1);
}
const c = countCatalogue(result.catalogue);
console.log(
  `${shownPath(dir)} is valid: ${plural(c.editions, 'edition')}, ${plural(c.entries, 'entry', 'entries')}${c.drafts ? ` (+${plural(c.drafts, 'draft')}, not published)` : ''}, ${plural(c.authorities, 'authority', 'authorities')}, ${plural(c.topics, 'topic')}`,
);
