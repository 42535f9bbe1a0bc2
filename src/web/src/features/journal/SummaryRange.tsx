import { useId, useState } from 'react';

export interface Range {
  readonly from: string;
  readonly to: string;
}

/** Optional first and last day for the summary; empty means the whole journal. */
export function SummaryRange({ value, onApply }: { value: Range; onApply(range: Range): void }): React.JSX.Element {
  const id = useId();
  const [from, setFrom] = useState(value.from);
  const [to, setTo] = useState(value.to);
  return (
    <form
      className="range-form"
      aria-label="Date range"
      onSubmit={(e) => {
        e.preventDefault();
        onApply({ from, to });
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-from`}>From</label>
        <input id={`${id}-from`} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>To</label>
        <input id={`${id}-to`} type="date" value={to} onChange={(e) => setTo(e.target.value)} />
      </div>
      <button type="submit">Show this period</button>
    </form>
  );
}
