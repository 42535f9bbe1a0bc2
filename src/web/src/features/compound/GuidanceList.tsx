import type { LiquidResultResponse } from '../../../../contracts/therapy.js';
import { SourceList } from '../planner/SourceList.js';

type Guidance = LiquidResultResponse['warnings'][number];

/** Warnings and advice from the API, each with its own sources. */
export function GuidanceList({ items }: { items: readonly Guidance[] }): React.JSX.Element {
  return (
    <ul className="guidance">
      {items.map((g) => (
        <li key={g.text}>
          <p className="guidance-text">
            <span aria-hidden="true">⚠ </span>
            {g.text}
          </p>
          <SourceList sources={g.sources} />
        </li>
      ))}
    </ul>
  );
}
