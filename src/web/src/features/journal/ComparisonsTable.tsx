import type { ReactNode } from 'react';
import { ScrollTable } from '../../components/ScrollTable.js';
import { formatDay } from './dates.js';
import { fmt, signed } from './format.js';
import type { Insights } from './types.js';

type Measured = Insights['supplyChanges'][number]['comparisons'][number];

const READING_MARK: Record<Measured['reading'], string> = {
  better: '▲ better',
  worse: '▼ worse',
  'no clear change': '● no clear change',
  'too few days': '○ too few days',
};

/** One row per measure and change: means before and after, the difference with its 95% interval, and the reading in words. */
export function ComparisonRows({
  label,
  changeHeader,
  rows,
  labelOf,
}: {
  label: string;
  changeHeader: string;
  rows: ReadonlyArray<{ key: string; change: ReactNode; c: Measured }>;
  labelOf: (scale: string) => string;
}): React.JSX.Element {
  // A measure rated on no day on either side tells nothing; its row would only be dashes.
  const rated = rows.filter(({ c }) => c.before.n + c.after.n > 0);
  if (rated.length === 0) return <p>No measure was rated in the two weeks around these changes.</p>;
  return (
    <ScrollTable label={label}>
      <table className="comparisons">
        <caption className="visually-hidden">{label}</caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            <th scope="col">{changeHeader}</th>
            <th scope="col">Before: mean (days)</th>
            <th scope="col">After: mean (days)</th>
            <th scope="col">Difference (95% CI)</th>
            <th scope="col">Reading</th>
          </tr>
        </thead>
        <tbody>
          {rated.map(({ key, change, c }) => (
            <tr key={key}>
              <th scope="row">{labelOf(c.scale)}</th>
              <td>{change}</td>
              <td>
                {fmt(c.before.mean)} ({c.before.n})
              </td>
              <td>
                {fmt(c.after.mean)} ({c.after.n})
              </td>
              <td>{c.difference ? `${signed(c.difference.estimate)} (${fmt(c.difference.low)} to ${fmt(c.difference.high)})` : '–'}</td>
              <td className={`reading reading-${c.reading.replace(/ /g, '-')}`}>{READING_MARK[c.reading]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

export const measureLabel =
  (insights: Insights) =>
  (key: string): string =>
    insights.series.find((s) => s.scale === key)?.label ?? key;

/** Mean before and after each dose change. */
export function ComparisonsTable({ insights }: { insights: Insights }): React.JSX.Element {
  if (insights.comparisons.length === 0) return <p>No dose changes yet, so there is nothing to compare.</p>;
  return (
    <>
      <p>
        Means over about two weeks before and after each dose change. The difference is after minus before, with its 95% confidence
        interval; the reading says which way the measure moved, or that the interval includes no change.
      </p>
      <ComparisonRows
        label="Before and after comparisons"
        changeHeader="Dose change"
        labelOf={measureLabel(insights)}
        rows={insights.comparisons.map((c) => ({
          key: `${c.scale}-${c.changeDay}`,
          change: `${c.fromMg} → ${c.toMg} mg on ${formatDay(c.changeDay)}`,
          c,
        }))}
      />
    </>
  );
}
