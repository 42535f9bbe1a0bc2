import { useEffect } from 'react';
import { Link, useParams } from 'wouter';
import type { SourceDetailResponse } from '../../../../contracts/evidence.js';
import { ClaimList } from './ClaimList.js';
import { headingFor, LoadState } from './LoadState.js';
import { useEvidence } from './useEvidence.js';

/** One article: its metadata and each claim (our paraphrase) with the verdict and the reason. */
export function SourcePage(): React.JSX.Element {
  const { id = '' } = useParams<{ id: string }>();
  const loaded = useEvidence<SourceDetailResponse>(`/api/sources/${encodeURIComponent(id)}`);
  const ready = loaded.state === 'ok';

  // A search hit links to one claim (#claim-<id>): bring it into view and focus once the list is there.
  useEffect(() => {
    if (!ready || !window.location.hash.startsWith('#claim-')) return;
    const target = document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
    target?.scrollIntoView();
    target?.focus();
  }, [ready]);

  if (loaded.state !== 'ok') {
    return (
      <article className="source-page">
        <p className="crumbs">
          <Link href="/">Evidence atlas</Link>
        </p>
        <h1 tabIndex={-1}>{headingFor(loaded, 'Article', 'article')}</h1>
        <LoadState loaded={loaded} what="article" />
      </article>
    );
  }
  const { source: s, claims } = loaded.data;
  return (
    <article className="source-page">
      <p className="crumbs">
        <Link href="/">Evidence atlas</Link>
      </p>
      <h1 tabIndex={-1}>{s.title}</h1>
      <dl className="facts">
        <dt>Published by</dt>
        <dd>{s.publisher}</dd>
        {s.author ? (
          <>
            <dt>Author</dt>
            <dd>{s.author}</dd>
          </>
        ) : null}
        <dt>Date</dt>
        <dd>{s.date}</dd>
        <dt>Claims checked</dt>
        <dd>{s.claimCount}</dd>
      </dl>
      <p>{s.summary}</p>
      <section aria-labelledby="claims-title">
        <h2 id="claims-title">Each claim and what the evidence says</h2>
        <p className="muted">Claims are in our own words, not the article’s.</p>
        <ClaimList claims={claims} showSource={false} />
      </section>
    </article>
  );
}
