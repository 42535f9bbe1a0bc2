import { Link, useParams } from 'wouter';
import type { StudyDetailResponse } from '../../../../contracts/evidence.js';
import { DESIGN_WORDS, doiUrl, nctUrl, pubmedUrl } from '../../../../contracts/evidence-words.js';
import { StudyDirectionLabel } from './Labels.js';
import { headingFor, LoadState } from './LoadState.js';
import { effectText } from './forest.js';
import { useEvidence } from './useEvidence.js';

/** One study: citation, linked identifiers, design and methods, outcomes with numbers, harms, caveats, sources. */
export function StudyPage(): React.JSX.Element {
  const { id = '' } = useParams<{ id: string }>();
  const loaded = useEvidence<StudyDetailResponse>(`/api/studies/${encodeURIComponent(id)}`);
  if (loaded.state !== 'ok') {
    return (
      <article className="study-page">
        <p className="crumbs">
          <Link href="/">Evidence atlas</Link>
        </p>
        <h1 tabIndex={-1}>{headingFor(loaded, 'Study', 'study')}</h1>
        <LoadState loaded={loaded} what="study" />
      </article>
    );
  }
  const { study: s, conditions } = loaded.data;
  const { citation: cit, ids } = s;
  return (
    <article className="study-page">
      <p className="crumbs">
        <Link href="/">Evidence atlas</Link>
      </p>
      <h1 tabIndex={-1}>{s.label}</h1>
      <p className="citation">
        {cit.authors} {cit.title ? <>“{cit.title}”. </> : null}
        {cit.journal ? <em>{cit.journal}</em> : null} {cit.year}
        {cit.details ? `; ${cit.details}` : ''}.
      </p>
      <ul className="ids">
        {ids.pmid ? (
          <li>
            <a href={pubmedUrl(ids.pmid)}>PubMed {ids.pmid}</a>
          </li>
        ) : null}
        {ids.doi ? (
          <li>
            <a href={doiUrl(ids.doi)}>doi:{ids.doi}</a>
          </li>
        ) : null}
        {ids.nct ? (
          <li>
            <a href={nctUrl(ids.nct)}>ClinicalTrials.gov {ids.nct}</a>
          </li>
        ) : null}
        {(ids.other ?? []).map((o) => (
          <li key={o}>{o}</li>
        ))}
      </ul>
      <dl className="facts">
        <dt>Design</dt>
        <dd>{DESIGN_WORDS[s.design] ?? s.design}</dd>
        <dt>People</dt>
        <dd>{s.n ?? 'not reported'}</dd>
        <dt>Population</dt>
        <dd>{s.population}</dd>
        <dt>Dose</dt>
        <dd>{s.dose.regimen}</dd>
        <dt>Duration</dt>
        <dd>{s.duration ?? 'not reported'}</dd>
        <dt>Compared with</dt>
        <dd>{s.comparator ?? 'nothing (no comparison group)'}</dd>
        <dt>Overall result</dt>
        <dd>
          <StudyDirectionLabel direction={s.direction} />
        </dd>
        <dt>Conditions</dt>
        <dd>
          {conditions.map((c, i) => (
            <span key={c.id}>
              {i > 0 ? ', ' : ''}
              <Link href={`/conditions/${c.id}`}>{c.name}</Link>
            </span>
          ))}
        </dd>
      </dl>
      <section aria-labelledby="outcomes-title">
        <h2 id="outcomes-title">Outcomes</h2>
        {s.outcomes.length === 0 ? <p>No outcome reported.</p> : null}
        <ul className="outcomes">
          {s.outcomes.map((o) => (
            <li key={o.measure}>
              <p>
                <strong>{o.measure}</strong>
                {o.primary ? ' (main outcome)' : ''}: <StudyDirectionLabel direction={o.direction} />
              </p>
              <p>{o.result}</p>
              {o.effect ? <p className="muted">Effect: {effectText(o.effect)}</p> : null}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="harms-title">
        <h2 id="harms-title">Adverse events</h2>
        <p>{s.adverseEvents}</p>
      </section>
      {s.caveats ? (
        <section aria-labelledby="caveats-title">
          <h2 id="caveats-title">Caveats</h2>
          <p>{s.caveats}</p>
        </section>
      ) : null}
      <section aria-labelledby="read-title">
        <h2 id="read-title">Where these facts were read</h2>
        <ul className="source-urls">
          {s.sourceUrls.map((u) => (
            <li key={u}>
              <a href={u}>{u}</a>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
