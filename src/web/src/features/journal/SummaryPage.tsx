import { useState } from 'react';
import { Caveat } from './Caveat.js';
import { ComparisonsTable } from './ComparisonsTable.js';
import { formatDay, localDay } from './dates.js';
import { DoseStepsTable, MeansByDoseTable, SideEffectCounts } from './SummaryTables.js';
import type { Entry, Insights } from './types.js';
import { useApiData } from './useApiData.js';
import { SummaryRange } from './SummaryRange.js';
import { SupplyChanges } from './SupplyChanges.js';

const query = (r: { from: string; to: string }): string => {
  const q = new URLSearchParams();
  if (r.from) q.set('from', r.from);
  if (r.to) q.set('to', r.to);
  const s = q.toString();
  return s ? `?${s}` : '';
};

/** One printable page for a clinic visit; print CSS hides the navigation and the controls. */
export function SummaryPage(): React.JSX.Element {
  const [range, setRange] = useState({ from: '', to: '' });
  const insights = useApiData<Insights>(`/api/journal/insights${query(range)}`);
  const entries = useApiData<{ entries: Entry[] }>(`/api/journal/entries${query(range)}`);
  const data = insights.data;
  const unwellDays = (entries.data?.entries ?? []).filter((e) => e.status === 'too_unwell').map((e) => e.day);

  return (
    <article className="summary">
      <h1 tabIndex={-1}>Journal summary for a clinic visit</h1>
      <div className="no-print summary-controls">
        <SummaryRange value={range} onApply={setRange} />
        <button type="button" className="primary" onClick={() => window.print()}>
          Print
        </button>
      </div>
      <p className="print-notice">
        <strong>Self-recorded, uncontrolled journal.</strong> Low-dose naltrexone is used off-label. This summary is not medical advice; it
        is a record to discuss with a prescriber. Made on {formatDay(localDay())}.
      </p>
      {insights.error ? <p role="alert">The summary could not be loaded: {insights.error}</p> : null}
      {!data && !insights.error ? <p role="status">Loading…</p> : null}
      {data ? (
        <>
          <section aria-labelledby="sum-period">
            <h2 id="sum-period">Period</h2>
            {data.from && data.to ? (
              <p>
                {formatDay(data.from)} to {formatDay(data.to)}: {data.days.logged} days logged, {data.days.tooUnwell} days too unwell to
                log, {data.days.missing} days with no entry.
              </p>
            ) : (
              <p>No entries in this period.</p>
            )}
            {unwellDays.length ? <p>Days too unwell to log: {unwellDays.map(formatDay).join(', ')}.</p> : null}
          </section>
          <section aria-labelledby="sum-doses">
            <h2 id="sum-doses">Dose steps</h2>
            <DoseStepsTable steps={data.doseSteps} />
          </section>
          <section aria-labelledby="sum-means">
            <h2 id="sum-means">Measures by dose</h2>
            <MeansByDoseTable insights={data} />
          </section>
          <section aria-labelledby="sum-comparisons">
            <h2 id="sum-comparisons">Before and after each dose change</h2>
            <Caveat text={data.caveat} />
            <ComparisonsTable insights={data} />
          </section>
          <section aria-labelledby="sum-supply">
            <h2 id="sum-supply">Before and after each change of form, pharmacy or lot</h2>
            <SupplyChanges insights={data} />
          </section>
          <section aria-labelledby="sum-effects">
            <h2 id="sum-effects">Side effects</h2>
            <SideEffectCounts effects={data.sideEffects} />
          </section>
        </>
      ) : null}
    </article>
  );
}
