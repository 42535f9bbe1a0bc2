/** How the calculator's numbers and verdicts read on the page. Pure, so it is unit tested. */
import type { CapsuleResultResponse } from '../../../../contracts/therapy.js';
import type { Tone } from '../../components/tone.js';

type Filler = CapsuleResultResponse['fillers'][number];
export type Verdict = Filler['verdict'];

/** Each verdict in words and a symbol, so colour is never the only cue; `rank` orders the list. */
export const VERDICTS: Readonly<
  Record<Verdict, { readonly symbol: string; readonly words: string; readonly rank: number; readonly tone: Tone }>
> = {
  preferred: { symbol: '✓', words: 'Preferred', rank: 0, tone: 'ok' },
  acceptable: { symbol: '○', words: 'Acceptable', rank: 1, tone: 'info' },
  avoid: { symbol: '✗', words: 'Avoid', rank: 2, tone: 'bad' },
};

/** Preferred first, then acceptable, then avoid; the API's order within each verdict is kept. */
export function byVerdict<T extends Pick<Filler, 'verdict'>>(fillers: readonly T[]): T[] {
  return [...fillers].sort((a, b) => VERDICTS[a.verdict].rank - VERDICTS[b.verdict].rank);
}

/** A difference with its sign: 0.3 -> "+0.3", -0.2 -> "-0.2", 0 -> "0". */
export function signed(value: number): string {
  if (value === 0) return '0';
  return value > 0 ? `+${String(value)}` : String(value);
}

/** The API's percent text ("6.7", "-4.8", "0.0") with a plus sign when above zero. */
export function signedPercent(text: string): string {
  return Number(text) > 0 ? `+${text}` : text;
}

/** "US$0.50" when the range is one price, else "US$0.50–1.50". */
export function usdRange({ min, max }: { readonly min: string; readonly max: string }): string {
  return min === max ? `US$${min}` : `US$${min}–${max}`;
}
