import { Link } from 'wouter';
import type { CheckClaimsResponse, CheckedClaimResponse, CheckStudyRefResponse } from '../../../../contracts/claims.js';
import { CHECK_VERDICT_WORDS, CLAIM_TYPE_WORDS } from '../../../../contracts/claim-words.js';
import { BEST_DIRECTION, DESIGN_WORDS, GRADE_WORDS, STUDY_DIRECTION } from '../../../../contracts/evidence-words.js';
import type { Tone } from '../../components/tone.js';

/** The card's left edge (`.status-card`); "unsupported" keeps the card's neutral edge, like its grey badge. */
const VERDICT_TONE: Readonly<Record<CheckedClaimResponse['verdict'], Tone | null>> = {
  consistent: 'ok',
  overstated: 'warn',
  unsupported: null,
  contradicted: 'bad',
  'not-assessable': 'info',
};

// "~/" makes the link absolute: this page lives inside the nested /check route.
export const conditionHref = (id: string): string => `~/evidence/conditions/${encodeURIComponent(id)}`;
export const studyHref = (id: string): string => `~/evidence/studies/${encodeURIComponent(id)}`;

function StudyLink({ study }: { study: CheckStudyRefResponse }): React.JSX.Element {
  const direction = STUDY_DIRECTION[study.direction];
  return (
    <>
      <Link href={studyHref(study.id)}>{study.label}</Link> ({DESIGN_WORDS[study.design] ?? study.design}
      {study.n === null ? '' : `, ${study.n} people`}
      {study.pmid ? `, PMID ${study.pmid}` : ''}): <span aria-hidden="true">{direction.symbol} </span>
      {direction.words}
    </>
  );
}

/** Why a claim got its verdict: the rule's explanation, the grade, the best controlled trial and links into the atlas. */
export function ClaimDetail({
  id,
  claim,
  index,
  result,
}: {
  id: string;
  claim: CheckedClaimResponse;
  index: number;
  result: CheckClaimsResponse;
}): React.JSX.Element {
  const verdict = CHECK_VERDICT_WORDS[claim.verdict];
  const conditions = claim.conditions.map(
    (c) => result.conditions.find((x) => x.id === c) ?? { id: c, name: c, grade: null, direction: null, bestControlledTrial: null },
  );
  const studies = claim.studies.flatMap((s) => result.studies.filter((x) => x.id === s));
  return (
    <div
      id={id}
      className={`claim-detail status-card${VERDICT_TONE[claim.verdict] ? ` tone-${VERDICT_TONE[claim.verdict]}` : ''}`}
      role="region"
      aria-label={`Claim ${index + 1}: why it is ${verdict.words.toLowerCase()}`}
    >
      <p className="claim-detail-verdict">
        <span aria-hidden="true">{verdict.symbol} </span>
        <strong>{verdict.words}</strong>: {verdict.meaning}.
      </p>
      <p className="claim-detail-meta">
        Claim about {CLAIM_TYPE_WORDS[claim.type] ?? claim.type}, {claim.strength} wording
        {claim.grade ? `; evidence grade ${claim.grade} (${GRADE_WORDS[claim.grade]})` : '; no evidence grade'}.
      </p>
      <p className="claim-detail-why">{claim.explanation}</p>
      {conditions.length > 0 ? (
        <ul className="claim-conditions">
          {conditions.map((c) => (
            <li key={c.id}>
              <Link href={conditionHref(c.id)}>{c.name}</Link>
              {c.grade ? (
                <>
                  : grade {c.grade}
                  {c.direction ? (
                    <>
                      , best evidence <span aria-hidden="true">{BEST_DIRECTION[c.direction].symbol} </span>
                      {BEST_DIRECTION[c.direction].words}
                    </>
                  ) : null}
                </>
              ) : (
                ': not graded in the atlas'
              )}
              <br />
              Best controlled trial: {c.bestControlledTrial ? <StudyLink study={c.bestControlledTrial} /> : 'none in the atlas'}
            </li>
          ))}
        </ul>
      ) : null}
      {studies.length > 0 ? (
        <>
          <p className="claim-detail-sub">The article refers to:</p>
          <ul className="claim-studies">
            {studies.map((s) => (
              <li key={s.id}>
                <StudyLink study={s} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
