import { describe, expect, it } from 'vitest';
import { checkCorpus, formatProblems, type RawCorpusFile, type RecordKind } from './corpus.js';
import { fixtureClaim, fixtureCondition, fixtureSource, fixtureStudy } from './fixtures.js';

const file = (kind: RecordKind, record: { id: string } | Record<string, unknown>, name?: string): RawCorpusFile => ({
  kind,
  file: `data/evidence/${kind}/${name ?? String((record as { id: string }).id)}.json`,
  text: JSON.stringify(record),
});

/** A small consistent corpus: two conditions (one a subtype), two studies, one source, one claim. */
function base(): RawCorpusFile[] {
  return [
    file('conditions', fixtureCondition('fixture-condition')),
    file('conditions', fixtureCondition('fixture-subtype', { parent: 'fixture-condition' })),
    file('studies', fixtureStudy('alpha-2019', { ids: { pmid: '11111111', doi: '10.1000/Alpha.1' } })),
    file('studies', fixtureStudy('beta-2021', { ids: { nct: 'NCT01234567' }, conditions: ['fixture-subtype'] })),
    file('sources', fixtureSource('fixture-source')),
    file('claims', fixtureClaim('fixture-claim', { studies: ['alpha-2019'] })),
  ];
}

const problemsOf = (files: RawCorpusFile[]): { file: string; field: string; problem: string }[] => checkCorpus(files).problems;

