import type { ParamProblem } from '@/lib/search/params';

/** The parts of a page's address that were not understood and were left out, each with why. */
export function ParamNotice({ problems }: { problems: ParamProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <div className="notice" role="status">
      <p>Some parts of this address were not understood and were left out:</p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            <strong>{p.param}</strong>: {p.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
