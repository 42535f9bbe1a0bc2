import { useId, useState } from 'react';
import { api, ApiError } from '../../api/client.js';
import { FieldError, FormError } from '../../components/form/FieldError.js';
import { TextField } from '../../components/form/TextField.js';
import { useFormErrors } from '../../components/form/useFormErrors.js';
import { DEFAULT_CHOICES, keyForLabel } from './scaleHints.js';
import type { ScaleChoice } from './types.js';

/** Pick which 0-10 measures to rate each day: the defaults, plus any of your own. */
export function ScalePicker({ chosen, onSaved }: { chosen: readonly ScaleChoice[]; onSaved(): void }): React.JSX.Element {
  const errors = useFormErrors();
  const formId = useId();
  const [selected, setSelected] = useState<readonly ScaleChoice[]>(chosen);
  const [newLabel, setNewLabel] = useState('');
  const [done, setDone] = useState('');
  const options = [...DEFAULT_CHOICES, ...selected.filter((s) => !DEFAULT_CHOICES.some((d) => d.key === s.key))];
  const isOn = (key: string): boolean => selected.some((s) => s.key === key);

  function toggle(choice: ScaleChoice, on: boolean): void {
    setSelected(on ? [...selected, choice] : selected.filter((s) => s.key !== choice.key));
  }

  function addOwn(): void {
    const label = newLabel.trim();
    const key = keyForLabel(label);
    if (!label || !key) {
      errors.report(new ApiError(400, 'LDN_VALIDATION_FAILED', 'Type a name for the measure, using letters or numbers.', 'newScale'));
      return;
    }
    if (!isOn(key)) setSelected([...selected, { key, label }]);
    setNewLabel('');
    errors.clear();
  }

  async function save(e: React.FormEvent): Promise<void> {
    e.preventDefault();
    errors.clear();
    if (selected.length === 0) {
      // The API reads an empty choice as "back to the defaults", which would surprise; ask for one instead.
      errors.report(new ApiError(400, 'LDN_VALIDATION_FAILED', 'Choose at least one measure to rate.', 'scales'));
      return;
    }
    try {
      await api.put('/api/journal/scales', { scales: selected });
      setDone(`Saved: you will rate ${selected.length} measure${selected.length === 1 ? '' : 's'}.`);
      onSaved();
    } catch (caught) {
      errors.report(caught);
    }
  }

  return (
    <details className="scale-picker" id="choose-scales">
      <summary>Choose what to rate</summary>
      <form ref={errors.formRef} onSubmit={(e) => void save(e)} noValidate>
        <FormError message={errors.formError} />
        <fieldset data-field="scales">
          <legend>Measures to rate each day</legend>
          <FieldError id={`${formId}-scales-error`} message={errors.errorFor('scales')} />
          <ul className="check-list">
            {options.map((o) => (
              <li key={o.key}>
                <label className="check-row">
                  <input type="checkbox" checked={isOn(o.key)} onChange={(e) => toggle(o, e.target.checked)} />
                  {o.label}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <div className="inline-add">
          <TextField
            label="Add your own measure"
            field="newScale"
            hint="For example: joint stiffness, itch, anxiety."
            maxLength={60}
            value={newLabel}
            onValue={setNewLabel}
            error={errors.errorFor('newScale')}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                addOwn();
              }
            }}
          />
          <button type="button" onClick={addOwn}>
            Add
          </button>
        </div>
        <button type="submit" className="primary">
          Save measures
        </button>
        <p role="status">{done}</p>
      </form>
    </details>
  );
}
