/**
 * Numbers quoted in a claim, with their unit: percentages, doses, counts of
 * people, durations, money and fractions ("two-thirds", "nearly a quarter",
 * "2/3 of", "one in three"). A fraction of a group is a share, given in
 * percent, never a count of people. Offsets are relative to the string given.
 */

export type NumberUnit = 'percent' | 'mg' | 'mcg' | 'people' | 'days' | 'weeks' | 'months' | 'years' | 'usd' | 'p-value' | 'count';

export interface QuotedNumber {
  readonly value: number;
  readonly unit: NumberUnit;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const WORD_NUMBERS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
  dozen: 12,
};
/** Numerators of fractions in words ("a third", "two-thirds", "three quarters"): "a" and the word numbers below ten. */
const NUMERATORS: Readonly<Record<string, number>> = {
  a: 1,
  ...Object.fromEntries(Object.entries(WORD_NUMBERS).filter(([, n]) => n < 10)),
};
/** Denominators in words, singular and plural. All but "half" and "quarter" are also ordinals ("a third trial"). */
const DENOMINATORS: Readonly<Record<string, number>> = {
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fourth: 4,
  fourths: 4,
  fifth: 5,
  fifths: 5,
  tenth: 10,
  tenths: 10,
};
const QUALIFIER = '(?:nearly |almost |about |over |more than )?';

/** A share in percent to one decimal, as articles print it: 1/3 is 33.3, 2/3 is 66.7. */
const share = (numerator: number, denominator: number): number => Math.round((numerator / denominator) * 1000) / 10;

const PEOPLE =
  '(?:patients?|people|persons?|participants?|subjects?|women|men|children|adults|adolescents|volunteers|cases|individuals|users|members)';
const NUM = '(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)';
const WORDNUM = `(${Object.keys(WORD_NUMBERS).join('|')})`;

const RULES: { re: RegExp; unit: NumberUnit | ((m: RegExpExecArray) => NumberUnit); group?: number }[] = [
  { re: new RegExp(`[Pp]\\s?[=<]\\s?(0?\\.\\d+)`, 'g'), unit: 'p-value' },
  { re: new RegExp(`[$]\\s?${NUM}`, 'g'), unit: 'usd' },
  { re: new RegExp(`${NUM}\\s?(?:%|percent\\b|per cent\\b)`, 'gi'), unit: 'percent' },
  { re: new RegExp(`${NUM}\\s?(?:mg|milligrams?)\\b`, 'gi'), unit: 'mg' },
  { re: new RegExp(`${NUM}\\s?(?:mcg|µg|micrograms?)\\b`, 'gi'), unit: 'mcg' },
  // Not the "3" of "2/3 patients" or of "1.3 patients": a count starts a number.
  { re: new RegExp(`(?<![\\d/.,])${NUM}\\s+(?:[a-z-]+\\s+){0,3}?${PEOPLE}\\b`, 'gi'), unit: 'people' },
  { re: new RegExp(`\\b${WORDNUM}\\s+(?:[a-z-]+\\s+){0,3}?${PEOPLE}\\b`, 'gi'), unit: 'people' },
  {
    re: new RegExp(`${NUM}[\\s-]+(days?|weeks?|months?|years?)\\b`, 'gi'),
    unit: (m) => {
      const u = m[2]!.toLowerCase().replace(/s$/, '');
      return `${u}s` as NumberUnit;
    },
  },
];

function parse(raw: string): number {
  const lower = raw.toLowerCase();
  if (lower in WORD_NUMBERS) return WORD_NUMBERS[lower]!;
  return Number(raw.replace(/,/g, ''));
}

const WORD_FRACTION = new RegExp(
  `\\b${QUALIFIER}(?:(${Object.keys(NUMERATORS).join('|')})[\\s-]+)?(${Object.keys(DENOMINATORS).join('|')})\\b(?!-)`,
  'gi',
);
// "2/3 of", not "Percocet 5/325" or a date: only with "of" after it and nothing numeric around it.
const DIGIT_FRACTION = new RegExp(`(?<![\\d/.,])\\b${QUALIFIER}(\\d{1,3})\\s?/\\s?(\\d{1,3})(?![\\d/.,%])(?=\\s+of\\b)`, 'gi');
// "one in three patients", "nine in ten" are rates; "1 out of 17 patients" is left alone, since 17 is then the group's size.
// "one in two hundred" is 1/200, not 1/2: a following hundred/thousand/million multiplies the denominator.
const ONE_IN = new RegExp(
  `\\b${QUALIFIER}(${Object.keys(NUMERATORS)
    .filter((w) => w !== 'a')
    .join('|')}|1) in (${Object.keys(WORD_NUMBERS).join('|')}|\\d{1,4})\\b(?![.,]\\d)(?:\\s+(hundred|thousand|million)\\b)?`,
  'gi',
);
const MULTIPLIERS: Readonly<Record<string, number>> = { hundred: 100, thousand: 1000, million: 1_000_000 };

