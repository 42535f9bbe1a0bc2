import { describe, expect, it } from 'vitest';
import { STUDY_DESIGNS } from '../../../../core/evidence/schema.js';
import { DESIGN_RANK } from './studyTable.js';

describe('the web copy of the design order', () => {
  it('matches the schema order the grading rule uses', () => {
    expect(DESIGN_RANK).toEqual([...STUDY_DESIGNS]);
  });
});
