/**
 * Parses and cross-checks the evidence corpus. Pure: the fs loader in
 * src/data/evidence-files.ts reads the files and hands their text here.
 * Every problem is collected (never only the first) and names the file, the
 * dotted field and what is wrong, so one run tells a curator everything to fix.
 */
import type { z } from 'zod';
import { claimSchema, conditionSchema, sourceSchema, studySchema, type Claim, type Condition, type Source, type Study } from './schema.js';

export const RECORD_KINDS = ['conditions', 'studies', 'sources', 'claims'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** The whole parsed corpus, each kind sorted by file name. */
export interface Corpus {
  readonly conditions: readonly Condition[];
  readonly studies: readonly Study[];
  readonly sources: readonly Source[];
  readonly claims: readonly Claim[];
}

/** One file as read from disk. `file` is shown to people (e.g. `data/evidence/studies/x.json`). */
export interface RawCorpusFile {
  readonly kind: RecordKind;
  readonly file: string;
  readonly text: string;
}

export interface CorpusProblem {
  readonly file: string;
  /** Dotted path such as `ids.pmid` or `conditions.2`; empty for the whole file. */
  readonly field: string;
  readonly problem: string;
}

/** Parsed records together with the file each came from. */
export interface CorpusFiles {
  readonly conditions: readonly { file: string; record: Condition }[];
  readonly studies: readonly { file: string; record: Study }[];
  readonly sources: readonly { file: string; record: Source }[];
  readonly claims: readonly { file: string; record: Claim }[];
}

const SCHEMAS = { conditions: conditionSchema, studies: studySchema, sources: sourceSchema, claims: claimSchema } as const;

function issueProblems(file: string, issues: readonly z.core.$ZodIssue[]): CorpusProblem[] {
  return issues.flatMap((issue) => {
    const base = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => ({ file, field: base ? `${base}.${key}` : key, problem: 'unknown field (not in the schema)' }));
    const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
    return [{ file, field: base, problem: missing ? 'required field is missing' : issue.message }];
  });
}

function baseName(file: string): string {
  const slash = file.lastIndexOf('/');
  return slash === -1 ? file : file.slice(slash + 1);
}

/**
 * Parses each file's JSON with its kind's zod schema. Files that fail are left
 * out of the result and reported; a file whose name is not `<id>.json` is reported too.
 */
export function parseCorpusFiles(files: readonly RawCorpusFile[]): { files: CorpusFiles; problems: CorpusProblem[] } {
  const problems: CorpusProblem[] = [];
  const out = { conditions: [], studies: [], sources: [], claims: [] } as {
    conditions: { file: string; record: Condition }[];
    studies: { file: string; record: Study }[];
    sources: { file: string; record: Source }[];
    claims: { file: string; record: Claim }[];
  };
  const sorted = [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const { kind, file, text } of sorted) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (cause) {
      problems.push({ file, field: '', problem: `not valid JSON (${cause instanceof Error ? cause.message : String(cause)})` });
      continue;
    }
    const parsed = SCHEMAS[kind].safeParse(json);
    if (!parsed.success) {
      const found = issueProblems(file, parsed.error.issues);
      // A claim with no sourceId is the "claim without a source" case; say so plainly.
      if (kind === 'claims')
        for (const p of found)
          if (p.field === 'sourceId' && p.problem === 'required field is missing')
            Object.assign(p, { problem: 'a claim must name its source (sourceId)' });
      problems.push(...found);
      continue;
    }
    const record = parsed.data;
    if (`${record.id}.json` !== baseName(file))
      problems.push({ file, field: 'id', problem: `the id "${record.id}" must match the file name` });
    (out[kind] as { file: string; record: typeof record }[]).push({ file, record });
  }
  return { files: out, problems };
}

/** Normalises an identifier for duplicate detection; DOI names are case-insensitive (DOI Handbook, syntax chapter). */
function idKey(kind: 'pmid' | 'doi' | 'nct', value: string): string {
  return kind === 'doi' ? value.toLowerCase() : value;
}

