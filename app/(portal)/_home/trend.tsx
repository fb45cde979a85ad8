import type { Sparkline } from '@/lib/home/sparkline';

/**
 * A measure's year so far: a small line drawn by the server (no script), hidden from screen
 * readers, with the same figures written out for them. The latest figure is the dot.
 */
export function Trend({ trend, measure }: { trend: Sparkline; measure: string }) {
  if (trend.plotted === 0) return <span>No figures yet this year</span>;
  const last = trend.marks.at(-1)!;
  return (
    <span className="inline-flex items-center" data-testid="trend">
      <svg
        aria-hidden="true"
        focusable="false"
        width={trend.width}
        height={trend.height}
        viewBox={`0 0 ${trend.width} ${trend.height}`}
        className="overflow-visible text-ink"
      >
        <path d={trend.path} fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" strokeLinecap="round" />
        <circle cx={last.x} cy={last.y} r="2.5" fill="currentColor" />
      </svg>
      <span className="sr-only">
        {measure}, the year so far: {trend.words}.
      </span>
    </span>
  );
}
