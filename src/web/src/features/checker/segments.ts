/**
 * Splits the checked text into plain runs and claim runs, so the page can render
 * the article as React text nodes (never as HTML) with each claim marked.
 * Claims come from the API in text order and never overlap (one per sentence);
 * anything out of range or overlapping is skipped rather than trusted.
 */
export interface ClaimSpan {
  readonly start: number;
  readonly end: number;
}

export type Segment<C extends ClaimSpan> =
  | { readonly kind: 'text'; readonly text: string; readonly start: number }
  | { readonly kind: 'claim'; readonly text: string; readonly start: number; readonly claim: C; readonly index: number };

export function segmentsOf<C extends ClaimSpan>(text: string, claims: readonly C[]): Segment<C>[] {
  const out: Segment<C>[] = [];
  let at = 0;
  claims.forEach((claim, index) => {
    const { start, end } = claim;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < at || end <= start || end > text.length) return;
    if (start > at) out.push({ kind: 'text', text: text.slice(at, start), start: at });
    out.push({ kind: 'claim', text: text.slice(start, end), start, claim, index });
    at = end;
  });
  if (at < text.length) out.push({ kind: 'text', text: text.slice(at), start: at });
  return out;
}

export type ArticleFormatChoice = 'txt' | 'md' | 'html';

/** The format a chosen file is read as, from its name; null when the page does not read that kind of file. */
export function formatOfFileName(name: string): ArticleFormatChoice | null {
  const lower = name.toLowerCase();
  if (/\.(?:html?|xhtml)$/.test(lower)) return 'html';
  if (/\.(?:md|markdown)$/.test(lower)) return 'md';
  if (/\.(?:txt|text)$/.test(lower)) return 'txt';
  return null;
}

/** The server's own limit on the request body (CHECK_CLAIMS_BODY_LIMIT); larger files are refused before upload. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;
