/**
 * The side-effect checklist of the daily check-in. Each item names where it is
 * reported for low-dose naltrexone; rates at LDN doses are mostly not published
 * (research table part 2.5), so the list says what was seen, not how often.
 */
export interface SideEffectItem {
  readonly key: string;
  readonly label: string;
  readonly source: string;
}

export const SIDE_EFFECTS: readonly SideEffectItem[] = [
  { key: 'vivid_dreams', label: 'Vivid dreams', source: 'Younger 2009, PMID 19453963; Cree 2010, PMID 20695007' },
  { key: 'insomnia', label: 'Trouble sleeping', source: 'Younger 2009, PMID 19453963' },
  { key: 'headache', label: 'Headache', source: 'Practice guidance (LDN Research Trust); rates at LDN doses not published' },
  { key: 'nausea', label: 'Nausea', source: 'Younger 2009, PMID 19453963' },
  { key: 'vomiting', label: 'Vomiting', source: 'Bolton 2019 meta-analysis (all naltrexone doses), PMID 30642329' },
  { key: 'dizziness', label: 'Dizziness', source: 'Bolton 2019 meta-analysis (all naltrexone doses), PMID 30642329' },
  { key: 'stomach_upset', label: 'Stomach upset or bloating', source: 'Bruun-Plesner 2020, PMID 32068870 (GI symptoms most frequent)' },
  { key: 'daytime_sleepiness', label: 'Daytime sleepiness', source: 'Peters 2022 glioma trial (sleepiness rose more on LDN)' },
  { key: 'anxiety', label: 'Anxiety or irritability', source: 'Patient-reported in practice; no controlled rate published' },
  { key: 'spasticity', label: 'More muscle stiffness (MS)', source: 'Practice guidance for MS: lower to 3 mg if spasticity rises' },
];

export const SIDE_EFFECT_KEYS = SIDE_EFFECTS.map((s) => s.key);

/** The checklist label of a key; a person's own side effects (any key) have none, and each caller says what to show then. */
export const SIDE_EFFECT_LABELS: ReadonlyMap<string, string> = new Map(SIDE_EFFECTS.map((s) => [s.key, s.label]));

export const SEVERITIES = ['mild', 'moderate', 'severe'] as const;
export type Severity = (typeof SEVERITIES)[number];
