import { useId } from 'react';
import { useElementWidth } from './useElementWidth.js';
import { daysFrom, formatDay } from './dates.js';
import { mg } from './format.js';
import type { Insights } from './types.js';

type Series = Insights['series'][number];

const H = 200;
const M = { left: 26, right: 10, top: 24, bottom: 26 };
const PH = H - M.top - M.bottom;

/**
 * One measure over time on a 0-10 axis, hand-drawn in SVG. Dose steps are
 * shaded bands with a dashed edge and a text label, so the dose never depends on colour;
 * supply changes (form, pharmacy, lot) are a dotted line under a diamond, a different shape.
 */
export function LineChart({
  series,
  steps,
  supplyDays = [],
  from,
  to,
}: {
  series: Series;
  steps: Insights['doseSteps'];
  supplyDays?: readonly string[];
  from: string;
  to: string;
}): React.JSX.Element {
  const id = useId();
  const [box, W] = useElementWidth<HTMLDivElement>(640);
  const PW = W - M.left - M.right;
  const span = Math.max(1, daysFrom(from, to) + 1);
  const dayW = PW / span;
  const x = (day: string): number => M.left + (daysFrom(from, day) + 0.5) * dayW;
  const y = (v: number): number => M.top + PH - (v / 10) * PH;
  const values = series.points.map((p) => p.value);
  const path = series.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.day).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  const description =
    values.length === 0
      ? `No ${series.label.toLowerCase()} ratings yet.`
      : `${values.length} ratings of ${series.label.toLowerCase()} from ${formatDay(from)} to ${formatDay(to)}, between ${Math.min(...values)} and ${Math.max(...values)} out of 10. ${series.higherIsBetter ? 'Higher is better.' : 'Lower is better.'}${supplyDays.length ? ` Supply changed on ${supplyDays.map(formatDay).join(', ')}.` : ''} The table below lists every value.`;

  return (
    <div ref={box} className="chart-box">
      <svg className="line-chart" width={W} height={H} viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-t ${id}-d`}>
        <title id={`${id}-t`}>{`${series.label} over time`}</title>
        <desc id={`${id}-d`}>{description}</desc>
        {steps.map((s, i) => {
          const left = x(s.from) - dayW / 2;
          const width = x(s.to) + dayW / 2 - left;
          return (
            <g key={`${s.from}-${i}`} className={i % 2 === 0 ? 'band band-a' : 'band band-b'}>
              <rect x={left} y={M.top} width={width} height={PH} />
              <line x1={left} x2={left} y1={M.top - 4} y2={M.top + PH} className="band-edge" />
              {width > 44 ? (
                <text x={left + 3} y={M.top - 8} className="band-label">
                  {mg(s.mg)}
                </text>
              ) : null}
            </g>
          );
        })}
        {[0, 5, 10].map((v) => (
          <g key={v} className="grid">
            <line x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} />
            <text x={M.left - 6} y={y(v) + 4} textAnchor="end">
              {v}
            </text>
          </g>
        ))}
        <text x={M.left} y={H - 6} className="axis-label">
          {formatDay(from)}
        </text>
        <text x={W - M.right} y={H - 6} textAnchor="end" className="axis-label">
          {formatDay(to)}
        </text>
        {supplyDays.map((d) => {
          const cx = x(d);
          const top = M.top + 2;
          return (
            <g key={d} className="supply-mark">
              <line x1={cx} x2={cx} y1={top + 10} y2={M.top + PH} />
              <path d={`M${cx},${top} l5,5 l-5,5 l-5,-5 z`} />
            </g>
          );
        })}
        {series.points.length > 1 ? <path d={path} className="series-line" /> : null}
        {series.points.map((p) => (
          <circle key={p.day} cx={x(p.day)} cy={y(p.value)} r={3.5} className="series-point" />
        ))}
      </svg>
    </div>
  );
}