/**
 * Cross-reference checks over parsed records: duplicate ids within a kind,
 * unknown condition/study/source ids, parent cycles, a study's PMID/DOI/NCT
 * filed twice, and claims without a known source.
 */
export function validateCorpus(files: CorpusFiles): CorpusProblem[] {
  const problems: CorpusProblem[] = [];
  const idsOf = <T extends { id: string }>(list: readonly { file: string; record: T }[]): Set<string> => {
    const seen = new Map<string, string>();
    for (const { file, record } of list) {
      const prior = seen.get(record.id);
      if (prior !== undefined) problems.push({ file, field: 'id', problem: `duplicate id "${record.id}" (also in ${prior})` });
      else seen.set(record.id, file);
    }
    return new Set(seen.keys());
  };
  const conditionIds = idsOf(files.conditions);
  const studyIds = idsOf(files.studies);
  const sourceIds = idsOf(files.sources);
  idsOf(files.claims);

  const refs = (file: string, field: string, ids: readonly string[], known: Set<string>, what: string): void => {
    ids.forEach((id, i) => {
      if (!known.has(id)) problems.push({ file, field: `${field}.${i}`, problem: `unknown ${what} id "${id}"` });
    });
  };

  const parentOf = new Map<string, string>();
  for (const { file, record } of files.conditions) {
    if (record.parent === undefined) continue;
    if (record.parent === record.id) problems.push({ file, field: 'parent', problem: 'a condition cannot be its own parent' });
    else if (!conditionIds.has(record.parent)) problems.push({ file, field: 'parent', problem: `unknown condition id "${record.parent}"` });
    else parentOf.set(record.id, record.parent);
  }
  for (const { file, record } of files.conditions) {
    const seen = new Set<string>([record.id]);
    for (let p = parentOf.get(record.id); p !== undefined; p = parentOf.get(p)) {
      if (seen.has(p)) {
        problems.push({ file, field: 'parent', problem: `the parent chain loops back (${[...seen, p].join(' -> ')})` });
        break;
      }
      seen.add(p);
    }
  }

  const idOwners = new Map<string, string>();
  for (const { file, record } of files.studies) {
    refs(file, 'conditions', record.conditions, conditionIds, 'condition');
    for (const kind of ['pmid', 'doi', 'nct'] as const) {
      const value = record.ids[kind];
      if (value === undefined) continue;
      const key = `${kind}:${idKey(kind, value)}`;
      const prior = idOwners.get(key);
      if (prior !== undefined)
        problems.push({ file, field: `ids.${kind}`, problem: `${kind.toUpperCase()} ${value} is already filed in ${prior}` });
      else idOwners.set(key, file);
    }
  }

  for (const { file, record } of files.claims) {
    if (!sourceIds.has(record.sourceId)) problems.push({ file, field: 'sourceId', problem: `unknown source id "${record.sourceId}"` });
    refs(file, 'conditions', record.conditions, conditionIds, 'condition');
    refs(file, 'studies', record.studies, studyIds, 'study');
  }
  return problems;
}

/** Parses and cross-checks in one step: the corpus, plus every problem found. */
export function checkCorpus(raw: readonly RawCorpusFile[]): { corpus: Corpus; problems: CorpusProblem[] } {
  const parsed = parseCorpusFiles(raw);
  const problems = [...parsed.problems, ...validateCorpus(parsed.files)];
  const pick = <T>(list: readonly { record: T }[]): T[] => list.map((x) => x.record);
  return {
    corpus: {
      conditions: pick(parsed.files.conditions),
      studies: pick(parsed.files.studies),
      sources: pick(parsed.files.sources),
      claims: pick(parsed.files.claims),
    },
    problems,
  };
}

/** One line per problem: `file: field: problem`. */
export function formatProblems(problems: readonly CorpusProblem[]): string {
  return problems.map((p) => `${p.file}: ${p.field ? `${p.field}: ` : ''}${p.problem}`).join('\n');
}