describe('checkCorpus', () => {
  it('accepts a consistent corpus and returns every record', () => {
    const { corpus, problems } = checkCorpus(base());
    expect(problems).toEqual([]);
    expect(corpus.conditions.map((c) => c.id)).toEqual(['fixture-condition', 'fixture-subtype']);
    expect(corpus.studies).toHaveLength(2);
    expect(corpus.claims[0]?.id).toBe('fixture-claim');
  });

  it('reports an unknown condition id in a study, a claim and a parent', () => {
    const files = [
      ...base(),
      file('studies', fixtureStudy('gamma-2022', { conditions: ['fixture-condition', 'no-such-condition'] })),
      file('claims', fixtureClaim('claim-two', { conditions: ['ghost'] })),
      file('conditions', fixtureCondition('orphan', { parent: 'missing-parent' })),
    ];
    expect(problemsOf(files)).toEqual([
      { file: 'data/evidence/conditions/orphan.json', field: 'parent', problem: 'unknown condition id "missing-parent"' },
      { file: 'data/evidence/studies/gamma-2022.json', field: 'conditions.1', problem: 'unknown condition id "no-such-condition"' },
      { file: 'data/evidence/claims/claim-two.json', field: 'conditions.0', problem: 'unknown condition id "ghost"' },
    ]);
  });

  it('reports an unknown study id and an unknown source id in a claim', () => {
    const files = [...base(), file('claims', fixtureClaim('claim-two', { sourceId: 'nowhere', studies: ['alpha-2019', 'zeta-1999'] }))];
    expect(problemsOf(files)).toEqual([
      { file: 'data/evidence/claims/claim-two.json', field: 'sourceId', problem: 'unknown source id "nowhere"' },
      { file: 'data/evidence/claims/claim-two.json', field: 'studies.1', problem: 'unknown study id "zeta-1999"' },
    ]);
  });

  it('reports a claim without a source', () => {
    const { sourceId: _, ...withoutSource } = fixtureClaim('claim-two');
    expect(problemsOf([...base(), file('claims', withoutSource)])).toEqual([
      { file: 'data/evidence/claims/claim-two.json', field: 'sourceId', problem: 'a claim must name its source (sourceId)' },
    ]);
  });

  it('reports a duplicate id within a kind, but not across kinds', () => {
    const files = [
      ...base(),
      file('studies', fixtureStudy('alpha-2019', { ids: { pmid: '22222222' } }), 'copy/alpha-2019'),
      file('sources', fixtureSource('alpha-2019')),
    ];
    expect(problemsOf(files)).toEqual([
      {
        file: 'data/evidence/studies/copy/alpha-2019.json',
        field: 'id',
        problem: 'duplicate id "alpha-2019" (also in data/evidence/studies/alpha-2019.json)',
      },
    ]);
  });

  it('reports the same PMID, DOI (any case) or NCT filed under two studies', () => {
    const files = [
      ...base(),
      file('studies', fixtureStudy('gamma-2022', { ids: { pmid: '11111111' } })),
      file('studies', fixtureStudy('delta-2023', { ids: { doi: '10.1000/alpha.1' } })),
      file('studies', fixtureStudy('eps-2024', { ids: { nct: 'NCT01234567' } })),
    ];
    expect(problemsOf(files).map((p) => [p.file, p.field, p.problem])).toEqual([
      ['data/evidence/studies/delta-2023.json', 'ids.doi', 'DOI 10.1000/alpha.1 is already filed in data/evidence/studies/alpha-2019.json'],
      ['data/evidence/studies/eps-2024.json', 'ids.nct', 'NCT NCT01234567 is already filed in data/evidence/studies/beta-2021.json'],
      ['data/evidence/studies/gamma-2022.json', 'ids.pmid', 'PMID 11111111 is already filed in data/evidence/studies/alpha-2019.json'],
    ]);
  });

  it.each([
    ['pmid', '0123456', 'a PMID is 1 to 9 digits with no leading zero'],
    ['pmid', '1234567890', 'a PMID is 1 to 9 digits with no leading zero'],
    ['doi', 'doi:10.1000/x', 'a DOI looks like 10.1234/suffix'],
    ['doi', '10.12/short-prefix', 'a DOI looks like 10.1234/suffix'],
    ['nct', 'NCT1234567', 'an NCT id is NCT followed by eight digits'],
    ['nct', 'nct01234567', 'an NCT id is NCT followed by eight digits'],
  ])('reports a malformed %s (%s)', (kind, value, message) => {
    const files = [...base(), file('studies', fixtureStudy('gamma-2022', { ids: { [kind]: value } }))];
    expect(problemsOf(files)).toEqual([{ file: 'data/evidence/studies/gamma-2022.json', field: `ids.${kind}`, problem: message }]);
  });

  it('requires at least one of PMID, DOI or NCT', () => {
    const files = [...base(), file('studies', fixtureStudy('gamma-2022', { ids: { other: ['ISRCTN1'] } }))];
    expect(problemsOf(files)).toEqual([
      {
        file: 'data/evidence/studies/gamma-2022.json',
        field: 'ids',
        problem: 'a study needs at least one of ids.pmid, ids.doi or ids.nct',
      },
    ]);
  });

  it('reports bad JSON, unknown fields, a missing field and a file name that does not match the id', () => {
    const files: RawCorpusFile[] = [
      ...base(),
      { kind: 'sources', file: 'data/evidence/sources/broken.json', text: '{"id": ' },
      file('sources', { ...fixtureSource('extra'), colour: 'red' }),
      file('conditions', { ...fixtureCondition('no-summary'), summary: undefined }),
      file('sources', fixtureSource('right-id'), 'wrong-name'),
    ];
    const problems = problemsOf(files);
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      ['data/evidence/conditions/no-summary.json', 'summary'],
      ['data/evidence/sources/broken.json', ''],
      ['data/evidence/sources/extra.json', 'colour'],
      ['data/evidence/sources/wrong-name.json', 'id'],
    ]);
    expect(problems[0]?.problem).toBe('required field is missing');
    expect(problems[1]?.problem).toMatch(/^not valid JSON/);
    expect(problems[2]?.problem).toBe('unknown field (not in the schema)');
  });

  it('reports a parent loop', () => {
    const files = [
      ...base(),
      file('conditions', fixtureCondition('loop-a', { parent: 'loop-b' })),
      file('conditions', fixtureCondition('loop-b', { parent: 'loop-a' })),
    ];
    expect(problemsOf(files).map((p) => p.problem)).toEqual([
      'the parent chain loops back (loop-a -> loop-b -> loop-a)',
      'the parent chain loops back (loop-b -> loop-a -> loop-b)',
    ]);
  });

  it('collects every problem, not only the first, and formats one line each', () => {
    const files = [
      ...base(),
      file('studies', fixtureStudy('gamma-2022', { ids: { pmid: '0' }, conditions: ['nope'] })),
      file('claims', fixtureClaim('claim-two', { studies: ['none-2000'] })),
    ];
    const problems = problemsOf(files);
    expect(problems).toHaveLength(2);
    expect(formatProblems(problems)).toBe(
      'data/evidence/studies/gamma-2022.json: ids.pmid: a PMID is 1 to 9 digits with no leading zero\n' +
        'data/evidence/claims/claim-two.json: studies.0: unknown study id "none-2000"',
    );
  });
});
