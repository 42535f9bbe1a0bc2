import { TextField } from '../../components/form/TextField.js';
import type { FormErrors } from '../../components/form/useFormErrors.js';
import type { CheckInState } from './entryForm.js';

/**
 * Pharmacy and lot, behind a disclosure: rarely changed, and useful mainly when
 * a new batch seems to act differently. It opens by itself when one of them has an error.
 */
export function DoseMore({
  state,
  onChange,
  errors,
}: {
  state: CheckInState;
  onChange(next: CheckInState): void;
  errors: FormErrors;
}): React.JSX.Element {
  const pharmacyError = errors.errorFor('dose.pharmacy');
  const lotError = errors.errorFor('dose.lot');
  return (
    <details className="more" open={pharmacyError || lotError ? true : undefined}>
      <summary>More: pharmacy and lot</summary>
      <TextField
        label="Pharmacy"
        field="dose.pharmacy"
        maxLength={120}
        value={state.pharmacy}
        onValue={(v) => onChange({ ...state, pharmacy: v })}
        error={pharmacyError}
      />
      <TextField
        label="Lot or batch number"
        field="dose.lot"
        maxLength={60}
        value={state.lot}
        onValue={(v) => onChange({ ...state, lot: v })}
        error={lotError}
      />
    </details>
  );
}
