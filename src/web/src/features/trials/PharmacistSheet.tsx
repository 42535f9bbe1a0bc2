import { useId, useState } from 'react';
import type { PharmacistSheetResponse } from '../../../../contracts/trials.js';
import { api } from '../../api/client.js';
import { FormError } from '../../components/form/FieldError.js';
import { useFormErrors } from '../../components/form/useFormErrors.js';

/**
 * The sealed order for the pharmacist. It is fetched only after the person confirms
 * they are handing it over unread; each release is logged and appears in the report.
 */
export function PharmacistSheet({
  trialId,
  releases,
  onReleased,
}: {
  trialId: string;
  releases: number;
  onReleased(): void;
}): React.JSX.Element {
  const [confirmed, setConfirmed] = useState(false);
  const [sheet, setSheet] = useState<PharmacistSheetResponse | null>(null);
  const errors = useFormErrors();
  const id = useId();

  async function release(): Promise<void> {
    errors.clear();
    try {
      setSheet(await api.post<PharmacistSheetResponse>(`/api/trials/${trialId}/pharmacist-sheet`, { handingToPharmacist: true }));
      onReleased();
    } catch (caught) {
      errors.report(caught);
    }
  }

  return (
    <section aria-labelledby={`${id}-title`} className="pharmacist">
      <h2 id={`${id}-title`}>Pharmacist sheet</h2>
      <p>
        The sheet lists which treatment goes in each period&apos;s pack. It is for the pharmacist: print it and hand it over without reading
        it, or the trial is no longer blind. {releases > 0 ? `It has been opened ${releases} time(s); the report will say so.` : ''}
      </p>
      {sheet ? (
        <div className="sheet print-only-sheet">
          <h3>For the pharmacist only: {sheet.comparison}</h3>
          <ul>
            {sheet.instructions.map((i) => (
              <li key={i}>{i}</li>
            ))}
          </ul>
          <div className="table-scroll" tabIndex={0} role="region" aria-label="Allocation">
            <table>
              <thead>
                <tr>
                  <th scope="col">Period</th>
                  <th scope="col">Dates</th>
                  <th scope="col">Code on the pack</th>
                  <th scope="col">Contents</th>
                </tr>
              </thead>
              <tbody>
                {sheet.periods.map((p) => (
                  <tr key={p.period}>
                    <td>{p.period}</td>
                    <td>
                      {p.start} – {p.end}
                    </td>
                    <td>{p.code}</td>
                    <td>{p.armLabel}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p>
            Seed {sheet.seed} (mulberry32), trial {sheet.trialId}.
          </p>
          <button type="button" onClick={() => window.print()}>
            Print
          </button>{' '}
          <button type="button" onClick={() => setSheet(null)}>
            Hide the sheet
          </button>
        </div>
      ) : (
        <form
          ref={errors.formRef}
          onSubmit={(e) => {
            e.preventDefault();
            void release();
          }}
        >
          <FormError message={errors.formError} />
          <label className="choice">
            <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} /> I am handing this sheet to the
            pharmacist and will not read it
          </label>
          <button type="submit" disabled={!confirmed}>
            Open the pharmacist sheet
          </button>
        </form>
      )}
    </section>
  );
}
