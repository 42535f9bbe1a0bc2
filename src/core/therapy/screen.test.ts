import { describe, expect, it } from 'vitest';
import { loadTherapyData } from '../../data/therapy-files.js';
import { isDomainError } from '../shared/errors.js';
import { MAX_SCREEN_LINES, screen, type ScreenLine } from './screen.js';
import type { ScreenRules } from './schema.js';

const data = loadTherapyData();
const run = (lines: string[]): readonly ScreenLine[] => screen(lines, data.lexicon, data.rules).results;
const one = (line: string): ScreenLine => {
  const r = run([line])[0];
  if (!r) throw new Error(`no result for ${line}`);
  return r;
};
const names = (r: ScreenLine): string[] => r.ingredients.map((i) => i.name).sort();

describe('screen: known-answer vectors from the brief', () => {
  it.each([
    ['Percocet 5/325', 'opioid_agonist', 'block', ['acetaminophen (paracetamol)', 'oxycodone'], 'short-acting'],
    ['tylenol w/ codeine', 'opioid_agonist', 'block', ['acetaminophen (paracetamol)', 'codeine'], 'short-acting'],
    ['suboxone film', 'opioid_partial_agonist', 'block', ['buprenorphine', 'naloxone'], 'buprenorphine'],
    ['levothyroxine 50 mcg', 'thyroid_hormone', 'info', ['levothyroxine'], null],
    ['OxyContin 20 mg', 'opioid_agonist', 'block', ['oxycodone'], 'long-acting'],
    ['methadone 80mg daily', 'opioid_agonist', 'block', ['methadone'], 'methadone'],
    ['Imodium', 'peripheral_opioid_agonist', 'caution', ['loperamide'], null],
    ['Lomotil', 'peripheral_opioid_agonist', 'caution', ['atropine', 'diphenoxylate'], null],
    ['Prograf 1 mg', 'immunosuppressant', 'caution', ['tacrolimus'], null],
    ['Protopic ointment', 'immunosuppressant', 'info', ['tacrolimus'], null],
    ['metformin 500mg', 'none', 'ok', ['metformin'], null],
    ['Tylenol 500 mg', 'none', 'ok', ['acetaminophen (paracetamol)'], null],
  ] as const)('%s', (input, cls, action, ingredients, washout) => {
    const r = one(input);
    expect(r.status).toBe('recognized');
    expect(r.class).toBe(cls);
    expect(r.action).toBe(action);
    expect(names(r)).toEqual([...ingredients].sort());
    expect(r.washout?.profile ?? null).toBe(washout);
    expect(r.reasons.length).toBeGreaterThan(0);
    expect(r.sources.length).toBeGreaterThan(0);
  });

  it('gives RxNorm ingredient codes', () => {
    const r = one('Percocet 5/325');
    expect(r.ingredients).toContainEqual({ name: 'oxycodone', rxcui: '7804', class: 'opioid_agonist' });
    expect(r.ingredients).toContainEqual({ name: 'acetaminophen (paracetamol)', rxcui: '161', class: 'none' });
    expect(one('tramadol').ingredients[0]?.rxcui).toBe('10689');
    expect(one('Nucynta').ingredients[0]?.rxcui).toBe('787390');
  });

  it('does not say "no interaction listed" about a combination whose other ingredient has a rule', () => {
    const none = /No interaction with low-dose naltrexone is listed/;
    expect(one('Percocet 5/325').reasons.some((r) => none.test(r))).toBe(false);
    expect(one('Tylenol 500 mg').reasons.some((r) => none.test(r))).toBe(true);
  });

  it('short-acting washout is 7-14 days and cites the label; methadone needs at least 14', () => {
    const w = one('oxycodone 5mg').washout;
    expect(w).toMatchObject({ profile: 'short-acting', minDays: 7, maxDays: 14 });
    expect(w?.sources.map((s) => s.id)).toContain('fda-naltrexone-label');
    expect(one('Physeptone').washout).toMatchObject({ profile: 'methadone', minDays: 14 });
  });
});

