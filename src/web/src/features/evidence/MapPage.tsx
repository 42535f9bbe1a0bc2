import { useId, useState } from 'react';
import { Link } from 'wouter';
import type { ConditionListResponse, ConditionSummary } from '../../../../contracts/evidence.js';
import { GRADE_ORDER, GRADE_WORDS } from '../../../../contracts/evidence-words.js';
import { BestDirectionLabel, GradeBadge } from './Labels.js';
import { SearchBox } from './SearchBox.js';
import { LoadState } from './LoadState.js';
import { useEvidence } from './useEvidence.js';

type Arrange = 'grade' | 'category' | 'name';

const CATEGORY_WORDS: Record<string, string> = {
  pain: 'Pain',
  gastrointestinal: 'Gut',
  neurological: 'Brain and nerves',
  autoimmune: 'Autoimmune',
  cancer: 'Cancer',
  infectious: 'Infections',
  psychiatric: 'Mental health',
  developmental: 'Development',
  dermatological: 'Skin',
  'substance-use': 'Alcohol, tobacco and drugs',
  'post-viral': 'After a viral illness',
  other: 'Other',
};

interface Group {
  readonly title: string;
  readonly items: readonly ConditionSummary[];
}

/** Groups (or one flat list) in the chosen order; within a group, stronger grades then more trials then name. */
function arrange(conditions: readonly ConditionSummary[], by: Arrange): Group[] {
  const strength = (a: ConditionSummary, b: ConditionSummary): number =>
    GRADE_ORDER.indexOf(a.grade) - GRADE_ORDER.indexOf(b.grade) ||
    b.controlledTrials - a.controlledTrials ||
    a.name.localeCompare(b.name, 'en');
  if (by === 'name') return [{ title: 'All conditions, A to Z', items: conditions }];
  if (by === 'grade') {
    return GRADE_ORDER.map((g) => ({
      title: `Grade ${g}: ${GRADE_WORDS[g]}`,
      items: conditions.filter((c) => c.grade === g).sort(strength),
    })).filter((g) => g.items.length > 0);
  }
  const categories = [...new Set(conditions.map((c) => c.category))].sort((a, b) =>
    (CATEGORY_WORDS[a] ?? a).localeCompare(CATEGORY_WORDS[b] ?? b, 'en'),
  );
  return categories.map((cat) => ({
    title: CATEGORY_WORDS[cat] ?? cat,
    items: conditions.filter((c) => c.category === cat).sort(strength),
  }));
}

function ConditionCard({ c }: { c: ConditionSummary }): React.JSX.Element {
  return (
    <li className="condition-card">
      <h4>
        <Link href={`/conditions/${c.id}`}>{c.name}</Link>
      </h4>
      <dl>
        <div>
          <dt>Grade</dt>
          <dd>
            <GradeBadge grade={c.grade} />
            {c.overridden ? <span className="muted"> (set by the editors)</span> : null}
          </dd>
        </div>
        <div>
          <dt>Controlled trials</dt>
          <dd>{c.controlledTrials}</dd>
        </div>
        <div>
          <dt>Best evidence</dt>
          <dd>
            <BestDirectionLabel direction={c.direction} />
          </dd>
        </div>
      </dl>
    </li>
  );
}

/** The evidence map: one search box, then every condition at a glance. */
export function MapPage(): React.JSX.Element {
  const loaded = useEvidence<ConditionListResponse>('/api/conditions');
  const [by, setBy] = useState<Arrange>('grade');
  const selectId = useId();
  return (
    <>
      <h1 tabIndex={-1}>Evidence atlas</h1>
      <p className="lead">
        Every condition low-dose naltrexone is claimed to help, graded by one published rule. A grade says how much and what kind of
        evidence exists, not that LDN works; “best evidence” says which way the strongest studies point.
      </p>
      <SearchBox />
      {loaded.state !== 'ok' ? (
        <LoadState loaded={loaded} what="list of conditions" />
      ) : (
        <section aria-labelledby="map-title">
          <h2 id="map-title">All {loaded.data.conditions.length} conditions</h2>
          <label htmlFor={selectId}>Arrange by</label>
          <select id={selectId} value={by} onChange={(e) => setBy(e.target.value as Arrange)}>
            <option value="grade">Grade, strongest evidence first</option>
            <option value="category">Kind of condition</option>
            <option value="name">Name, A to Z</option>
          </select>
          <details className="grade-key">
            <summary>What the grades and symbols mean</summary>
            <ul>
              {GRADE_ORDER.map((g) => (
                <li key={g}>
                  <GradeBadge grade={g} />
                </li>
              ))}
            </ul>
            <p>
              Best evidence: <BestDirectionLabel direction="positive" />; <BestDirectionLabel direction="null" />;{' '}
              <BestDirectionLabel direction="mixed" />; <BestDirectionLabel direction="none" />.
            </p>
          </details>
          {arrange(loaded.data.conditions, by).map((g) => (
            <section key={g.title} aria-label={g.title}>
              <h3 className="group-title">{g.title}</h3>
              <ul className="condition-grid">
                {g.items.map((c) => (
                  <ConditionCard key={c.id} c={c} />
                ))}
              </ul>
            </section>
          ))}
        </section>
      )}
    </>
  );
}
