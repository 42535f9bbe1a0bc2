import { describe, expect, it } from 'vitest';
import { nameTokens, tokenize } from './normalize.js';

describe('normalisation', () => {
  it.each([
    ['Tylenol w/ Codeine No. 3', ['tylenol', 'with', 'codeine', '3']],
    ['Percocet 5/325mg', ['percocet', '5', '325', 'mg']],
    ['Co-codamol 30/500', ['co', 'codamol', '30', '500']],
    ["Hashimoto's", ['hashimotos']],
    ['Tylenol#3', ['tylenol', '3']],
    ['Oxycodone & APAP', ['oxycodone', 'apap']],
    ['levothyroxine 50µg', ['levothyroxine', '50', 'ug']],
    ['Morfína', ['morfina']],
  ])('%s', (input, tokens) => {
    expect(nameTokens(input)).toEqual(tokens);
  });

  it('flags strengths, units, forms and salts as noise', () => {
    const t = tokenize('oxycodone hydrochloride 5 mg ER tablet');
    expect(t.map((x) => x.noise)).toEqual([false, true, true, true, true, true]);
  });
});
