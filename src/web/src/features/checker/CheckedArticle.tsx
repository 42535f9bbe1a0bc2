import { Fragment, useId, useMemo } from 'react';
import type { CheckClaimsResponse } from '../../../../contracts/claims.js';
import { CHECK_VERDICT_WORDS } from '../../../../contracts/claim-words.js';
import { ClaimDetail } from './ClaimDetail.js';
import { segmentsOf } from './segments.js';

/**
 * The article as text nodes (React escapes them; nothing in it can run), each claim
 * in a <mark> led by a button that names its verdict in words and a symbol, so colour
 * is never the only cue. The button opens the explanation right after the sentence.
 */
export function CheckedArticle({
  result,
  open,
  onToggle,
}: {
  result: CheckClaimsResponse;
  open: number | null;
  onToggle(index: number): void;
}): React.JSX.Element {
  const base = useId();
  const segments = useMemo(() => segmentsOf(result.text, result.claims), [result]);
  return (
    <div className="checked-article" lang="en">
      {segments.map((s) => {
        if (s.kind === 'text') return <Fragment key={`t${s.start}`}>{s.text}</Fragment>;
        const verdict = CHECK_VERDICT_WORDS[s.claim.verdict];
        const detailId = `${base}-claim-${s.index}`;
        const isOpen = open === s.index;
        return (
          <Fragment key={`c${s.start}`}>
            <mark className={`claim verdict-${s.claim.verdict}${isOpen ? ' claim-open' : ''}`} data-claim={s.index}>
              <button
                type="button"
                className="claim-badge"
                aria-expanded={isOpen}
                aria-controls={isOpen ? detailId : undefined}
                aria-label={`Claim ${s.index + 1}: ${verdict.words}. ${isOpen ? 'Hide' : 'Show'} why`}
                onClick={() => onToggle(s.index)}
              >
                <span aria-hidden="true">
                  {verdict.symbol} {verdict.words}
                </span>
              </button>{' '}
              {/* A click on the sentence itself also opens it; the button is the keyboard way in. */}
              <span className="claim-text" onClick={() => onToggle(s.index)}>
                {s.text}
              </span>
            </mark>
            {isOpen ? <ClaimDetail id={detailId} claim={s.claim} index={s.index} result={result} /> : null}
          </Fragment>
        );
      })}
    </div>
  );
}
