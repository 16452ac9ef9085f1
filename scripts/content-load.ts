import path from 'node:path';
import { writeCatalogue } from '../lib/catalogue/load';
import { databasePath } from '../lib/catalogue/location';
import { checkContent, countCatalogue } from '../lib/content/check';
import { formatProblem } from '../lib/content/problems';
import { shownPath } from '../lib/content/read';
import { dirArgument, plural } from './cli';

// Validates a content folder, then replaces the served catalogue in one step. On any problem the
// catalogue being served is left exactly as it was.
const dir = dirArgument();
const target = databasePath();
const started = performance.now();
// Renderings of unchanged bodies come from the last load (.data/render-cache.db, next to the catalogue).
const result = await checkContent(dir, { cache: { file: path.join(path.dirname(target), 'render-cache.db') } });
if (!result.ok) {
  for (const p of result.problems) console.error(formatProblem(p));
  console.error(`\n${plural(result.problems.length, 'problem')} in ${shownPath(dir)}; the catalogue was not changed.`);
  process.exit(1);
}
try {
  const version = await writeCatalogue(result.catalogue, target, path.resolve(dir));
  const c = countCatalogue(result.catalogue);
  const ms = Math.round(performance.now() - started);
  console.log(
    `loaded ${shownPath(dir)} into ${shownPath(target)} in ${ms} ms: ${plural(c.editions, 'edition')}, ${plural(c.entries, 'entry', 'entries')}${c.drafts ? ` (${plural(c.drafts, 'draft')} left out)` : ''}, ${plural(c.authorities, 'authority', 'authorities')}, ${plural(c.topics, 'topic')} (version ${version.slice(0, 8)})`,
  );
} catch (error) {
  console.error(`content load failed; the catalogue was not changed.\n${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
