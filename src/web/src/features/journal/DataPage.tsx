import { ImportForm } from './ImportForm.js';

export function DataPage(): React.JSX.Element {
  return (
    <>
      <h1 tabIndex={-1}>Export and import</h1>
      <section aria-labelledby="export">
        <h2 id="export">Export</h2>
        <p>Your whole journal, to keep, to move to another LDN Atlas, or to share with your clinic.</p>
        <ul className="download-list">
          <li>
            <a href="/api/journal/export.csv" download>
              Download as CSV (spreadsheet)
            </a>
          </li>
          <li>
            <a href="/api/journal/export.fhir.json" download>
              Download as FHIR JSON (for health record systems)
            </a>
          </li>
        </ul>
      </section>
      <ImportForm />
    </>
  );
}
