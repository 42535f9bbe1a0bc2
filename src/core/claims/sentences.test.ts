import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';

const texts = (t: string): string[] => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it('splits on end punctuation and keeps exact offsets', () => {
    const text = 'LDN is cheap. Dr. Smith treated 17 patients, e.g. adults! Did it work? Yes.';
    const out = splitSentences(text);
    expect(out.map((s) => s.text)).toEqual(['LDN is cheap.', 'Dr. Smith treated 17 patients, e.g. adults!', 'Did it work?', 'Yes.']);
    for (const s of out) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not split inside decimals, initials or "et al."', () => {
    expect(texts('Doses of 4.5 mg were used by Ian S. Zagon and Younger et al. in 2009. Next one.')).toEqual([
      'Doses of 4.5 mg were used by Ian S. Zagon and Younger et al. in 2009.',
      'Next one.',
    ]);
  });

  it('ends a sentence at a capital letter that closes it', () => {
    expect(texts('LDN can treat hepatitis C. It is cheap.')).toEqual(['LDN can treat hepatitis C.', 'It is cheap.']);
  });

  it('splits informal lower-case sentences and a missing space after a full stop', () => {
    expect(texts('started LDN in march. first weeks were rough. i think it helped')).toEqual([
      'started LDN in march.',
      'first weeks were rough.',
      'i think it helped',
    ]);
    expect(texts('Improved in 76% of 42 patients.During treatment pain fell.')).toEqual([
      'Improved in 76% of 42 patients.',
      'During treatment pain fell.',
    ]);
  });

  it('treats lines, blank lines and list markers as boundaries', () => {
    const out = splitSentences('Title of the piece\n\n- first item\n- second item\n1) numbered heading');
    expect(out.map((s) => s.text)).toEqual(['Title of the piece', 'first item', 'second item', 'numbered heading']);
    expect(out.map((s) => s.paragraph)).toEqual([0, 1, 1, 1]);
    expect(out.every((s) => s.ownLine)).toBe(true);
  });

  it('joins hard-wrapped prose lines', () => {
    const text = 'This is a long line of prose that was wrapped by an email client\nand continues here. Next.';
    expect(texts(text)).toEqual(['This is a long line of prose that was wrapped by an email client\nand continues here.', 'Next.']);
  });

  it('splits a flattened heading from the sentence it runs into', () => {
    expect(texts('LDN reduces pain and swelling in arthritis Ten patients were treated.')).toEqual([
      'LDN reduces pain and swelling in arthritis',
      'Ten patients were treated.',
    ]);
    // A journal name after a preposition is not a heading break.
    expect(texts('The study was published in The Lancet last year.')).toHaveLength(1);
  });

  it('does not split at an ellipsis marking an omission', () => {
    expect(texts('Of 354 patients, 86 shrank, ... and 125 stabilised.')).toHaveLength(1);
  });

  it('always returns trimmed, ordered, non-overlapping spans of the input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        let last = 0;
        for (const s of splitSentences(text)) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          expect(text.slice(s.start, s.end)).toBe(s.text);
          expect(s.text).toBe(s.text.trim());
          last = s.end;
        }
      }),
    );
  });
});