describe('screen: hidden opioids and international brands', () => {
  it.each([
    ['codeine', 'Robitussin AC'],
    ['codeine', 'promethazine with codeine syrup'],
    ['hydrocodone', 'Tussionex'],
    ['hydrocodone', 'Hycodan syrup'],
    ['codeine', 'co-codamol 30/500'],
    ['codeine', 'Panadeine Forte'],
    ['codeine', 'Tylenol #3'],
    ['codeine', 'Tylenol No. 3'],
    ['codeine', 'Solpadeine'],
    ['codeine', 'Zapain'],
    ['codeine', 'Kapake'],
    ['codeine', 'Nurofen Plus'],
    ['oxycodone', 'OxyNorm'],
    ['morphine', 'Zomorph 10mg'],
    ['morphine', 'MST Continus'],
    ['morphine', 'Sevredol'],
    ['buprenorphine', 'BuTrans 10 patch'],
    ['buprenorphine', 'Temgesic'],
    ['buprenorphine', 'Subutex'],
    ['buprenorphine', 'Zubsolv'],
    ['buprenorphine', 'Sublocade'],
    ['methadone', 'Physeptone'],
    ['tramadol', 'Ultracet'],
    ['tramadol', 'Tramal SR'],
    ['tapentadol', 'Palexia'],
    ['dihydrocodeine', 'co-dydramol'],
    ['loperamide', 'Imodium A-D'],
  ])('%s in "%s"', (ingredient, input) => {
    const r = one(input);
    expect(r.ingredients.map((i) => i.name)).toContain(ingredient);
    expect(['block', 'caution']).toContain(r.action);
  });
});

describe('screen: misspellings and noise', () => {
  it.each([
    ['oxycodon', 'oxycodone'],
    ['hydrocodon 10mg', 'hydrocodone'],
    ['tramadoll', 'tramadol'],
    ['percoset', 'oxycodone'],
    ['vicodine', 'hydrocodone'],
    ['Oxicontin', 'oxycodone'],
    ['dilauded', 'hydromorphone'],
    ['Suboxon', 'buprenorphine'],
    ['metadone', 'methadone'],
    ['levothyroxin', 'levothyroxine'],
    ['Immodium', 'loperamide'],
    ['cocodamol', 'codeine'],
  ])('"%s" is read as %s', (input, ingredient) => {
    const r = one(input);
    expect(r.status).toBe('recognized');
    expect(r.ingredients.map((i) => i.name)).toContain(ingredient);
  });

  it('says which spelling it corrected', () => {
    expect(one('tramadoll').reasons[0]).toBe('Read "tramadoll" as "tramadol" (spelling).');
  });

  it('salt forms, strengths and dose forms do not matter', () => {
    for (const line of [
      'Oxycodone HCl 5mg tab',
      'oxycodone hydrochloride 10 mg tablet',
      'OXYCODONE 7.5MG',
      'oxycodone/acetaminophen 10-325',
    ]) {
      expect(one(line).ingredients.map((i) => i.name)).toContain('oxycodone');
    }
  });

  it('"ER" and patches lengthen the washout', () => {
    expect(one('morphine sulfate ER 15 mg').washout?.profile).toBe('long-acting');
    expect(one('morphine sulfate 15 mg').washout?.profile).toBe('short-acting');
    expect(one('fentanyl patch 25 mcg/hr').washout?.profile).toBe('long-acting');
  });

  it('does not fuzz short words or ordinary words into drug names', () => {
    for (const line of ['abc', 'blah blah', 'creatine', 'turmeric', 'acupuncture', 'physiotherapy', 'coffee', 'long covid']) {
      expect([line, one(line).status]).toEqual([line, 'unrecognized']);
    }
  });

  it('allows two edits against long names only', () => {
    expect(names(one('suboxen'))).toEqual(['buprenorphine', 'naloxone']);
    expect(names(one('hyrdocodone'))).toEqual(['hydrocodone']);
  });

  it('a name whose only suffix is a release form also matches bare, keeping the long-acting washout', () => {
    expect(one('Xtampza').washout?.profile).toBe('long-acting');
    expect(one('Zohydro').washout?.profile).toBe('long-acting');
    expect(one('Ultram').washout?.profile).toBe('short-acting');
    expect(names(one('Nurofen Zavance'))).toEqual(['ibuprofen']);
  });
});

describe('screen: situations', () => {
  it.each([
    ['knee surgery next month', 'surgery', 'caution'],
    ['pregnant', 'pregnancy', 'caution'],
    ['breast feeding', 'breastfeeding', 'info'],
    ['breast-feeding', 'breastfeeding', 'info'],
    ['hepatitis', 'liver-disease', 'caution'],
    ['cirrhosis', 'liver-disease', 'caution'],
    ['kidney transplant 2019', 'organ-transplant', 'caution'],
    ["Hashimoto's", 'thyroid-replacement-hashimoto', 'info'],
    ['broken wrist last week', 'acute-pain', 'caution'],
  ])('"%s" -> %s', (input, situation, action) => {
    const r = one(input);
    expect(r.status).toBe('recognized');
    expect(r.situations).toEqual([situation]);
    expect(r.action).toBe(action);
    expect(r.washout).toBeNull();
    expect(r.sources.length).toBeGreaterThan(0);
  });

  it('surgery says when to pause and when to restart', () => {
    const r = one('knee surgery next month');
    expect(r.reasons.some((x) => x.startsWith('When to pause:') && x.includes('3 days'))).toBe(true);
    expect(r.reasons.some((x) => x.startsWith('When to restart:'))).toBe(true);
    expect(r.sources.map((s) => s.id)).toContain('ldnrt-surgery');
  });

  it('"on methadone program" is both the drug and opioid use disorder treatment', () => {
    const r = one('on methadone program');
    expect(r.situations).toEqual(['opioid-use-disorder-treatment']);
    expect(names(r)).toEqual(['methadone']);
    expect(r.action).toBe('block');
    expect(r.washout?.profile).toBe('methadone');
  });

  it('reads a negated situation as such', () => {
    const r = one('not pregnant');
    expect(r.status).toBe('recognized');
    expect(r.situations).toEqual([]);
    expect(r.action).toBe('info');
  });
});

