import { Link } from 'wouter';
import { Caveat } from './Caveat.js';
import { ComparisonsTable } from './ComparisonsTable.js';
import { formatDay } from './dates.js';
import { LineChart } from './LineChart.js';
import { RecurringSideEffects } from './RecurringSideEffects.js';
import { SeriesTable } from './SeriesTable.js';
import { SideEffectTimeline } from './SideEffectTimeline.js';
import { SupplyChanges } from './SupplyChanges.js';
import type { Insights } from './types.js';
import { useApiData } from './useApiData.js';

export function InsightsPage(): React.JSX.Element {
  const { data, error } = useApiData<Insights>('/api/journal/insights');
  return (
    <>
      <h1 tabIndex={-1}>Insights</h1>
      {error ? <p role="alert">Insights could not be loaded: {error}</p> : null}
      {!data && !error ? <p role="status">Loading…</p> : null}
      {data ? (
        <>
          <Caveat text={data.caveat} />
          {data.from && data.to ? (
            <p>
              From {formatDay(data.from)} to {formatDay(data.to)}: {data.days.logged} days logged, {data.days.tooUnwell} too unwell to log,{' '}
              {data.days.missing} with no entry.
            </p>
          ) : (
            <p>
              Nothing recorded yet. <Link href="/">Start with today’s check-in</Link>.
            </p>
          )}
          <RecurringSideEffects items={data.recurringSideEffects} />
          <section aria-labelledby="measures">
            <h2 id="measures">Measures over time</h2>
            <p className="hint">
              Shaded bands with a dashed left edge mark each dose; the label above a band gives the dose.
              {data.supplyChanges.length ? ' A dotted line under a diamond (◆) marks a change of form, pharmacy or lot.' : null}
            </p>
            {data.from && data.to
              ? data.series.map((s) => (
                  <figure key={s.scale} className="chart">
                    <figcaption>
                      <h3>
                        {s.label} <span className="hint">({s.higherIsBetter ? 'higher is better' : 'lower is better'})</span>
                      </h3>
                    </figcaption>
                    {s.points.length === 0 ? (
                      <p>No ratings yet.</p>
                    ) : (
                      <>
                        <LineChart
                          series={s}
                          steps={data.doseSteps}
                          supplyDays={data.supplyChanges.map((c) => c.day)}
                          from={data.from as string}
                          to={data.to as string}
                        />
                        <SeriesTable series={s} steps={data.doseSteps} />
                      </>
                    )}
                  </figure>
                ))
              : null}
          </section>
          <section aria-labelledby="comparisons">
            <h2 id="comparisons">Before and after each dose change</h2>
            <ComparisonsTable insights={data} />
          </section>
          <section aria-labelledby="supply-changes">
            <h2 id="supply-changes">Before and after each change of form, pharmacy or lot</h2>
            <SupplyChanges insights={data} />
          </section>
          <section aria-labelledby="side-effects">
            <h2 id="side-effects">Side effects</h2>
            <SideEffectTimeline effects={data.sideEffects} />
          </section>
        </>
      ) : null}
    </>
  );
}
