/**
 * Guards on the article text before any analysis: empty, binary, or too long.
 * Plain text and Markdown are never rewritten (claim offsets point into the
 * exact string given, apart from a leading byte-order mark, which is removed);
 * HTML is first reduced to text by `htmlToText`.
 */
import { DomainError } from '../shared/errors.js';
import { htmlToText } from './html.js';

export const MAX_WORDS = 50_000;
/** A 50,000-word article is about 350,000 characters; ten times that is never prose. */
export const MAX_CHARS = 3_500_000;

export type ArticleFormat = 'text' | 'markdown' | 'html';

/** Picks the format from a file name; unknown extensions are read as plain text. */
export function formatFromFileName(name: string): ArticleFormat {
  const lower = name.toLowerCase();
  if (lower.endsWith('.html') || lower.endsWith('.htm') || lower.endsWith('.xhtml')) return 'html';
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return 'markdown';
  return 'text';
}

function isControl(code: number): boolean {
  // Tab, line feed, form feed and carriage return are ordinary in text.
  if (code === 9 || code === 10 || code === 12 || code === 13) return false;
  return code < 32 || (code >= 0x7f && code <= 0x9f);
}

/** Throws LDN_CHECK_BINARY when the string is evidently not human text. */
export function assertNotBinary(text: string): void {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  let control = 0;
  let replacement = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code === 0)
      throw new DomainError('LDN_CHECK_BINARY', 'The text contains NUL bytes: it looks like a binary file, not an article.', {
        field: 'text',
      });
    if (isControl(code)) control++;
    else if (code === 0xfffd) replacement++;
  }
  // Ratios chosen so that a stray control character or a few mis-encoded
  // characters pass, while decoded binary (dense in both) does not.
  if (control > 8 && control / sample.length > 0.01) {
    throw new DomainError('LDN_CHECK_BINARY', 'The text is full of control characters: it looks like binary data, not an article.', {
      field: 'text',
    });
  }
  if (replacement > 8 && replacement / sample.length > 0.005) {
    throw new DomainError('LDN_CHECK_BINARY', 'The text is not valid UTF-8 (many undecodable bytes): it looks like binary data.', {
      field: 'text',
    });
  }
}

/** Counts words, stopping early once past the limit. */
export function countWords(text: string, stopAfter = MAX_WORDS + 1): number {
  let n = 0;
  const re = /\S+/g;
  while (re.exec(text) !== null) {
    n++;
    if (n >= stopAfter) break;
  }
  return n;
}

/** Validates analysed text: not empty, not binary, not over MAX_WORDS. */
export function assertCheckableText(text: string): void {
  if (typeof text !== 'string' || text.trim().length === 0) {
    throw new DomainError('LDN_CHECK_EMPTY_TEXT', 'The article text is empty: paste an article or choose a file.', { field: 'text' });
  }
  if (text.length > MAX_CHARS) {
    throw new DomainError('LDN_CHECK_TOO_LARGE', `The article is too long: at most ${MAX_WORDS} words are checked.`, { field: 'text' });
  }
  assertNotBinary(text);
  if (countWords(text) > MAX_WORDS) {
    throw new DomainError('LDN_CHECK_TOO_LARGE', `The article is over ${MAX_WORDS} words: check a shorter piece.`, { field: 'text' });
  }
}

/**
 * Turns an uploaded or pasted article into the text that claims point into.
 * Text and Markdown are kept as given (minus a BOM); HTML is reduced.
 */
export function prepareArticle(raw: string, format: ArticleFormat = 'text'): string {
  if (typeof raw !== 'string' || raw.trim().length === 0) {
    throw new DomainError('LDN_CHECK_EMPTY_TEXT', 'The article text is empty: paste an article or choose a file.', { field: 'text' });
  }
  if (raw.length > MAX_CHARS) {
    throw new DomainError('LDN_CHECK_TOO_LARGE', `The article is too long: at most ${MAX_WORDS} words are checked.`, { field: 'text' });
  }
  assertNotBinary(raw);
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const out = format === 'html' ? htmlToText(text) : text;
  assertCheckableText(out);
  return out;
}
