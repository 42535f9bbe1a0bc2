/**
 * Reads data/evidence/{conditions,studies,sources,claims}/*.json and hands the
 * text to the pure checker in src/core/evidence/corpus.ts. Any problem throws
 * LDN_CORPUS_INVALID listing every file, field and problem found (details.problems).
 * Synchronous on purpose: it runs once at start-up, before the server listens.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkCorpus, formatProblems, RECORD_KINDS, type Corpus, type CorpusProblem, type RawCorpusFile } from '../core/evidence/corpus.js';
import { DomainError } from '../core/shared/errors.js';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DEFAULT_EVIDENCE_DIR = path.join(REPO_ROOT, 'data', 'evidence');

/** Path as shown to people: relative to the repository when inside it, absolute otherwise. */
function displayPath(abs: string): string {
  const rel = path.relative(REPO_ROOT, abs);
  return rel.startsWith('..') || path.isAbsolute(rel) ? abs : rel.split(path.sep).join('/');
}

/** Reads every record file; a missing or unreadable folder is itself a problem. */
export function readEvidenceFiles(dir: string = DEFAULT_EVIDENCE_DIR): { files: RawCorpusFile[]; problems: CorpusProblem[] } {
  const files: RawCorpusFile[] = [];
  const problems: CorpusProblem[] = [];
  for (const kind of RECORD_KINDS) {
    const sub = path.join(dir, kind);
    let names: string[];
    try {
      names = readdirSync(sub).filter((n) => n.endsWith('.json'));
    } catch (cause) {
      problems.push({ file: `${displayPath(sub)}/`, field: '', problem: `the folder cannot be read (${String(cause)})` });
      continue;
    }
    for (const name of names) {
      const abs = path.join(sub, name);
      try {
        files.push({ kind, file: displayPath(abs), text: readFileSync(abs, 'utf8') });
      } catch (cause) {
        problems.push({ file: displayPath(abs), field: '', problem: `the file cannot be read (${String(cause)})` });
      }
    }
  }
  return { files, problems };
}

/** Loads, parses and cross-checks the evidence corpus, or throws LDN_CORPUS_INVALID naming every problem. */
export function loadEvidenceCorpus(dir: string = DEFAULT_EVIDENCE_DIR): Corpus {
  const read = readEvidenceFiles(dir);
  const checked = checkCorpus(read.files);
  const problems = [...read.problems, ...checked.problems];
  if (problems.length > 0) {
    const first = problems[0]!;
    throw new DomainError(
      'LDN_CORPUS_INVALID',
      `The evidence corpus has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${formatProblems(problems)}`,
      { field: first.field ? `${first.file}#${first.field}` : first.file, details: { problems } },
    );
  }
  return checked.corpus;
}
