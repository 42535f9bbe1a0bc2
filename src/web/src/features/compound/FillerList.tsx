import type { CapsuleResultResponse } from '../../../../contracts/therapy.js';
import { SourceList } from '../planner/SourceList.js';
import { byVerdict, VERDICTS } from './wording.js';

/** Fillers, preferred first: each verdict in words and a symbol (the coloured edge is only a third cue). */
export function FillerList({ fillers }: { fillers: CapsuleResultResponse['fillers'] }): React.JSX.Element {
  return (
    <ul className="fillers">
      {byVerdict(fillers).map((f) => {
        const v = VERDICTS[f.verdict];
        return (
          <li key={f.name} className={`filler status-card tone-${v.tone}`}>
            <p className="filler-head">
              <strong>{f.name}</strong>:{' '}
              <span className="filler-verdict">
                <span aria-hidden="true">{v.symbol} </span>
                {v.words}
              </span>
            </p>
            <p>{f.text}</p>
            <SourceList sources={f.sources} />
          </li>
        );
      })}
    </ul>
  );
}
