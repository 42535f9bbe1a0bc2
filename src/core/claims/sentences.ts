/**
 * Sentence splitting that keeps exact offsets: every sentence is
 * `text.slice(start, end)` of the string given, trimmed of surrounding space
 * and list markers. Rules, in order:
 * - a blank line always ends a sentence; a single line break does too, unless
 *   it looks like hard-wrapped prose (long line, no end punctuation, next line
 *   starts in lower case);
 * - `.`, `!`, `?` (with closing quotes/brackets) followed by space and an
 *   opener end a sentence, except after known abbreviations, initials and
 *   inside numbers; a full stop glued to a capitalised word ("patients.During")
 *   also ends one;
 * - a heading run into its paragraph when web text was flattened ("... arthritis
 *   Ten patients were ...") is split before a capitalised sentence opener.
 */

export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Index of the paragraph (blank-line separated block) the sentence sits in. */
  readonly paragraph: number;
  /** True when the sentence is a whole line of its own (heading, list item). */
  readonly ownLine: boolean;
}

const ABBREVIATIONS = new Set(
  [
    'dr',
    'mr',
    'mrs',
    'prof',
    'st',
    'vs',
    'e.g',
    'i.e',
    'al',
    'etc.',
    'fig',
    'no',
    'inc',
    'jr',
    'sr',
    'u.s',
    'u.k',
    'approx',
    'ca',
    'cf',
    'vol',
    'pp',
    'ph.d',
    'm.d',
    'dept',
    'univ',
    'jan',
    'feb',
    'mar',
    'apr',
    'jun',
    'jul',
    'aug',
    'sep',
    'sept',
    'oct',
    'nov',
    'dec',
  ].map((s) => s.replace(/\.$/, '')),
);

/** Capitalised words that begin a new sentence when a flattened heading runs into text. */
const GLUED_OPENERS = new Set([
  'The',
  'This',
  'These',
  'Those',
  'In',
  'When',
  'Since',
  'After',
  'Patients',
  'People',
  'Ten',
  'Two',
  'Three',
  'Four',
  'Five',
  'Six',
  'Seven',
  'Eight',
  'Nine',
  'Most',
  'Many',
  'Several',
]);
const NOT_BEFORE_GLUED = new Set([
  'in',
  'of',
  'by',
  'from',
  'at',
  'to',
  'on',
  'and',
  'or',
  'the',
  'for',
  'with',
  'called',
  'named',
  'titled',
]);

/** Words that almost always open a sentence; a capital letter and full stop before them end one. */
const SENTENCE_STARTERS = new Set([
  'It',
  'The',
  'This',
  'These',
  'That',
  'In',
  'A',
  'An',
  'He',
  'She',
  'They',
  'We',
  'I',
  'There',
  'But',
  'However',
  'Patients',
  'People',
]);

const LIST_MARKER = /^(?:[-*•·–—]|\d{1,2}[.)]|[a-z][.)])\s+/;

interface Span {
  start: number;
  end: number;
}

function trimSpan(text: string, s: number, e: number): Span | undefined {
  let start = s;
  let end = e;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  const marker = LIST_MARKER.exec(text.slice(start, Math.min(end, start + 6)));
  if (marker && start + marker[0].length < end) start += marker[0].length;
  while (start < end && /\s/.test(text[start]!)) start++;
  return end > start ? { start, end } : undefined;
}

/** Splits the text into blocks at blank lines and at line breaks that are not soft wraps. */
function lineBlocks(text: string): { start: number; end: number; paragraph: number; ownLine: boolean }[] {
  const lines: Span[] = [];
  let pos = 0;
  while (pos <= text.length) {
    const nl = text.indexOf('\n', pos);
    const end = nl === -1 ? text.length : nl;
    lines.push({ start: pos, end });
    if (nl === -1) break;
    pos = nl + 1;
  }
  const blocks: { start: number; end: number; paragraph: number; ownLine: boolean }[] = [];
  let paragraph = 0;
  let current: { start: number; end: number; lines: number } | undefined;
  const flush = (): void => {
    if (current) blocks.push({ start: current.start, end: current.end, paragraph, ownLine: current.lines === 1 });
    current = undefined;
  };
  for (const line of lines) {
    const content = text.slice(line.start, line.end);
    if (content.trim() === '') {
      flush();
      paragraph++;
      continue;
    }
    if (current) {
      const prev = text.slice(current.start, current.end).trimEnd();
      const softWrap =
        prev.length >= 40 && !/[.!?:;]["'”’)\]]*$/.test(prev) && /^\s*[a-z(]/.test(content) && !LIST_MARKER.test(content.trim());
      if (softWrap) {
        current.end = line.end;
        current.lines++;
        continue;
      }
      flush();
    }
    current = { start: line.start, end: line.end, lines: 1 };
  }
  flush();
  return blocks;
}

function isAbbreviation(text: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0 && /[A-Za-z.]/.test(text[i]!)) i--;
  const word = text.slice(i + 1, dot);
  if (word.length === 0) return false;
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // A single capital initial ("Ian S. Zagon", "J. Smith"), but not a letter that ends a sentence ("hepatitis C. It ...").
  if (/^[A-Z]$/.test(word)) {
    const next = /^\s+([A-Z][a-z]+)/.exec(text.slice(dot + 1, dot + 30))?.[1];
    if (next === undefined || SENTENCE_STARTERS.has(next)) return false;
    const before = /([A-Za-z]+)\.?\s*$/.exec(text.slice(Math.max(0, i - 20), i + 1))?.[1];
    return before === undefined || /^[A-Z]/.test(before);
  }
  return false;
}

