/** The evidence atlas for the CLI: the data files of data/evidence, read and graded once per run. */
import { buildAtlas, type Atlas } from '../core/evidence/index.js';
import { loadEvidenceCorpus } from '../data/evidence-files.js';

let cached: Atlas | undefined;
export function evidenceAtlas(): Atlas {
  cached ??= buildAtlas(loadEvidenceCorpus());
  return cached;
}