describe('screen: unrecognised lines, blank lines and limits', () => {
  it('an unrecognised line is caution, never ok, and sends the user to a pharmacist', () => {
    const r = one('Xyzzy 20 mg');
    expect(r).toMatchObject({ status: 'unrecognized', action: 'caution', class: 'none', ingredients: [], washout: null });
    expect(r.reasons.join(' ')).toMatch(/pharmacist/);
  });

  it('skips blank lines but keeps line numbers', () => {
    const res = screen(['', 'metformin', '   ', 'Percocet'], data.lexicon, data.rules);
    expect(res.results.map((r) => r.line)).toEqual([2, 4]);
    expect(res.summary).toEqual({ block: 1, caution: 0, info: 0, ok: 1, unrecognized: 0 });
    expect(res.highestAction).toBe('block');
    expect(res.notice).toMatch(/not medical advice/);
  });

  it('rejects more than 10,000 lines with LDN_SCREEN_TOO_MANY_LINES on field "lines"', () => {
    const lines = Array.from({ length: MAX_SCREEN_LINES + 1 }, () => 'metformin');
    try {
      screen(lines, data.lexicon, data.rules);
      expect.unreachable();
    } catch (e) {
      expect(isDomainError(e) && e.code).toBe('LDN_SCREEN_TOO_MANY_LINES');
      expect(isDomainError(e) && e.field).toBe('lines');
    }
  });

  it('screens exactly 10,000 varied lines quickly', () => {
    const base = [
      'Percocet 5/325',
      'tramadoll 50mg',
      'levothyroxine 50 mcg',
      'knee surgery next month',
      'unknown thing 12',
      'metformin 500 mg ER',
    ];
    const lines = Array.from({ length: MAX_SCREEN_LINES }, (_, i) => `${base[i % base.length]!} ${String(i)}`);
    const t0 = performance.now();
    const res = screen(lines, data.lexicon, data.rules);
    const ms = performance.now() - t0;
    expect(res.results).toHaveLength(MAX_SCREEN_LINES);
    expect(res.results[1]?.ingredients[0]?.name).toBe('tramadol');
    expect(ms).toBeLessThan(3000);
  });

  it('reads only the first 500 characters of a very long line', () => {
    const r = one(`Percocet ${'x'.repeat(100_000)}`);
    expect(r.action).toBe('block');
  });
});

describe('screen: a medicine the line says is absent', () => {
  it('"codeine-free cough syrup" is not an opioid block, but a caution that asks to check the label', () => {
    const r = one('codeine-free cough syrup');
    expect(r).toMatchObject({ status: 'recognized', action: 'caution', ingredients: [], washout: null });
    expect(r.reasons[0]).toMatch(/no codeine/);
    expect(r.reasons.join(' ')).toMatch(/opioid-free gap/);
    expect(r.sources.length).toBeGreaterThan(0);
  });

  it('reads "without", "not taking" and "no longer on" before the name, but never as far as another medicine', () => {
    expect(one('not taking oxycodone').action).toBe('caution');
    expect(one('no longer on tramadol').action).toBe('caution');
    const both = one('no ibuprofen, oxycodone only');
    expect(both.action).toBe('block');
    expect(names(both)).toEqual(['oxycodone']);
    expect(both.reasons[0]).toMatch(/no ibuprofen/);
  });

  it('"Tylenol without codeine" is acetaminophen alone, kept at caution because an opioid was named', () => {
    const r = one('Tylenol without codeine');
    expect(names(r)).toEqual(['acetaminophen (paracetamol)']);
    expect(r.action).toBe('caution');
  });

  it('a medicine named as present anywhere on the line stays present', () => {
    expect(one('sugar-free cough syrup with codeine').action).toBe('block');
    expect(one('Tylenol with codeine, not the codeine-free one').action).toBe('block');
    expect(one('Tylenol No. 3').action).toBe('block');
    expect(one('Tylenol w/ codeine').action).toBe('block');
  });
});

