import { Link } from 'wouter';
import type { EvidenceStudyResponse } from '../../../../contracts/evidence.js';
import { effectText, forestGroups, KIND_WORDS, scale, type ForestGroup } from './forest.js';

const W = 400;
const PAD = 16;
const ROW = 44;
const TOP = 8;
const AXIS = 34;

const tick = (v: number): string => String(Math.round(v * 100) / 100).replace('-', '−');
/** About what fits one line of the plot at 13 px; the full wording is in the text version below it. */
const LABEL_CHARS = 52;
const short = (text: string): string => (text.length > LABEL_CHARS ? `${text.slice(0, LABEL_CHARS - 1)}…` : text);
/** Axis ends are labelled only when they do not collide with the "no difference" label. */
const TICK_GAP = 40;

function Plot({ g, index }: { g: ForestGroup; index: number }): React.JSX.Element {
  const x = scale(g, PAD, W - PAD);
  const height = TOP + g.rows.length * ROW + AXIS;
  const axisY = TOP + g.rows.length * ROW;
  const better = g.lowerIsBetter ? 'left' : 'right';
  const title = `${KIND_WORDS[g.kind]}${g.unit ? ` (${g.unit})` : ''}`;
  const titleId = `forest-${index}-title`;
  const descId = `forest-${index}-desc`;
  return (
    <figure className="forest">
      <figcaption id={titleId}>
        {title}. The vertical line is “no difference”; values to the {better} favour the treatment. Dots are estimates (filled for a study’s
        main outcome), bars their 95% confidence intervals.
      </figcaption>
      <svg viewBox={`0 0 ${W} ${height}`} role="img" aria-labelledby={titleId} aria-describedby={descId} className="forest-svg">
        <line x1={x(g.nullValue)} x2={x(g.nullValue)} y1={TOP - 4} y2={axisY} className="forest-null" />
        {g.rows.map((r, i) => {
          const y = TOP + i * ROW;
          const cy = y + 30;
          const lo = r.effect.ciLow;
          const hi = r.effect.ciHigh;
          return (
            <g key={`${r.studyId}-${r.measure}`}>
              <text x={PAD} y={y + 13} className="forest-label">
                {short(`${r.label}: ${r.measure}`)}
              </text>
              {lo !== undefined && hi !== undefined ? <line x1={x(lo)} x2={x(hi)} y1={cy} y2={cy} className="forest-ci" /> : null}
              <circle
                cx={x(r.effect.value)}
                cy={cy}
                r={r.primary ? 5 : 4}
                className={r.primary ? 'forest-point' : 'forest-point secondary'}
              />
            </g>
          );
        })}
        <line x1={PAD} x2={W - PAD} y1={axisY} y2={axisY} className="forest-axis" />
        {[g.min, g.nullValue, g.max].map((v, i) =>
          i !== 1 && Math.abs(x(v) - x(g.nullValue)) < TICK_GAP ? null : (
            <text key={i} x={x(v)} y={axisY + 16} textAnchor={i === 0 ? 'start' : i === 2 ? 'end' : 'middle'} className="forest-tick">
              {tick(v)}
            </text>
          ),
        )}
        <text x={better === 'left' ? PAD : W - PAD} y={axisY + 30} textAnchor={better === 'left' ? 'start' : 'end'} className="forest-tick">
          favours treatment
        </text>
      </svg>
      <div id={descId}>
        <p className="visually-hidden">Text version of the plot:</p>
        <ul className="forest-text">
          {g.rows.map((r) => (
            <li key={`${r.studyId}-${r.measure}`}>
              <Link href={`/studies/${r.studyId}`}>{r.label}</Link>, {r.measure}
              {r.primary ? ' (main outcome)' : ''}: {effectText(r.effect)}
            </li>
          ))}
        </ul>
      </div>
    </figure>
  );
}

/** Forest-style plots of every reported effect with its interval, one plot per comparable scale. */
export function ForestPlots({ studies }: { studies: readonly EvidenceStudyResponse[] }): React.JSX.Element | null {
  const groups = forestGroups(studies);
  if (groups.length === 0) return null;
  return (
    <section aria-labelledby="forest-title">
      <h2 id="forest-title">Effect sizes</h2>
      <p>
        Only studies that report a number with a confidence interval can be drawn; effects on different scales get separate plots. An
        interval that crosses the line is compatible with no difference.
      </p>
      {groups.map((g, i) => (
        <Plot key={g.key} g={g} index={i} />
      ))}
    </section>
  );
}
