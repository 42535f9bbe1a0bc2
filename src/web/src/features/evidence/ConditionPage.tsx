import { Link, useParams } from 'wouter';
import type { ConditionDetailResponse } from '../../../../contracts/evidence.js';
import { alsoCalled, DESIGN_WORDS, FLAG_WORDS, GRADE_WORDS } from '../../../../contracts/evidence-words.js';
import { BestDirectionLabel, GradeBadge, StudyDirectionLabel } from './Labels.js';
import { ClaimList } from './ClaimList.js';
import { ForestPlots } from './ForestPlot.js';
import { headingFor, LoadState } from './LoadState.js';
import { StudiesTable } from './StudiesTable.js';
import { useEvidence } from './useEvidence.js';
import { ScrollTable } from '../../components/ScrollTable.js';

/** One condition: summary, grade and why, flags, outcomes, studies, effect plots, and the articles' claims beside the evidence. */
export function ConditionPage(): React.JSX.Element {
  const { id = '' } = useParams<{ id: string }>();
  const loaded = useEvidence<ConditionDetailResponse>(`/api/conditions/${encodeURIComponent(id)}`);
  if (loaded.state !== 'ok') {
    return (
      <article className="condition-page">
        <p className="crumbs">
          <Link href="/">Evidence atlas</Link>
        </p>
        <h1 tabIndex={-1}>{headingFor(loaded, 'Condition', 'condition')}</h1>
        <LoadState loaded={loaded} what="condition" />
      </article>
    );
  }
  const { condition: c, grade: g, studies, claims } = loaded.data;
  const aka = alsoCalled(c);
  return (
    <article className="condition-page">
      <p className="crumbs">
        <Link href="/">Evidence atlas</Link>
        {c.parent ? (
          <>
            {' › '}
            <Link href={`/conditions/${c.parent.id}`}>{c.parent.name}</Link>
          </>
        ) : null}
      </p>
      <h1 tabIndex={-1}>{c.name}</h1>
      {aka.length > 0 ? <p className="muted">Also called: {aka.join(', ')}</p> : null}

      <section aria-labelledby="summary-title">
        <h2 id="summary-title">Summary</h2>
        <p>{c.summary}</p>
        {c.dosesStudied.length > 0 ? (
          <>
            <h3>Doses studied</h3>
            <ul>
              {c.dosesStudied.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          </>
        ) : null}
        {c.children.length > 0 ? (
          <p>
            More specific forms:{' '}
            {c.children.map((k, i) => (
              <span key={k.id}>
                {i > 0 ? ', ' : ''}
                <Link href={`/conditions/${k.id}`}>{k.name}</Link>
              </span>
            ))}
          </p>
        ) : null}
      </section>

      <section aria-labelledby="grade-title" className="grade-panel">
        <h2 id="grade-title">Grade and why</h2>
        <p className="grade-line">
          <GradeBadge grade={g.grade} /> · {g.controlledTrials} controlled {g.controlledTrials === 1 ? 'trial' : 'trials'} · best evidence{' '}
          <BestDirectionLabel direction={g.direction} />
        </p>
        {g.override ? (
          <p className="override">
            <strong>Set by the editors.</strong> The rule gives grade {g.derivedGrade} ({GRADE_WORDS[g.derivedGrade]}); the editors set{' '}
            {g.override.grade} because: {g.override.reason}
          </p>
        ) : null}
        <p>{g.rationale}</p>
        {g.flags.length > 0 ? (
          <>
            <h3>Warnings about this evidence</h3>
            <ul className="flags">
              {g.flags.map((f) => (
                <li key={f}>
                  <span aria-hidden="true">⚠ </span>
                  {FLAG_WORDS[f] ?? f}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      <section aria-labelledby="studies-title">
        <h2 id="studies-title">Studies ({studies.length})</h2>
        {studies.length === 0 ? <p>No study of LDN for this condition is in the atlas.</p> : <StudiesTable studies={studies} />}
      </section>

      <ForestPlots studies={studies} />
      {g.outcomes.length > 0 ? (
        <section aria-labelledby="outcomes-title">
          <h2 id="outcomes-title">Grade by outcome</h2>
          <ScrollTable label="Grade by outcome (scrolls sideways on small screens)">
            <table>
              <thead>
                <tr>
                  <th scope="col">Outcome</th>
                  <th scope="col">Grade</th>
                  <th scope="col">Best evidence</th>
                  <th scope="col">Studies</th>
                </tr>
              </thead>
              <tbody>
                {g.outcomes.map((o) => (
                  <tr key={o.measure}>
                    <th scope="row">{o.measure}</th>
                    <td>
                      <GradeBadge grade={o.grade} words={false} />
                    </td>
                    <td>
                      <BestDirectionLabel direction={o.direction} />
                    </td>
                    <td>{o.studies.length === 0 ? 'none' : o.studies.map((s) => s.label).join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        </section>
      ) : null}

      <div className="claims-vs-evidence">
        <section aria-labelledby="shows-title">
          <h2 id="shows-title">What the studies show</h2>
          <p>
            <GradeBadge grade={g.grade} />; best evidence <BestDirectionLabel direction={g.direction} />.
          </p>
          {g.decidingStudies.length > 0 ? (
            <>
              <p>The studies that decided this:</p>
              <ul>
                {g.decidingStudies.map((s) => (
                  <li key={s.id}>
                    <Link href={`/studies/${s.id}`}>{s.label}</Link> ({DESIGN_WORDS[s.design] ?? s.design}
                    {s.n === null ? '' : `, ${s.n} people`}): <StudyDirectionLabel direction={s.direction} />
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
        <section aria-labelledby="claimed-title">
          <h2 id="claimed-title">What the articles claimed</h2>
          <ClaimList claims={claims} showSource studyLabels={new Map(studies.map((s) => [s.id, s.label]))} />
        </section>
      </div>
    </article>
  );
}
