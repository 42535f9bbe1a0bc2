import { useEffect, useId, useRef, useState } from 'react';
import { api, ApiError } from '../../api/client.js';
import { FieldError, FormError } from '../../components/form/FieldError.js';
import { useFormErrors } from '../../components/form/useFormErrors.js';
import type { CheckClaimsResponse } from '../../../../contracts/claims.js';
import { CHECK_VERDICT_WORDS } from '../../../../contracts/claim-words.js';
import { CheckedArticle } from './CheckedArticle.js';
import { CheckSummary } from './CheckSummary.js';
import { formatOfFileName, MAX_FILE_BYTES, type ArticleFormatChoice } from './segments.js';
import './checker.css';

const FORMAT_LABELS: Record<ArticleFormatChoice, string> = { txt: 'Plain text', md: 'Markdown', html: 'HTML (web page source)' };

/** "Check an article": paste or choose a file, then each claim is marked in the text with its verdict. */
export default function CheckerPage(): React.JSX.Element {
  const id = useId();
  const errors = useFormErrors();
  const [text, setText] = useState('');
  const [format, setFormat] = useState<ArticleFormatChoice>('txt');
  const [fileNote, setFileNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<CheckClaimsResponse | null>(null);
  const [open, setOpen] = useState<number | null>(null);
  const resultsRef = useRef<HTMLHeadingElement>(null);
  const textError = errors.errorFor('text');
  const fileError = errors.errorFor('file');

  // A new result moves focus to its heading, so keyboard and screen-reader users start there.
  useEffect(() => {
    if (result) resultsRef.current?.focus();
  }, [result]);

  async function submit(): Promise<void> {
    errors.clear();
    setBusy(true);
    try {
      const checked = await api.post<CheckClaimsResponse>('/api/check-claims', { text, format });
      setOpen(null);
      setResult(checked);
    } catch (caught) {
      errors.report(caught);
    } finally {
      setBusy(false);
    }
  }

  async function choose(file: File | undefined): Promise<void> {
    errors.clear();
    if (!file) return;
    const fileFormat = formatOfFileName(file.name);
    if (fileFormat === null) {
      errors.report(new ApiError(415, 'LDN_UNSUPPORTED_MEDIA', `"${file.name}" is not a .txt, .md or .html file.`, 'file'));
      return;
    }
    if (file.size > MAX_FILE_BYTES) {
      errors.report(new ApiError(413, 'LDN_CHECK_TOO_LARGE', `"${file.name}" is over 4 MB: check a shorter article.`, 'file'));
      return;
    }
    setText(await file.text());
    setFormat(fileFormat);
    setFileNote(`Loaded "${file.name}" as ${FORMAT_LABELS[fileFormat].toLowerCase()}. Check it below, then press "Check the claims".`);
  }

  return (
    <div className="checker">
      <h1 tabIndex={-1}>Check an article</h1>
      <p className="lead no-print">
        Paste an article about low-dose naltrexone, or choose a file. Each health claim in it is marked and set against the evidence atlas:
        the grade of the evidence, the best controlled trial and what it found. Nothing you paste is stored.
      </p>
      <form
        ref={errors.formRef}
        className="stack-form no-print"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <FormError message={errors.formError} />
        <div className="field">
          <label htmlFor={`${id}-file`}>Choose a file (.txt, .md or .html)</label>
          <FieldError id={`${id}-file-error`} message={fileError} />
          <input
            id={`${id}-file`}
            type="file"
            data-field="file"
            accept=".txt,.text,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={fileError ? `${id}-file-error` : undefined}
            onChange={(e) => void choose(e.target.files?.[0])}
          />
          <p className="hint" aria-live="polite">
            {fileNote ?? 'The file is read in your browser and sent only to this site to be checked.'}
          </p>
        </div>
        <div className="field">
          <label htmlFor={id}>Article text</label>
          <p id={`${id}-hint`} className="hint">
            Up to 50,000 words. Web page source can be pasted too: choose &quot;HTML&quot; below and only its text is read.
          </p>
          <FieldError id={`${id}-error`} message={textError} />
          <textarea
            id={id}
            data-field="text"
            rows={10}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setFileNote(null);
            }}
            aria-invalid={textError ? true : undefined}
            aria-describedby={`${id}-hint${textError ? ` ${id}-error` : ''}`}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-format`}>Read it as</label>
          <select id={`${id}-format`} data-field="format" value={format} onChange={(e) => setFormat(e.target.value as ArticleFormatChoice)}>
            {(Object.keys(FORMAT_LABELS) as ArticleFormatChoice[]).map((f) => (
              <option key={f} value={f}>
                {FORMAT_LABELS[f]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Checking…' : 'Check the claims'}
        </button>
      </form>

      {result ? (
        <section aria-labelledby="check-results-title" className="check-results">
          <h2 id="check-results-title" ref={resultsRef} tabIndex={-1}>
            Results
          </h2>
          <CheckSummary result={result} />
          <div className="actions no-print">
            <button type="button" onClick={() => window.print()}>
              Print the results
            </button>
          </div>
          <h3>The article, claim by claim</h3>
          <p className="hint no-print">
            Each claim starts with its verdict in words. Press a verdict (or the sentence) to see why, with the grade, the best controlled
            trial and links into the evidence atlas.
          </p>
          <CheckedArticle result={result} open={open} onToggle={(i) => setOpen((o) => (o === i ? null : i))} />
          <section className="print-only" aria-label="Every claim with its explanation">
            <h3>Every claim, with why</h3>
            <ol>
              {result.claims.map((c, i) => (
                <li key={`${c.start}-${i}`}>
                  <strong>
                    {CHECK_VERDICT_WORDS[c.verdict].symbol} {CHECK_VERDICT_WORDS[c.verdict].words}
                  </strong>
                  : <q>{c.text}</q> {c.explanation}
                </li>
              ))}
            </ol>
          </section>
          <p className="hint">{result.notice}</p>
        </section>
      ) : null}
    </div>
  );
}
