import { formatDate } from '@/lib/dates';

type Props = { slug: string; effective: string | null; commentDeadline: string | null };

/** "Add to calendar" links for an entry's effective date and comment deadline (one-event .ics files). */
export function AddToCalendar({ slug, effective, commentDeadline }: Props) {
  const links = [
    commentDeadline ? { kind: 'comment-deadline', label: 'Comments close', date: commentDeadline } : null,
    effective ? { kind: 'effective', label: 'Takes effect', date: effective } : null,
  ].filter((l) => l !== null);
  if (links.length === 0) return null;
  return (
    <section className="add-to-calendar" aria-labelledby="add-to-calendar">
      <h2 id="add-to-calendar">Add to calendar</h2>
      <ul>
        {links.map((l) => (
          <li key={l.kind}>
            <a href={`/entries/${slug}/calendar.ics?kind=${l.kind}`} type="text/calendar" download={`${slug}-${l.kind}.ics`}>
              {l.label}: {formatDate(l.date)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
