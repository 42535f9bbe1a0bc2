import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/errors.js';
import { htmlToText, MAX_HTML_DEPTH } from './html.js';
import { assertCheckableText, countWords, formatFromFileName, MAX_WORDS, prepareArticle } from './input.js';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) {
      expect(e.field).toBe('text');
      return e.code;
    }
    throw e;
  }
  return undefined;
}

describe('article input guards', () => {
  it('refuses empty and blank text', () => {
    expect(codeOf(() => prepareArticle(''))).toBe('LDN_CHECK_EMPTY_TEXT');
    expect(codeOf(() => prepareArticle(' \n\t '))).toBe('LDN_CHECK_EMPTY_TEXT');
    expect(codeOf(() => assertCheckableText(''))).toBe('LDN_CHECK_EMPTY_TEXT');
  });

  it('refuses HTML that reduces to nothing', () => {
    expect(codeOf(() => prepareArticle('<script>alert(1)</script><style>p{}</style>', 'html'))).toBe('LDN_CHECK_EMPTY_TEXT');
  });

  it('refuses binary data: NUL bytes, dense control characters, undecodable bytes', () => {
    expect(codeOf(() => prepareArticle('LDN helps\u0000 everyone'))).toBe('LDN_CHECK_BINARY');
    const controls = Array.from({ length: 400 }, (_, i) => String.fromCharCode(1 + (i % 8)) + 'ab').join('');
    expect(codeOf(() => prepareArticle(controls))).toBe('LDN_CHECK_BINARY');
    const garbled = 'LDN \ufffd\ufffd works \ufffd'.repeat(50);
    expect(codeOf(() => prepareArticle(garbled))).toBe('LDN_CHECK_BINARY');
    // Decoding a PNG header as UTF-8 gives replacement characters and NULs.
    const png = new TextDecoder().decode(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    expect(codeOf(() => prepareArticle(png))).toBe('LDN_CHECK_BINARY');
  });

  it('accepts a stray control character or a few mis-encoded characters', () => {
    const text = `LDN is said to help.\u0007 Caf\ufffd owners agree. ${'Plain words follow here. '.repeat(20)}`;
    expect(prepareArticle(text)).toBe(text);
  });

  it('refuses more than 50,000 words, counted after HTML reduction', () => {
    const words = 'word '.repeat(MAX_WORDS + 1);
    expect(codeOf(() => prepareArticle(words))).toBe('LDN_CHECK_TOO_LARGE');
    expect(codeOf(() => prepareArticle(`<p>${words}</p>`, 'html'))).toBe('LDN_CHECK_TOO_LARGE');
    expect(codeOf(() => prepareArticle('word '.repeat(MAX_WORDS)))).toBeUndefined();
  });

  it('counts words and stops early past the limit', () => {
    expect(countWords('  one two\nthree  ')).toBe(3);
    expect(countWords('a b c d e', 3)).toBe(3);
  });

  it('keeps plain text and Markdown exactly, apart from a byte-order mark', () => {
    expect(prepareArticle('\ufeffLDN *may* help.', 'markdown')).toBe('LDN *may* help.');
    expect(prepareArticle('Line one.\r\nLine two.')).toBe('Line one.\r\nLine two.');
  });

  it('picks the format from the file name', () => {
    expect(formatFromFileName('a.HTML')).toBe('html');
    expect(formatFromFileName('notes.md')).toBe('markdown');
    expect(formatFromFileName('seed.txt')).toBe('text');
    expect(formatFromFileName('noext')).toBe('text');
  });
});

describe('htmlToText', () => {
  it('drops script, style, noscript, template and iframe content and never outputs a tag', () => {
    const html = `<html><head><title>T</title><script>alert("x")</script></head><body>
      <p>LDN may help.</p><script type="module">import x from "y"; document.body.innerHTML = "<b>pwn</b>"</script>
      <noscript><p>enable js</p></noscript><template><p>hidden template</p></template>
      <iframe src="https://evil.example"><p>frame text</p></iframe><style>p { color: red }</style>
      <p>After &lt;script&gt;alert(2)&lt;/script&gt; text.</p><SCRIPT>alert(3)</SCRIPT><img src=x onerror="alert(4)"></body></html>`;
    const text = htmlToText(html);
    expect(text).toContain('LDN may help.');
    expect(text).toContain('After');
    expect(text).toContain('text.');
    // Escaped markup is page text: its tags are removed, its words stay (they were visible to readers).
    expect(text).toContain('alert(2)');
    for (const banned of [
      'alert("x")',
      'alert(3)',
      'alert(4)',
      'import x',
      'pwn',
      'enable js',
      'hidden template',
      'frame text',
      'color: red',
      'onerror',
      '<script',
      '<',
      '>',
    ]) {
      expect(text).not.toContain(banned);
    }
  });

  it('decodes entities and turns block elements into line breaks', () => {
    const text = htmlToText(
      '<h1>Title &amp; more</h1><p>First&nbsp;para &#8211; &quot;quoted&quot;.</p><ul><li>one</li><li>two</li></ul><p>a<br>b</p>',
    );
    expect(text).toBe('Title & more\n\nFirst para – "quoted".\n\none\ntwo\n\na\nb');
  });

  it('collapses whitespace inside paragraphs as a browser would', () => {
    expect(htmlToText('<p>LDN\n   is\t\ttaken   at night.</p>')).toBe('LDN is taken at night.');
  });

  it('refuses nesting deeper than the limit', () => {
    const bomb = '<div>'.repeat(MAX_HTML_DEPTH + 1) + 'x' + '</div>'.repeat(MAX_HTML_DEPTH + 1);
    expect(codeOf(() => htmlToText(bomb))).toBe('LDN_CHECK_HTML_TOO_COMPLEX');
    const fine = '<div>'.repeat(50) + 'x' + '</div>'.repeat(50);
    expect(htmlToText(fine)).toBe('x');
  });

  it('refuses pages with too many elements or character references', () => {
    expect(codeOf(() => htmlToText('<b></b>'.repeat(200_001)))).toBe('LDN_CHECK_HTML_TOO_COMPLEX');
    expect(codeOf(() => htmlToText('&amp;'.repeat(200_001)))).toBe('LDN_CHECK_HTML_TOO_COMPLEX');
    // Unclosed inline tags nest; void elements do not.
    expect(codeOf(() => htmlToText('<span>'.repeat(300)))).toBe('LDN_CHECK_HTML_TOO_COMPLEX');
    expect(htmlToText('<br>'.repeat(1000) + 'ok')).toBe('ok');
  });
});
