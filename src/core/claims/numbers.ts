/**
 * Numbers quoted in a claim, with their unit: percentages, doses, counts of
 * people, durations, money and fractions written in words ("two-thirds",
 * "nearly a quarter"). Offsets are relative to the string given.
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
const FRACTIONS: Readonly<Record<string, number>> = {
  half: 50,
  'a third': 33.3,
  'one third': 33.3,
  'one-third': 33.3,
  'two thirds': 66.7,
  'two-thirds': 66.7,
  'a quarter': 25,
  'one quarter': 25,
  'one-quarter': 25,
  'three quarters': 75,
  'three-quarters': 75,
};

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
  { re: new RegExp(`${NUM}\\s+(?:[a-z-]+\\s+){0,3}?${PEOPLE}\\b`, 'gi'), unit: 'people' },
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

export function extractNumbers(text: string): QuotedNumber[] {
  const out: QuotedNumber[] = [];
  const taken: [number, number][] = [];
  const free = (s: number, e: number): boolean => taken.every(([a, b]) => e <= a || s >= b);
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
      taken.push([start, end]);
    }
  }
  const fracRe = new RegExp(`\\b(?:nearly |almost |about |over |more than )?(${Object.keys(FRACTIONS).join('|')})\\b`, 'gi');
  let f: RegExpExecArray | null;
  while ((f = fracRe.exec(text)) !== null) {
    const start = f.index;
    const end = start + f[0].length;
    if (!free(start, end)) continue;
    if (f[1]!.toLowerCase() === 'half' && !/\bhalf (?:of|the)\b/i.test(text.slice(start, end + 8))) continue;
    out.push({ value: FRACTIONS[f[1]!.toLowerCase()]!, unit: 'percent', text: f[0], start, end });
    taken.push([start, end]);
  }
  return out.sort((a, b) => a.start - b.start);
}
