import { ScrollTable } from '../../components/ScrollTable.js';
import { useId, useState } from 'react';
import { api, ApiError } from '../../api/client.js';
import { FieldError, FormError } from '../../components/form/FieldError.js';
import { useFormErrors } from '../../components/form/useFormErrors.js';
import type { ImportResult } from './types.js';

/** CSV in the export's own columns; good rows are saved and each bad row is listed with its line and reason. */
export function ImportForm(): React.JSX.Element {
  const id = useId();
  const errors = useFormErrors();
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [busy, setBusy] = useState(false);
  const fileError = errors.errorFor('file');

  async function submit(e: React.FormEvent): Promise<void> {
    e.preventDefault();
    errors.clear();
    setResult(null);
    if (!file) {
      errors.report(new ApiError(400, 'LDN_VALIDATION_FAILED', 'Choose a CSV file to import.', 'file'));
      return;
    }
    setBusy(true);
    try {
      setResult(await api.post<ImportResult>('/api/journal/import', await file.text(), 'text/csv'));
    } catch (caught) {
      errors.report(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="import">
      <h2 id="import">Import from CSV</h2>
      <p>
        Use the same columns as the CSV export. A day already in your journal is replaced, and its earlier version is kept in its history.
      </p>
      <form ref={errors.formRef} onSubmit={(e) => void submit(e)} noValidate className="stack-form">
        <FormError message={errors.formError} />
        <div className="field">
          <label htmlFor={`${id}-file`}>CSV file</label>
          <FieldError id={`${id}-error`} message={fileError} />
          <input
            id={`${id}-file`}
            type="file"
            accept=".csv,text/csv"
            data-field="file"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={fileError ? `${id}-error` : undefined}
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </div>
        <button type="submit" className="primary" disabled={busy}>
          Import
        </button>
      </form>
      <div role="status">
        {result ? (
          <p>
            Imported {result.imported} day{result.imported === 1 ? '' : 's'}.
            {result.errors.length ? ` ${result.errors.length} row${result.errors.length === 1 ? ' was' : 's were'} not imported:` : ''}
          </p>
        ) : null}
      </div>
      {result && result.errors.length ? (
        <ScrollTable label="Rows not imported">
          <table>
            <caption>Rows not imported</caption>
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Reason</th>
              </tr>
            </thead>
            <tbody>
              {result.errors.map((r) => (
                <tr key={r.line}>
                  <td>{r.line}</td>
                  <td>{r.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      ) : null}
    </section>
  );
}