const OF = /\s+of\b/iy;
const OF_OR_THE = /\s+(?:of|the)\b/iy;
const followedBy = (sticky: RegExp, text: string, at: number): boolean => {
  sticky.lastIndex = at;
  return sticky.test(text);
};

/**
 * Fractions, read before counts so that "two thirds of the patients" is 66.7 percent and not two people.
 * "a third", "a fifth" need "of" after them, being ordinals too ("a third of them", not "a third trial"); "half"
 * needs "of" or "the"; a bare "third" or "quarters" is not a fraction.
 */
function fractionsIn(text: string): QuotedNumber[] {
  const out: QuotedNumber[] = [];
  const push = (m: RegExpExecArray, value: number): void => {
    out.push({ value, unit: 'percent', text: m[0], start: m.index, end: m.index + m[0].length });
  };
  for (const m of text.matchAll(WORD_FRACTION)) {
    const numWord = m[1]?.toLowerCase();
    const denWord = m[2]!.toLowerCase();
    const numerator = numWord === undefined ? 1 : NUMERATORS[numWord]!;
    const denominator = DENOMINATORS[denWord]!;
    const end = m.index + m[0].length;
    if (numerator >= denominator || denWord.endsWith('s') !== numerator > 1) continue;
    if (denominator === 2) {
      if (!followedBy(OF_OR_THE, text, end)) continue;
    } else if (numWord === undefined) continue;
    else if (numWord === 'a' && denWord !== 'quarter' && !followedBy(OF, text, end)) continue;
    push(m, share(numerator, denominator));
  }
  for (const m of text.matchAll(DIGIT_FRACTION)) {
    const numerator = Number(m[1]);
    const denominator = Number(m[2]);
    if (numerator > 0 && numerator < denominator) push(m, share(numerator, denominator));
  }
  for (const m of text.matchAll(ONE_IN)) {
    const num = m[1]!.toLowerCase();
    const numerator = num === '1' ? 1 : NUMERATORS[num]!;
    const raw = m[2]!.toLowerCase();
    const base = raw in WORD_NUMBERS ? WORD_NUMBERS[raw]! : Number(raw);
    const denominator = base * (m[3] === undefined ? 1 : MULTIPLIERS[m[3].toLowerCase()]!);
    // "nine in 2019" is no rate: a numerator other than one needs a denominator that is not a year.
    if (numerator > 1 && /^(?:19|20)\d\d$/.test(raw)) continue;
    // Rare events ("one in ten thousand") keep their size: four decimals, not the one decimal of `share`.
    if (denominator <= numerator) continue;
    const value = share(numerator, denominator);
    push(m, value >= 0.1 ? value : Math.round((numerator / denominator) * 1_000_000) / 10_000);
  }
  return out;
}

export function extractNumbers(text: string): QuotedNumber[] {
  const out: QuotedNumber[] = [];
  // One flag per character already read as a number: checking a match costs its length, not the count so far.
  const covered = new Uint8Array(text.length);
  const free = (s: number, e: number): boolean => covered.subarray(s, e).every((c) => c === 0);
  const take = (s: number, e: number): void => void covered.fill(1, s, e);
  for (const f of fractionsIn(text)) {
    if (!free(f.start, f.end)) continue;
    out.push(f);
    take(f.start, f.end);
  }
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.re.exec(text)) !== null) {
      const start = m.index;
      const end = m.index + m[0].length;
      if (!free(start, end)) continue;
      const value = parse(m[1]!);
      if (!Number.isFinite(value)) continue;
      const unit = typeof rule.unit === 'function' ? rule.unit(m) : rule.unit;
      out.push({ value, unit, text: m[0], start, end });
      take(start, end);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
