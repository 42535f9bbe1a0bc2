import { ScrollTable } from '../../components/ScrollTable.js';
import { formatDay } from './dates.js';
import type { Insights } from './types.js';

/** Every side effect reported, day by day, oldest first; severity in words. */
export function SideEffectTimeline({ effects }: { effects: Insights['sideEffects'] }): React.JSX.Element {
  const rows = effects
    .flatMap((e) => e.days.map((d) => ({ day: d.day, label: e.label, severity: d.severity })))
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.label.localeCompare(b.label)));
  if (rows.length === 0) return <p>No side effects recorded.</p>;
  return (
    <ScrollTable label="Side effects by day">
      <table>
        <caption>Side effects by day</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Side effect</th>
            <th scope="col">How bad</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.day}-${r.label}`}>
              <td>{formatDay(r.day)}</td>
              <td>{r.label}</td>
              <td>{r.severity}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
