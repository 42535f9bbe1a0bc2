import {
  BEST_DIRECTION,
  GRADE_WORDS,
  STUDY_DIRECTION,
  VERDICT_WORDS,
  type BestDirectionCode,
  type GradeLetter,
  type StudyDirectionCode,
  type VerdictCode,
} from '../../../../contracts/evidence-words.js';

/** The grade letter in a box plus its words; the words carry the meaning, the box only helps scanning. */
export function GradeBadge({ grade, words = true }: { grade: GradeLetter; words?: boolean }): React.JSX.Element {
  return (
    <span className="grade">
      <span className={`grade-letter grade-${grade}`}>
        <span className="visually-hidden">Grade </span>
        {grade}
      </span>
      {words ? <span className="grade-words"> {GRADE_WORDS[grade]}</span> : null}
    </span>
  );
}

export function BestDirectionLabel({ direction }: { direction: BestDirectionCode }): React.JSX.Element {
  const d = BEST_DIRECTION[direction];
  return (
    <span className={`direction direction-${direction}`}>
      <span aria-hidden="true">{d.symbol} </span>
      {d.words}
    </span>
  );
}

export function StudyDirectionLabel({ direction }: { direction: StudyDirectionCode }): React.JSX.Element {
  const d = STUDY_DIRECTION[direction];
  return (
    <span className={`direction direction-${direction}`}>
      <span aria-hidden="true">{d.symbol} </span>
      {d.words}
    </span>
  );
}

export function VerdictLabel({ verdict }: { verdict: VerdictCode }): React.JSX.Element {
  const v = VERDICT_WORDS[verdict];
  return (
    <span className={`verdict-tag verdict-tag-${verdict}`}>
      <span aria-hidden="true">{v.symbol} </span>
      {v.words}
    </span>
  );
}
