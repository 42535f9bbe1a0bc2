/**
 * A FHIR R4 `collection` Bundle of one person's journal: a Patient, one
 * MedicationAdministration per dosed day (naltrexone, RxNorm 7243), and
 * Observations for each score, side effect and "too unwell to log" day. LOINC
 * codes are used where one exists for the measure (pain: 72514-3); other
 * measures use LDN Atlas's own code system, with text.
 */
import { formatMg, mcgToMg } from '../shared/dose.js';
import type { JournalEntry } from './entry.js';
import { scaleFor, type Scale } from './scales.js';
import { SIDE_EFFECT_LABELS } from './side-effects.js';

export const LDN_CODE_SYSTEM = 'https://ldn-atlas.example/fhir/CodeSystem/journal';
const RXNORM = 'http://www.nlm.nih.gov/research/umls/rxnorm';
const LOINC = 'http://loinc.org';
const UCUM = 'http://unitsofmeasure.org';

export interface StoredEntry extends JournalEntry {
  readonly id: string;
}

type Resource = Record<string, unknown> & { resourceType: string; id: string };

export function journalToFhirBundle(
  person: { id: string },
  entries: readonly StoredEntry[],
  { scales = [], generatedAt }: { scales?: readonly Scale[]; generatedAt: Date },
): Record<string, unknown> {
  const patientRef = { reference: `Patient/${person.id}` };
  const resources: Resource[] = [{ resourceType: 'Patient', id: person.id, active: true }];
  const surveyCategory = [
    { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'survey', display: 'Survey' }] },
  ];

  for (const e of entries) {
    const when = e.dose?.time ? `${e.day}T${e.dose.time}:00` : e.day;
    if (e.dose) {
      resources.push({
        resourceType: 'MedicationAdministration',
        id: `${e.id}-dose`,
        status: 'completed',
        medicationCodeableConcept: {
          coding: [{ system: RXNORM, code: '7243', display: 'naltrexone' }],
          text: `naltrexone ${formatMg(e.dose.mcg)} mg (low dose, off-label)`,
        },
        subject: patientRef,
        effectiveDateTime: when,
        dosage: {
          ...(e.dose.form ? { text: e.dose.form } : {}),
          dose: { value: mcgToMg(e.dose.mcg), unit: 'mg', system: UCUM, code: 'mg' },
        },
        ...(e.dose.pharmacy || e.dose.lot
          ? {
              note: [
                {
                  text: [e.dose.pharmacy && `Pharmacy: ${e.dose.pharmacy}`, e.dose.lot && `Lot: ${e.dose.lot}`].filter(Boolean).join('. '),
                },
              ],
            }
          : {}),
      });
    }
    for (const [key, value] of Object.entries(e.scores)) {
      const scale = scaleFor(key, scales);
      resources.push({
        resourceType: 'Observation',
        id: `${e.id}-score-${key.replace(/_/g, '-')}`,
        status: 'final',
        category: surveyCategory,
        code: scale.loinc
          ? { coding: [{ system: LOINC, code: scale.loinc.code, display: scale.loinc.display }], text: `${scale.label} (0-10)` }
          : {
              coding: [{ system: LDN_CODE_SYSTEM, code: `score-${key}`, display: `${scale.label} (0-10 self-rating)` }],
              text: `${scale.label} (0-10)`,
            },
        subject: patientRef,
        effectiveDateTime: e.day,
        valueInteger: value,
      });
    }
    for (const se of e.sideEffects) {
      const label = SIDE_EFFECT_LABELS.get(se.key) ?? se.key.replace(/_/g, ' ');
      resources.push({
        resourceType: 'Observation',
        id: `${e.id}-side-effect-${se.key.replace(/_/g, '-')}`,
        status: 'final',
        category: surveyCategory,
        code: {
          coding: [{ system: LDN_CODE_SYSTEM, code: `side-effect-${se.key}`, display: `Side effect: ${label}` }],
          text: `Side effect: ${label}`,
        },
        subject: patientRef,
        effectiveDateTime: e.day,
        valueCodeableConcept: {
          coding: [{ system: LDN_CODE_SYSTEM, code: `severity-${se.severity}`, display: se.severity }],
          text: se.severity,
        },
      });
    }
    if (e.status === 'too_unwell') {
      resources.push({
        resourceType: 'Observation',
        id: `${e.id}-too-unwell`,
        status: 'final',
        category: surveyCategory,
        code: { coding: [{ system: LDN_CODE_SYSTEM, code: 'too-unwell-to-log', display: 'Too unwell to log' }], text: 'Too unwell to log' },
        subject: patientRef,
        effectiveDateTime: e.day,
        valueBoolean: true,
      });
    }
    if (e.note) {
      resources.push({
        resourceType: 'Observation',
        id: `${e.id}-note`,
        status: 'final',
        category: surveyCategory,
        code: { coding: [{ system: LDN_CODE_SYSTEM, code: 'journal-note', display: 'Journal note' }], text: 'Journal note' },
        subject: patientRef,
        effectiveDateTime: e.day,
        valueString: e.note,
      });
    }
  }

  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: generatedAt.toISOString(),
    entry: resources.map((resource) => ({ fullUrl: `urn:ldn-atlas:${resource.resourceType}/${resource.id}`, resource })),
  };
}
