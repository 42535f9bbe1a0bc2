import { Link } from 'wouter';
import type { CheckClaimsResponse } from '../../../../contracts/claims.js';
import { CHECK_VERDICT_ORDER, CHECK_VERDICT_WORDS } from '../../../../contracts/claim-words.js';
import { conditionHref } from './ClaimDetail.js';

/** Counts per verdict (symbol, words and number) and the conditions the article claims LDN helps. */
export function CheckSummary({ result }: { result: CheckClaimsResponse }): React.JSX.Element {
  const { summary } = result;
  const name = (id: string): string => result.conditions.find((c) => c.id === id)?.name ?? id;
  return (
    <section aria-labelledby="check-summary-title" className="check-summary">
      <h3 id="check-summary-title">Summary</h3>
      <p>
        {summary.total === 0
          ? 'No health claims about LDN were found in this text.'
          : `${summary.total} health ${summary.total === 1 ? 'claim' : 'claims'} about LDN found.`}
      </p>
      {summary.total > 0 ? (
        <ul className="verdict-counts">
          {CHECK_VERDICT_ORDER.map((v) => (
            <li key={v} className={`verdict-count verdict-${v}`} data-verdict={v}>
              <span aria-hidden="true">{CHECK_VERDICT_WORDS[v].symbol} </span>
              <strong>{CHECK_VERDICT_WORDS[v].words}</strong>: {summary.byVerdict[v]}
              <span className="hint-inline"> ({CHECK_VERDICT_WORDS[v].meaning})</span>
            </li>
          ))}
        </ul>
      ) : null}
      {summary.conditions.length > 0 ? (
        <>
          <p className="check-summary-sub">Conditions the article makes claims about:</p>
          <ul className="claimed-conditions">
            {summary.conditions.map((id) => (
              <li key={id}>
                <Link href={conditionHref(id)}>{name(id)}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
