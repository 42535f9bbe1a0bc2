import { ScrollTable } from '../../components/ScrollTable.js';
import { formatDay } from './dates.js';
import { fmt } from './format.js';
import { dosesOf, meansByDose } from './meansByDose.js';
import type { Insights } from './types.js';

export function DoseStepsTable({ steps }: { steps: Insights['doseSteps'] }): React.JSX.Element {
  if (steps.length === 0) return <p>No doses recorded.</p>;
  return (
    <table>
      <caption className="visually-hidden">Dose steps</caption>
      <thead>
        <tr>
          <th scope="col">Dose</th>
          <th scope="col">From</th>
          <th scope="col">To</th>
        </tr>
      </thead>
      <tbody>
        {steps.map((s, i) => (
          <tr key={`${s.from}-${i}`}>
            <td>{s.mg} mg</td>
            <td>{formatDay(s.from)}</td>
            <td>{formatDay(s.to)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Rows are measures, columns the doses in the order taken; each cell the mean rating and its number of days. */
export function MeansByDoseTable({ insights }: { insights: Insights }): React.JSX.Element {
  const doses = dosesOf(insights.doseSteps);
  if (doses.length === 0 || insights.series.length === 0) return <p>Not enough data for means by dose.</p>;
  return (
    <ScrollTable label="Measures by dose">
      <table>
        <caption>Mean rating (0–10) at each dose, with the number of days in brackets</caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            {doses.map((d) => (
              <th key={d} scope="col">
                {d} mg
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {insights.series.map((s) => (
            <tr key={s.scale}>
              <th scope="row">
                {s.label} <span className="hint">({s.higherIsBetter ? 'higher is better' : 'lower is better'})</span>
              </th>
              {meansByDose(s, insights.doseSteps).map((m) => (
                <td key={m.mg}>
                  {fmt(m.mean)} ({m.n})
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

/** Each side effect once: how many days, and the worst severity reported. */
export function SideEffectCounts({ effects }: { effects: Insights['sideEffects'] }): React.JSX.Element {
  if (effects.length === 0) return <p>No side effects recorded.</p>;
  const rank = ['mild', 'moderate', 'severe'];
  return (
    <table>
      <caption className="visually-hidden">Side effects</caption>
      <thead>
        <tr>
          <th scope="col">Side effect</th>
          <th scope="col">Days</th>
          <th scope="col">Worst</th>
          <th scope="col">First / last</th>
        </tr>
      </thead>
      <tbody>
        {effects.map((e) => {
          const worst = e.days.reduce((w, d) => (rank.indexOf(d.severity) > rank.indexOf(w) ? d.severity : w), 'mild');
          return (
            <tr key={e.key}>
              <td>{e.label}</td>
              <td>{e.days.length}</td>
              <td>{worst}</td>
              <td>
                {formatDay(e.days[0]?.day ?? '')} / {formatDay(e.days[e.days.length - 1]?.day ?? '')}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
