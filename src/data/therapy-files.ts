/**
 * Reads data/therapy/ (one JSON file per record), validates every file with the
 * zod schemas in src/core/therapy/schema.ts, checks cross-references, and hands
 * the parsed records to the pure core. Any problem throws LDN_CORPUS_INVALID
 * naming the file and the field.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { SIDE_EFFECT_KEYS } from '../core/journal/side-effects.js';
import { DomainError } from '../core/shared/errors.js';
import { nameTokens } from '../core/therapy/normalize.js';
import {
  adviceSchema,
  classRuleSchema,
  compoundingSchema,
  DRUG_CLASSES,
  ingredientSchema,
  noticeRuleSchema,
  NOTICES,
  protocolSchema,
  SITUATIONS,
  situationRuleSchema,
  sourceSchema,
  WASHOUT_PROFILES,
  washoutRuleSchema,
  type NoticeId,
  type NoticeRule,
  type TherapyData,
} from '../core/therapy/schema.js';

export const DEFAULT_THERAPY_DIR = fileURLToPath(new URL('../../data/therapy/', import.meta.url));

function fail(file: string, field: string, message: string): never {
  throw new DomainError('LDN_CORPUS_INVALID', `${file}: ${field ? `${field}: ` : ''}${message}`, {
    field: field ? `${file}#${field}` : file,
  });
}

function readDir<S extends z.ZodType>(root: string, sub: string, schema: S): { file: string; record: z.infer<S> }[] {
  const dir = path.join(root, sub);
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.json'));
  } catch (cause) {
    throw new DomainError('LDN_CORPUS_INVALID', `${sub}/: the folder cannot be read (${String(cause)}).`, { field: sub, cause });
  }
  names.sort();
  return names.map((name) => {
    const file = `${sub}/${name}`;
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(path.join(dir, name), 'utf8'));
    } catch (cause) {
      throw new DomainError('LDN_CORPUS_INVALID', `${file}: not valid JSON (${cause instanceof Error ? cause.message : String(cause)}).`, {
        field: file,
        cause,
      });
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      fail(file, issue.path.map(String).join('.') || '(root)', issue.message);
    }
    const record = parsed.data as z.infer<S> & { id: string };
    if (`${record.id}.json` !== name) fail(file, 'id', `the id "${record.id}" must match the file name`);
    return { file, record };
  });
}

/** Loads and cross-checks every therapy data file. Synchronous: it runs once at start-up. */
export function loadTherapyData(root: string = DEFAULT_THERAPY_DIR): TherapyData {
  const sources = readDir(root, 'sources', sourceSchema);
  const lexicon = readDir(root, 'lexicon', ingredientSchema);
  const classes = readDir(root, 'rules/classes', classRuleSchema);
  const situations = readDir(root, 'rules/situations', situationRuleSchema);
  const washout = readDir(root, 'rules/washout', washoutRuleSchema);
  const notices = readDir(root, 'rules/notices', noticeRuleSchema);
  const protocols = readDir(root, 'protocols', protocolSchema);
  const advice = readDir(root, 'advice', adviceSchema);
  const compounding = readDir(root, 'compounding', compoundingSchema);

  const sourceIds = new Set(sources.map((s) => s.record.id));
  const checkSources = (file: string, field: string, ids: readonly string[]): void => {
    ids.forEach((id, i) => {
      if (!sourceIds.has(id)) fail(file, `${field}.${i}`, `unknown source id "${id}" (add data/therapy/sources/${id}.json)`);
    });
  };

  const ingredientIds = new Set(lexicon.map((l) => l.record.id));
  const phraseOwner = new Map<string, { file: string; key: string }>();
  const claimPhrase = (file: string, field: string, name: string, ingredients: readonly string[]): void => {
    const phrase = nameTokens(name).join(' ');
    if (phrase === '') fail(file, field, `"${name}" has no letters or digits to match on`);
    const key = [...new Set(ingredients)].sort().join('+');
    const prior = phraseOwner.get(phrase);
    if (prior && prior.key !== key)
      fail(file, field, `"${name}" is also listed in ${prior.file} with different ingredients (${prior.key})`);
    phraseOwner.set(phrase, { file, key });
  };
  for (const { file, record } of lexicon) {
    checkSources(file, 'sources', record.sources);
    if (record.note) checkSources(file, 'note.sources', record.note.sources);
    const isOpioid = record.class.startsWith('opioid_') && record.class !== 'opioid_antagonist';
    if (record.washout && !isOpioid) fail(file, 'washout', 'a washout profile is only for opioids');
    [record.name, ...record.synonyms].forEach((n, i) => claimPhrase(file, i === 0 ? 'name' : `synonyms.${i - 1}`, n, [record.id]));
    record.products.forEach((p, i) => {
      (p.with ?? []).forEach((id, j) => {
        if (!ingredientIds.has(id))
          fail(file, `products.${i}.with.${j}`, `unknown ingredient id "${id}" (add data/therapy/lexicon/${id}.json)`);
      });
      claimPhrase(file, `products.${i}.name`, p.name, [record.id, ...(p.with ?? [])]);
    });
  }
  for (const { file, record } of classes) checkSources(file, 'sources', record.sources);
  for (const { file, record } of situations) {
    checkSources(file, 'sources', record.sources);
    record.phrases.forEach((p, i) => {
      if (nameTokens(p).length === 0) fail(file, `phrases.${i}`, `"${p}" has no letters or digits to match on`);
    });
  }
  for (const { file, record } of washout) checkSources(file, 'sources', record.sources);
  for (const { file, record } of notices) checkSources(file, 'sources', record.sources);
  for (const { file, record } of protocols) {
    checkSources(file, 'sources', record.sources);
    if (record.kind === 'stepped') {
      if (record.startMcg > record.targetMcg) fail(file, 'startMcg', 'the start dose is above the target');
      if (record.targetMcg > record.maxMcg) fail(file, 'targetMcg', 'the target is above the maximum');
    }
  }
  const checklist = new Set(SIDE_EFFECT_KEYS);
  for (const { file, record } of advice) {
    checkSources(file, 'sources', record.sources);
    (record.journalSideEffects ?? []).forEach((key, i) => {
      if (!checklist.has(key))
        fail(file, `journalSideEffects.${i}`, `unknown journal side effect "${key}" (the checklist has ${SIDE_EFFECT_KEYS.join(', ')})`);
    });
  }
  for (const { file, record } of compounding) {
    checkSources(file, 'sources', record.sources);
    if (record.kind === 'cost' && record.perDoseCents.min > record.perDoseCents.max) fail(file, 'perDoseCents.min', 'min is above max');
  }

  const requireAll = (sub: string, have: readonly string[], want: readonly string[]): void => {
    for (const id of want) if (!have.includes(id)) fail(sub, id, `a rule file ${sub}/${id}.json is required`);
  };
  requireAll(
    'rules/classes',
    classes.map((c) => c.record.id),
    DRUG_CLASSES,
  );
  requireAll(
    'rules/situations',
    situations.map((c) => c.record.id),
    SITUATIONS,
  );
  requireAll(
    'rules/washout',
    washout.map((c) => c.record.id),
    WASHOUT_PROFILES,
  );
  requireAll(
    'rules/notices',
    notices.map((n) => n.record.id),
    NOTICES,
  );

  const sourceRecords = sources.map((s) => s.record);
  return {
    sources: sourceRecords,
    lexicon: { ingredients: lexicon.map((l) => l.record) },
    rules: {
      classes: classes.map((c) => c.record),
      situations: situations.map((c) => c.record),
      washout: washout.map((c) => c.record),
      // Every id in NOTICES is present (requireAll above), so the record is complete.
      notices: Object.fromEntries(notices.map((n) => [n.record.id, n.record])) as Record<NoticeId, NoticeRule>,
      sources: sourceRecords,
    },
    protocols: protocols.map((p) => p.record),
    advice: advice.map((a) => a.record),
    compounding: compounding.map((c) => c.record),
  };
}
