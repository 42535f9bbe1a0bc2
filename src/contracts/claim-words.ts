/**
 * Plain words and a symbol for each verdict of the claim checker, shared by the web page and the CLI,
 * so colour is never the only cue. No zod here: the web imports it without pulling in a schema library.
 * These are the checker's verdicts (src/core/claims/verdict.ts), not the editors' VERDICT_WORDS of evidence-words.ts.
 */

export type CheckVerdictCode = 'consistent' | 'overstated' | 'unsupported' | 'contradicted' | 'not-assessable';

/** Most serious first: the order summaries list them in. */
export const CHECK_VERDICT_ORDER: readonly CheckVerdictCode[] = [
  'contradicted',
  'unsupported',
  'overstated',
  'consistent',
  'not-assessable',
];

export const CHECK_VERDICT_WORDS: Record<CheckVerdictCode, { symbol: string; words: string; meaning: string }> = {
  consistent: { symbol: '✓', words: 'Consistent', meaning: 'the wording is in line with the evidence' },
  overstated: { symbol: '⚠', words: 'Overstated', meaning: 'the wording goes beyond what the evidence shows' },
  unsupported: { symbol: '✗', words: 'Unsupported', meaning: 'no adequate evidence was found for it' },
  contradicted: { symbol: '⊘', words: 'Contradicted', meaning: 'the better-controlled evidence points the other way' },
  'not-assessable': { symbol: '?', words: 'Not assessable', meaning: 'the atlas has nothing to weigh it against' },
};

export const CLAIM_TYPE_WORDS: Record<string, string> = {
  efficacy: 'benefit',
  safety: 'safety',
  dose: 'dose',
  mechanism: 'how it works',
  cost: 'cost',
  'study-result': 'study result',
};
