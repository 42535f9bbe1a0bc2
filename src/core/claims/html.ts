/**
 * HTML to plain text, safely: a streaming tokeniser (htmlparser2, no DOM, no
 * script engine), so nothing in the page is ever executed or fetched.
 * - script, style, noscript, template, iframe, object, svg, math, head... are dropped with their content;
 * - entities are decoded; whitespace collapses as a browser would; block
 *   elements end lines, paragraphs and headings leave a blank line;
 * - anything in the decoded text that still looks like a tag (double-encoded
 *   markup such as `&lt;script&gt;`) is removed, so no tag survives;
 * - pages nested deeper than MAX_HTML_DEPTH or with more than MAX_HTML_NODES
 *   elements or entities are refused (LDN_CHECK_HTML_TOO_COMPLEX).
 */
import { Parser } from 'htmlparser2';
import { DomainError } from '../shared/errors.js';

export const MAX_HTML_DEPTH = 256;
export const MAX_HTML_NODES = 200_000;

const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'head',
  'textarea',
  'select',
  'canvas',
  'video',
  'audio',
  'frameset',
  'noembed',
  'noframes',
]);
/** Elements that stand as their own paragraph. */
const PARAGRAPH = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'aside',
  'nav',
  'figure',
  'table',
  'ul',
  'ol',
  'dl',
  'pre',
  'address',
  'form',
  'fieldset',
  'details',
  'hr',
]);
/** Elements that end a line. */
const LINE = new Set(['br', 'div', 'li', 'tr', 'dt', 'dd', 'figcaption', 'caption', 'summary', 'legend', 'option']);
const CELL = new Set(['td', 'th']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

const TAG_LIKE = /<\/?[A-Za-z!?][^<>]*>/g;
/** Break markers (private-use characters, removed by tidy): a run of breaks is a paragraph break if any of them is. */
const PARA = '\uE000';
const LINE_BREAK = '\uE001';

function tooComplex(message: string): DomainError {
  return new DomainError('LDN_CHECK_HTML_TOO_COMPLEX', message, { field: 'text' });
}

/** Reduces an HTML document or fragment to readable plain text. */
export function htmlToText(html: string): string {
  let entities = 0;
  for (let i = html.indexOf('&'); i !== -1; i = html.indexOf('&', i + 1)) {
    if (++entities > MAX_HTML_NODES) throw tooComplex(`The HTML has more than ${MAX_HTML_NODES} character references.`);
  }
  const out: string[] = [];
  let depth = 0;
  let elements = 0;
  let skipDepth = 0;
  let preDepth = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        elements++;
        if (elements > MAX_HTML_NODES) throw tooComplex(`The HTML has more than ${MAX_HTML_NODES} elements.`);
        if (!VOID.has(name)) {
          depth++;
          if (depth > MAX_HTML_DEPTH) throw tooComplex(`The HTML is nested more than ${MAX_HTML_DEPTH} levels deep.`);
        }
        if (SKIP.has(name)) {
          if (!VOID.has(name)) skipDepth++;
          return;
        }
        if (skipDepth > 0) return;
        if (name === 'pre') preDepth++;
        if (PARAGRAPH.has(name)) out.push(PARA);
        else if (LINE.has(name)) out.push(LINE_BREAK);
        else if (CELL.has(name)) out.push(' ');
      },
      ontext(data) {
        if (skipDepth > 0) return;
        out.push(preDepth > 0 ? data.replace(/\r\n?/g, '\n') : data.replace(/[ \t\n\r\f]+/g, ' '));
      },
      onclosetag(name) {
        if (!VOID.has(name)) depth = Math.max(0, depth - 1);
        if (SKIP.has(name)) {
          if (!VOID.has(name)) skipDepth = Math.max(0, skipDepth - 1);
          return;
        }
        if (skipDepth > 0) return;
        if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
        if (PARAGRAPH.has(name)) out.push(PARA);
        else if (LINE.has(name) && name !== 'br') out.push(LINE_BREAK);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return tidy(out.join(''));
}

/** Collapses the spaces and breaks left by the element structure. */
function tidy(text: string): string {
  return text
    .replace(/[ \t]*[\uE000\uE001][\s\uE000\uE001]*/g, (run) => (run.includes(PARA) ? '\n\n' : '\n'))
    .replace(TAG_LIKE, ' ')
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
