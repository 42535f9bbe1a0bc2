/** The evidence port over the real atlas (src/core/evidence/atlas.ts). */
import type { Atlas } from '../evidence/atlas.js';
import type { Study } from '../evidence/schema.js';
import type { EvidencePort, GradeView } from './evidence-port.js';

export function evidenceFromAtlas(atlas: Atlas): EvidencePort {
  const grades = new Map<string, GradeView | undefined>();
  const related = new Map<string, readonly Study[]>();
  const all = atlas.studies();
  return {
    conditions: () => atlas.conditions(),
    studies: () => all,
    studiesFor(conditionId) {
      let list = related.get(conditionId);
      if (!list) {
        list = atlas.studies({ condition: conditionId });
        related.set(conditionId, list);
      }
      return list;
    },
    grade(conditionId) {
      if (grades.has(conditionId)) return grades.get(conditionId);
      const g = atlas.grade(conditionId);
      const view: GradeView | undefined = g && {
        grade: g.grade,
        direction: g.direction,
        rationale: g.rationale,
        flags: g.flags,
        decidingStudies: g.decidingStudies.map((s) => s.id),
      };
      grades.set(conditionId, view);
      return view;
    },
  };
}
