import { describeActivity, type Activity } from '@/lib/activity';
import { formatMonth } from '@/lib/dates';

const WIDTH = 360;
const HEIGHT = 132;
const TOP = 18;
const BOTTOM = 22;
// Room at the sides for the first and last labels.
const SIDE = 24;

/** Entries per month or year as server-rendered bars: an inline SVG that needs no JavaScript. */
export function ActivityChart({ activity, id }: { activity: Activity; id: string }) {
  if (activity.bars.length === 0) return null;
  const summary = describeActivity(activity);
  const max = Math.max(...activity.bars.map((b) => b.count), 1);
  const slot = (WIDTH - 2 * SIDE) / activity.bars.length;
  const barWidth = Math.max(2, Math.min(slot * 0.7, 40));
  const plot = HEIGHT - TOP - BOTTOM;
  // Label every bar when they fit, else only every nth one and the last.
  const every = Math.ceil(activity.bars.length / (activity.unit === 'month' ? 4 : 8));
  return (
    <figure className="activity">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width={WIDTH}
        height={HEIGHT}
        role="img"
        aria-labelledby={`${id}-title`}
        className="activity-chart"
      >
        <title id={`${id}-title`}>{summary}</title>
        <line x1={0} x2={WIDTH} y1={HEIGHT - BOTTOM + 0.5} y2={HEIGHT - BOTTOM + 0.5} className="activity-axis" />
        {activity.bars.map((bar, i) => {
          const height = bar.count === 0 ? 0 : Math.max(2, (bar.count / max) * plot);
          const x = SIDE + i * slot + (slot - barWidth) / 2;
          const y = HEIGHT - BOTTOM - height;
          const showLabel = i % every === 0 || i === activity.bars.length - 1;
          return (
            <g key={bar.key}>
              {bar.count > 0 && <rect x={x} y={y} width={barWidth} height={height} className="activity-bar" />}
              {bar.count > 0 && (
                <text x={x + barWidth / 2} y={y - 4} textAnchor="middle" className="activity-count">
                  {bar.count}
                </text>
              )}
              {showLabel && (
                <text x={x + barWidth / 2} y={HEIGHT - 6} textAnchor="middle" className="activity-label">
                  {activity.unit === 'month' ? formatMonth(bar.key, true) : bar.label}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption className="activity-caption">
        Entries per {activity.unit}, by date issued ({activity.total} in all)
      </figcaption>
    </figure>
  );
}

