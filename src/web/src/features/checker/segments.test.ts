import { describe, expect, it } from 'vitest';
import { formatOfFileName, segmentsOf } from './segments.js';

describe('segmentsOf', () => {
  const text = 'Intro. LDN cures pain. Middle. LDN may help MS.';
  const a = { start: 7, end: 22, id: 'a' };
  const b = { start: 31, end: 47, id: 'b' };

  it('alternates plain runs and claims, covering the text exactly once', () => {
    const segs = segmentsOf(text, [a, b]);
    expect(segs.map((s) => [s.kind, s.text])).toEqual([
      ['text', 'Intro. '],
      ['claim', 'LDN cures pain.'],
      ['text', ' Middle. '],
      ['claim', 'LDN may help MS.'],
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs[3]).toMatchObject({ kind: 'claim', index: 1, claim: b });
  });

  it('skips overlapping, reversed or out-of-range spans instead of garbling the text', () => {
    const segs = segmentsOf(text, [a, { start: 10, end: 15 }, { start: 40, end: 30 }, { start: 45, end: 99 }]);
    expect(segs.filter((s) => s.kind === 'claim')).toHaveLength(1);
    expect(segs.map((s) => s.text).join('')).toBe(text);
  });

  it('gives one plain run when there are no claims, and nothing for empty text', () => {
    expect(segmentsOf(text, [])).toEqual([{ kind: 'text', text, start: 0 }]);
    expect(segmentsOf('', [])).toEqual([]);
  });
});

describe('formatOfFileName', () => {
  it('reads .txt, .md and .html by name and refuses others', () => {
    expect(formatOfFileName('a.TXT')).toBe('txt');
    expect(formatOfFileName('notes.markdown')).toBe('md');
    expect(formatOfFileName('page.htm')).toBe('html');
    expect(formatOfFileName('paper.pdf')).toBeNull();
    expect(formatOfFileName('html')).toBeNull();
  });
});