describe('screen: "cough, cold and diarrhoea medicines can contain opioids" carries its sources', () => {
  const hidden = /cough, cold and diarrhoea medicines/;
  const ids = (r: ScreenLine): string[] => r.sources.map((s) => s.id);
  const HIDDEN_OPIOID_SOURCES = ['cough-cold-opioid-labels', 'antidiarrhoeal-labels', 'rxnorm', 'drugmart-avoid'];

  it('the notice in data/therapy/rules/notices cites a label, list or database for each kind of product it names', () => {
    const notice = data.rules.notices['hidden-opioids'];
    expect(notice.sources).toEqual(HIDDEN_OPIOID_SOURCES);
    expect(notice.fact).toMatch(/codeine or hydrocodone/);
    expect(notice.fact).toMatch(/diphenoxylate/);
    // The loader rejects an unknown id (therapy-files.test.ts); each one also points somewhere a reader can check.
    for (const id of notice.sources) {
      const s = data.sources.find((x) => x.id === id);
      expect(s, id).toBeDefined();
      expect(s?.url ?? s?.pmid ?? s?.doi, id).toBeTruthy();
    }
    // A label fact not read from the label says so and says what it was checked against; so does the FDA communication.
    expect(data.sources.find((x) => x.id === 'antidiarrhoeal-labels')?.note).toMatch(
      /labels themselves were not read.*secondary summaries/,
    );
    expect(data.sources.find((x) => x.id === 'cough-cold-opioid-labels')?.note).toMatch(/catalogue entry/);
  });

  it.each(['Xyzzy 20 mg', 'codeine-free cough syrup', 'no ibuprofen', 'Tylenol without codeine'])(
    '"%s" says it and cites the labels behind it',
    (input) => {
      const r = one(input);
      expect(r.reasons.some((x) => hidden.test(x))).toBe(true);
      expect(ids(r)).toEqual(expect.arrayContaining([...HIDDEN_OPIOID_SOURCES]));
    },
  );

  it("an unrecognised line cites exactly those sources and the immunosuppressant rule's", () => {
    expect(ids(one('Xyzzy 20 mg'))).toEqual([...HIDDEN_OPIOID_SOURCES, 'ifm-transplant']);
  });

  it('the wording is the same as when it was written in screen.ts', () => {
    expect(one('Xyzzy 20 mg').reasons).toEqual([
      'Not recognised. It may still contain an opioid (some cough, cold and diarrhoea medicines do) or suppress the immune system: ask a pharmacist before combining it with LDN.',
    ]);
    expect(one('codeine-free cough syrup').reasons[0]).toBe(
      'Read as saying there is no codeine here (for example "codeine-free" or "without codeine"). Check the label or ask a pharmacist to be sure: cough, cold and diarrhoea medicines can contain other opioids.',
    );
    expect(ids(one('codeine-free cough syrup'))).toEqual([...HIDDEN_OPIOID_SOURCES, 'fda-naltrexone-label', 'droracle-washout']);
  });

  it('takes the notice from the rules it is given, not from a constant', () => {
    const rules: ScreenRules = {
      ...data.rules,
      notices: {
        'hidden-opioids': {
          ...data.rules.notices['hidden-opioids'],
          reasons: { unrecognized: 'Unknown line, test wording.', absent: 'Absent, test wording.' },
          sources: ['rxnorm'],
        },
      },
    };
    const [unknown, absent] = screen(['Xyzzy 20 mg', 'no ibuprofen'], data.lexicon, rules).results;
    expect(unknown?.reasons).toEqual(['Unknown line, test wording.']);
    expect(unknown && ids(unknown)).toEqual(['rxnorm', 'ifm-transplant']);
    expect(absent?.reasons[0]).toMatch(/"without ibuprofen"\)\. Absent, test wording\.$/);
    expect(absent && ids(absent)).toEqual(['rxnorm']);
  });

  it('"or suppress the immune system" on an unrecognised line cites the immunosuppressant rule\'s sources', () => {
    const rule = data.rules.classes.find((c) => c.id === 'immunosuppressant');
    expect(rule?.sources).toEqual(['ifm-transplant']);
    const r = one('Xyzzy 20 mg');
    expect(r.reasons.some((x) => /immune system/.test(x))).toBe(true);
    // Resolved, not only listed: an id missing from data/therapy/sources would be dropped from r.sources.
    expect(ids(r)).toEqual(expect.arrayContaining(['ifm-transplant']));
  });

  it('no line in a varied list makes the statement without its sources', () => {
    const lines = ['Percocet', 'abc', 'codeine-free', 'without tramadol', 'not pregnant', 'metformin', 'Imodium', 'Robitussin AC'];
    for (const r of run(lines)) {
      if (r.reasons.some((x) => hidden.test(x)))
        expect([r.input, ids(r)]).toEqual([r.input, expect.arrayContaining([...HIDDEN_OPIOID_SOURCES])]);
      if (r.reasons.some((x) => /immune system/.test(x)))
        expect([r.input, ids(r)]).toEqual([r.input, expect.arrayContaining(['ifm-transplant'])]);
    }
  });
});
