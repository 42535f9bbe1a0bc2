import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isDomainError } from '../core/shared/errors.js';
import { DEFAULT_THERAPY_DIR, loadTherapyData } from './therapy-files.js';

describe('loadTherapyData: the real data', () => {
  const data = loadTherapyData();

  it('loads every folder', () => {
    expect(data.sources.length).toBeGreaterThan(30);
    expect(data.rules.classes).toHaveLength(8);
    expect(data.rules.situations).toHaveLength(8);
    expect(data.rules.washout).toHaveLength(4);
    expect(Object.keys(data.rules.notices)).toEqual(['hidden-opioids']);
    expect(data.protocols.map((p) => p.id).sort()).toEqual(['custom', 'final-6mg', 'slow', 'start-low', 'ultra-low', 'very-low']);
  });

  it('links side-effect advice to the journal checklist', () => {
    const linked = Object.fromEntries(data.advice.filter((a) => a.journalSideEffects).map((a) => [a.id, a.journalSideEffects]));
    expect(linked).toEqual({
      'se-headache-nausea': ['headache', 'nausea', 'dizziness'],
      'se-sleep': ['vivid_dreams', 'insomnia'],
      'timing-morning': ['insomnia', 'vivid_dreams'],
    });
  });

  it('the lexicon has at least 400 product names across the classes', () => {
    const products = data.lexicon.ingredients.flatMap((i) => i.products);
    expect(products.length).toBeGreaterThanOrEqual(400);
    const classes = new Set(data.lexicon.ingredients.map((i) => i.class));
    expect(classes.size).toBe(8);
  });

  it('carries the RxCUIs named in the brief', () => {
    const expected: Record<string, string> = {
      oxycodone: '7804',
      hydrocodone: '5489',
      codeine: '2670',
      morphine: '7052',
      fentanyl: '4337',
      tramadol: '10689',
      tapentadol: '787390',
      buprenorphine: '1819',
      methadone: '6813',
      naloxone: '7242',
      naltrexone: '7243',
      loperamide: '6468',
      diphenoxylate: '3500',
      levothyroxine: '10582',
      tacrolimus: '42316',
      cyclosporine: '3008',
      'mycophenolate-mofetil': '68149',
      sirolimus: '35302',
      acetaminophen: '161',
    };
    const byId = new Map(data.lexicon.ingredients.map((i) => [i.id, i.rxcui]));
    for (const [id, rxcui] of Object.entries(expected)) expect([id, byId.get(id)]).toEqual([id, rxcui]);
  });
});

