import { ScrollTable } from '../../components/ScrollTable.js';
import { formatDay } from './dates.js';
import { fmt, signed } from './format.js';
import type { Insights } from './types.js';

const READING_MARK: Record<Insights['comparisons'][number]['reading'], string> = {
  better: '▲ better',
  worse: '▼ worse',
  'no clear change': '● no clear change',
  'too few days': '○ too few days',
};

/** Mean before and after each dose change, with the difference and its 95% interval, and the reading in words. */
export function ComparisonsTable({ insights }: { insights: Insights }): React.JSX.Element {
  const labelOf = (key: string): string => insights.series.find((s) => s.scale === key)?.label ?? key;
  if (insights.comparisons.length === 0) return <p>No dose changes yet, so there is nothing to compare.</p>;
  return (
    <>
      <p>
        Means over about two weeks before and after each dose change. The difference is after minus before, with its 95% confidence
        interval; the reading says which way the measure moved, or that the interval includes no change.
      </p>
      <ScrollTable label="Before and after comparisons">
        <table className="comparisons">
          <caption className="visually-hidden">Before and after each dose change</caption>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              <th scope="col">Dose change</th>
              <th scope="col">Before: mean (days)</th>
              <th scope="col">After: mean (days)</th>
              <th scope="col">Difference (95% CI)</th>
              <th scope="col">Reading</th>
            </tr>
          </thead>
          <tbody>
            {insights.comparisons.map((c) => (
              <tr key={`${c.scale}-${c.changeDay}`}>
                <th scope="row">{labelOf(c.scale)}</th>
                <td>
                  {c.fromMg} → {c.toMg} mg on {formatDay(c.changeDay)}
                </td>
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
    </>
  );
}
