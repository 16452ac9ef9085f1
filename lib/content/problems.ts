import { closest, distance } from 'fastest-levenshtein';

/** One thing wrong in a content folder, located as precisely as the source allows. */
export type Problem = {
  /** Path as shown to the author (relative to the working directory when inside it). */
  file: string;
  line: number;
  /** Front-matter key (`issuers[1]`, `sources[0].url`), or `file` / `front matter` for whole-file problems. */
  key: string;
  message: string;
};

/** `path:line: key: message`, the format every tool prints. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}: ${p.key}: ${p.message}`;
}

/** Sorts problems by file, then line, so a report reads top to bottom. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
}

/** "; did you mean 'x'?" when a known id is close enough to be the intended one. */
export function didYouMean(value: string, known: Iterable<string>): string {
  const list = [...known];
  if (list.length === 0) return '';
  // Case-blind: 'CAC' is one step from 'cac', not three.
  const lower = value.toLowerCase();
  const best = closest(lower, list.map((k) => k.toLowerCase()));
  const limit = Math.max(2, Math.floor(value.length / 3));
  const original = list.find((k) => k.toLowerCase() === best) ?? best;
  return distance(lower, best) <= limit ? `; did you mean '${original}'?` : '';
}
