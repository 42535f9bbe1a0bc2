import { ScrollTable } from '../../components/ScrollTable.js';
import { formatDay } from './dates.js';
import { doseOn } from './meansByDose.js';
import type { Insights } from './types.js';

/** The chart's numbers as a table, for screen readers and for anyone who prefers to read values. */
export function SeriesTable({ series, steps }: { series: Insights['series'][number]; steps: Insights['doseSteps'] }): React.JSX.Element {
  return (
    <details className="series-table">
      <summary>Table of {series.label.toLowerCase()} values</summary>
      <ScrollTable label={`${series.label} values`}>
        <table>
          <caption>{series.label}, 0 to 10, by day</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Rating</th>
              <th scope="col">Dose</th>
            </tr>
          </thead>
          <tbody>
            {series.points.map((p) => {
              const dose = doseOn(steps, p.day);
              return (
                <tr key={p.day}>
                  <td>{formatDay(p.day)}</td>
                  <td>{p.value}</td>
                  <td>{dose === undefined ? 'not recorded' : `${dose} mg`}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollTable>
    </details>
  );
}
