import type { Command } from 'commander';
import { NOT_MEDICAL_ADVICE } from '../../contracts/common.js';
import { alsoCalled, BEST_DIRECTION, DESIGN_WORDS, FLAG_WORDS, GRADE_WORDS, STUDY_DIRECTION } from '../../contracts/evidence-words.js';
import { studyLabel, type Atlas, type Condition, type Study } from '../../core/evidence/index.js';
import { DomainError } from '../../core/shared/errors.js';
import { evidenceAtlas } from '../evidence-input.js';
import { printJson, printLines } from '../output.js';
import { wrap } from '../therapy-input.js';

/** An id, name, synonym or abbreviation (typos allowed) to a condition; anything else is refused with a hint. */
export function findCondition(atlas: Atlas, text: string): Condition {
  const trimmed = text.trim();
  const id = atlas.condition(trimmed) ? trimmed : atlas.resolveCondition(trimmed);
  const condition = id === undefined ? undefined : atlas.condition(id);
  if (!condition) {
    throw new DomainError('LDN_NOT_FOUND', `no condition matches "${trimmed}"; try \`ldn search ${trimmed}\`.`, { field: 'condition' });
  }
  return condition;
}

/** The stable JSON shape of one study (documented in `ldn evidence --help`). */
function studyItem(s: Study): Record<string, unknown> {
  const primary = s.outcomes.find((o) => o.primary);
  return {
    id: s.id,
    label: studyLabel(s),
    title: s.citation.title ?? null,
    year: s.citation.year,
    design: s.design,
    n: s.n,
    direction: s.direction,
    dose: s.dose.regimen,
    primaryOutcome: primary ? { measure: primary.measure, result: primary.result, direction: primary.direction } : null,
    ids: { ...s.ids },
  };
}

function text(atlas: Atlas, c: Condition, studies: readonly Study[]): string[] {
  const g = atlas.grade(c.id)!;
  const dir = BEST_DIRECTION[g.direction];
  const aka = alsoCalled(c);
  const out = [`${c.name}${aka.length > 0 ? ` (also: ${aka.join(', ')})` : ''}`, ''];
  out.push(
    `Grade ${g.grade} (${GRADE_WORDS[g.grade]}) | best evidence: ${dir.symbol} ${dir.words} | controlled trials: ${g.controlledTrials}`,
  );
  if (g.override) out.push(`Derived grade ${g.derivedGrade}; the editors set ${g.grade}: ${g.override.reason}`);
  out.push('', ...wrap(g.rationale, 100, ''));
  if (g.flags.length > 0) {
    out.push('', 'Flags:');
    for (const f of g.flags) out.push(...wrap(`- ${FLAG_WORDS[f] ?? f}`, 100, '  ').map((l, i) => (i === 0 ? l.slice(2) : l)));
  }
  out.push('', `Studies (${studies.length}):`);
  const header = `${'YEAR'.padEnd(5)} ${'DESIGN'.padEnd(34)} ${'N'.padStart(6)}  ${'RESULT'.padEnd(22)} STUDY`;
  out.push(header, '-'.repeat(header.length + 30));
  for (const s of studies) {
    const d = STUDY_DIRECTION[s.direction];
    out.push(
      `${String(s.citation.year).padEnd(5)} ${(DESIGN_WORDS[s.design] ?? s.design).padEnd(34)} ${(s.n === null ? '?' : String(s.n)).padStart(6)}  ${`${d.symbol} ${d.words}`.padEnd(22)} ${studyLabel(s)} [${s.id}]`,
    );
  }
  out.push('', ...wrap(NOT_MEDICAL_ADVICE, 100, ''));
  return out;
}

export function registerEvidence(program: Command): void {
  program
    .command('evidence')
    .description("a condition's evidence grade, why, and its studies (name, synonym or abbreviation; typos allowed)")
    .argument('<condition...>', 'the condition, e.g. fibro, "multiple sclerosis", MS, chrons')
    .option(
      '--json',
      'print JSON: {condition:{id, name, grade, derivedGrade, direction, controlledTrials, flags, rationale, synonyms, abbreviations}, studies:[{id, label, title, year, design, n, direction, dose, primaryOutcome, ids}], notice}',
    )
    .addHelpText(
      'after',
      `
Examples:
  ldn evidence fibro
  ldn evidence multiple sclerosis --json

A grade says how much and what kind of evidence exists (A strongest ... I none), not that LDN works;
"direction" says which way the best evidence points. The rule is in src/core/evidence/README.md.`,
    )
    .action((words: string[], opts: { json?: boolean }) => {
      const atlas = evidenceAtlas();
      const condition = findCondition(atlas, words.join(' '));
      const g = atlas.grade(condition.id)!;
      const studies = atlas.studies({ condition: condition.id });
      if (opts.json) {
        printJson({
          condition: {
            id: condition.id,
            name: condition.name,
            grade: g.grade,
            derivedGrade: g.derivedGrade,
            direction: g.direction,
            controlledTrials: g.controlledTrials,
            flags: [...g.flags],
            rationale: g.rationale,
            synonyms: [...condition.synonyms],
            abbreviations: [...condition.abbreviations],
          },
          studies: studies.map(studyItem),
          notice: NOT_MEDICAL_ADVICE,
        });
      } else printLines(text(atlas, condition, studies));
    });
}