/** Split points inside one block (offsets where a new sentence starts). */
function splitPoints(text: string, start: number, end: number): number[] {
  const points: number[] = [];
  for (let i = start; i < end; i++) {
    const ch = text[i]!;
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    // An ellipsis after a space or comma ("shrinkage, ... [and]") marks an omission, not an end.
    if (ch === '.' && text[i + 1] === '.' && /[\s,]/.test(text[i - 1] ?? '')) {
      while (text[i + 1] === '.') i++;
      continue;
    }
    let j = i + 1;
    while (j < end && /[.!?"'”’)\]]/.test(text[j]!)) j++;
    const next = text[j];
    if (next === undefined || j >= end) continue;
    if (/\s/.test(next)) {
      let k = j;
      while (k < end && /\s/.test(text[k]!)) k++;
      const rest = text.slice(k, k + 3);
      const opener = text[k];
      if (opener === undefined) continue;
      // Informal writing starts sentences in lower case ("... 8 weeks. first two weeks ...").
      const lowerStart = /^(?:[a-z][a-z'’]|i\s)/.test(rest) && !/^\d/.test(text.slice(i - 1, i));
      if (!/[A-Z0-9"'“‘([•-]/.test(opener) && !lowerStart) continue;
      if (ch === '.' && isAbbreviation(text, i)) continue;
      // "1. Title" at the start of a line is a list number, not a sentence.
      if (ch === '.' && /^\s*\d{1,2}$/.test(text.slice(start, i))) continue;
      points.push(j);
      i = j - 1;
    } else if (
      ch === '.' &&
      /[a-z)%]/.test(text[i - 1] ?? '') &&
      /[a-z0-9]/.test(text[i - 2] ?? '') &&
      /[A-Z]/.test(next) &&
      /[a-z]/.test(text[j + 1] ?? '')
    ) {
      // "... 42 patients.During treatment": a missing space after a full stop.
      if (!isAbbreviation(text, i)) points.push(j);
    }
  }
  return points;
}

/** Split points where a flattened heading runs straight into the next sentence. */
function gluedPoints(text: string, start: number, end: number): number[] {
  const points: number[] = [];
  // A heading is at most 14 words, so only the first few hundred characters can hold the break;
  // looking no further keeps this linear on very long "sentences".
  const seg = text.slice(start, Math.min(end, start + 300));
  const re = /(?<![A-Za-z'’)])([A-Za-z'’)]+) ([A-Z][a-zA-Z]*)\b/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(seg)) !== null) {
    const prev = m[1]!;
    const word = m[2]!;
    const at = m.index + prev.length + 1;
    re.lastIndex = at;
    // The drug's name can open the next sentence when the heading itself began with it ("LDN may help X LDN improved Y").
    const drugOpener = /^(?:LDN|Naltrexone|Low)$/.test(word) && /^\s*(?:LDN|Low[- ]dose naltrexone|Naltrexone)\b/i.test(seg);
    if (!GLUED_OPENERS.has(word) && !drugOpener) continue;
    if (NOT_BEFORE_GLUED.has(prev.toLowerCase())) continue;
    // The part before must read like a short heading: 3-14 words, no sentence punctuation.
    const head = seg.slice(0, m.index + prev.length);
    if (/[,;:.!?]\s/.test(head)) continue;
    const words = head.trim().split(/\s+/).length;
    if (words < 3 || words > 14) continue;
    points.push(start + at);
  }
  return points;
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const block of lineBlocks(text)) {
    const cuts = [...splitPoints(text, block.start, block.end)];
    const bounds = [block.start, ...cuts, block.end];
    const pieces: Span[] = [];
    for (let i = 0; i + 1 < bounds.length; i++) {
      const s = bounds[i]!;
      const e = bounds[i + 1]!;
      const glued = gluedPoints(text, s, e);
      const sub = [s, ...glued, e];
      for (let k = 0; k + 1 < sub.length; k++) pieces.push({ start: sub[k]!, end: sub[k + 1]! });
    }
    const ownLine = block.ownLine && pieces.length === 1;
    for (const p of pieces) {
      const span = trimSpan(text, p.start, p.end);
      if (!span) continue;
      out.push({ start: span.start, end: span.end, text: text.slice(span.start, span.end), paragraph: block.paragraph, ownLine });
    }
  }
  return out;
}