describe('loadTherapyData: broken data names the file and field', () => {
  let dir = '';
  const copy = (): string => {
    dir = mkdtempSync(path.join(tmpdir(), 'ldn-therapy-'));
    cpSync(DEFAULT_THERAPY_DIR, dir, { recursive: true });
    return dir;
  };
  const edit = (rel: string, change: (json: Record<string, unknown>) => void): void => {
    const file = path.join(dir, rel);
    const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    change(json);
    writeFileSync(file, JSON.stringify(json));
  };
  const failure = (): { code: string; message: string; field: string | undefined } => {
    try {
      loadTherapyData(dir);
    } catch (e) {
      if (isDomainError(e)) return { code: e.code, message: e.message, field: e.field };
      throw e;
    }
    throw new Error('expected the load to fail');
  };
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('a schema error', () => {
    copy();
    edit('lexicon/oxycodone.json', (j) => {
      j.class = 'opioid';
    });
    const f = failure();
    expect(f.code).toBe('LDN_CORPUS_INVALID');
    expect(f.field).toBe('lexicon/oxycodone.json#class');
    expect(f.message).toMatch(/^lexicon\/oxycodone\.json: class: /);
  });

  it('a non-integer dose in a protocol', () => {
    copy();
    edit('protocols/start-low.json', (j) => {
      j.startMcg = 1.5;
    });
    expect(failure().field).toBe('protocols/start-low.json#startMcg');
  });

  it('an unknown source id', () => {
    copy();
    edit('rules/classes/opioid_agonist.json', (j) => {
      j.sources = ['no-such-source'];
    });
    const f = failure();
    expect(f.field).toBe('rules/classes/opioid_agonist.json#sources.0');
    expect(f.message).toMatch(/no-such-source/);
  });

  it('an unknown source id in a notice', () => {
    copy();
    edit('rules/notices/hidden-opioids.json', (j) => {
      j.sources = ['no-such-source', 'rxnorm'];
    });
    const f = failure();
    expect(f.code).toBe('LDN_CORPUS_INVALID');
    expect(f.field).toBe('rules/notices/hidden-opioids.json#sources.0');
    expect(f.message).toMatch(/^rules\/notices\/hidden-opioids\.json: sources\.0: unknown source id "no-such-source"/);
  });

  it('a missing notice, a notice the screen does not know, a notice without its reasons', () => {
    copy();
    unlinkSync(path.join(dir, 'rules/notices/hidden-opioids.json'));
    const f = failure();
    expect(f.field).toBe('rules/notices#hidden-opioids');
    expect(f.message).toMatch(/rules\/notices\/hidden-opioids\.json is required/);
    rmSync(dir, { recursive: true, force: true });

    copy();
    writeFileSync(
      path.join(dir, 'rules/notices/hidden-steroids.json'),
      readFileSync(path.join(dir, 'rules/notices/hidden-opioids.json'), 'utf8').replace('"hidden-opioids"', '"hidden-steroids"'),
    );
    expect(failure().field).toBe('rules/notices/hidden-steroids.json#id');
    rmSync(dir, { recursive: true, force: true });

    copy();
    edit('rules/notices/hidden-opioids.json', (j) => {
      j.reasons = { unrecognized: 'Not recognised: ask a pharmacist.' };
    });
    expect(failure().field).toBe('rules/notices/hidden-opioids.json#reasons.absent');
  });

  it('a journal side effect the checklist does not have', () => {
    copy();
    edit('advice/se-sleep.json', (j) => {
      j.journalSideEffects = ['vivid_dreams', 'nightmares'];
    });
    const f = failure();
    expect(f.code).toBe('LDN_CORPUS_INVALID');
    expect(f.field).toBe('advice/se-sleep.json#journalSideEffects.1');
    expect(f.message).toMatch(/^advice\/se-sleep\.json: journalSideEffects\.1: unknown journal side effect "nightmares"/);
  });

  it('an unknown ingredient in a combination product', () => {
    copy();
    edit('lexicon/oxycodone.json', (j) => {
      (j.products as { name: string; with?: string[] }[]).push({ name: 'Madeup', with: ['unobtainium'] });
    });
    expect(failure().message).toMatch(/unknown ingredient id "unobtainium"/);
  });

  it('the same product name with different ingredients in two files', () => {
    copy();
    edit('lexicon/morphine.json', (j) => {
      (j.products as { name: string }[]).push({ name: 'Percocet' });
    });
    expect(failure().message).toMatch(/also listed in lexicon\/morphine\.json with different ingredients/);
  });

  it('an id that does not match the file name, invalid JSON, a missing rule', () => {
    copy();
    edit('sources/rxnorm.json', (j) => {
      j.id = 'rx-norm';
    });
    expect(failure().field).toBe('sources/rxnorm.json#id');
    rmSync(dir, { recursive: true, force: true });

    copy();
    writeFileSync(path.join(dir, 'advice/se-liver.json'), '{ not json');
    expect(failure().message).toMatch(/^advice\/se-liver\.json: not valid JSON/);
    rmSync(dir, { recursive: true, force: true });

    copy();
    unlinkSync(path.join(dir, 'rules/washout/methadone.json'));
    expect(failure().field).toBe('rules/washout#methadone');
  });
});
