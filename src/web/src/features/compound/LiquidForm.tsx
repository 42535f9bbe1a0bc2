import type { LiquidResultResponse } from '../../../../contracts/therapy.js';
import { TextField } from '../../components/form/TextField.js';
import { liquidRequest, SYRINGE_STEPS_ML, type LiquidFields, type LiquidRequest, type StrengthBy } from './compound-form.js';
import { SelectField } from '../../components/form/SelectField.js';
import { CalculatorForm } from './CalculatorForm.js';
import { useCompute } from './useCompute.js';

const STRENGTH_BY: readonly { value: StrengthBy; label: string }[] = [
  { value: 'water', label: 'The water for one tablet' },
  { value: 'target', label: 'The mg per mL wanted' },
];

const SYRINGE_OPTIONS = SYRINGE_STEPS_ML.map((ml) => ({ value: ml, label: `${ml} mL` }));

export function LiquidForm({
  fields,
  onFields,
  onResult,
}: {
  fields: LiquidFields;
  onFields(fields: LiquidFields): void;
  onResult(result: LiquidResultResponse): void;
}): React.JSX.Element {
  const compute = useCompute<LiquidRequest, LiquidResultResponse>('/api/therapy/compound/liquid', onResult);
  const set = (over: Partial<LiquidFields>): void => onFields({ ...fields, ...over });
  const text = (key: 'tabletMg' | 'waterMl' | 'targetConcentrationMgPerMl' | 'doseMg' | 'days') =>
    compute.numberField(fields, onFields, key);

  return (
    <CalculatorForm label="Liquid from tablets" compute={compute} request={() => liquidRequest(fields)}>
      <TextField label="Strength of one tablet (mg)" hint="As printed on the pack." {...text('tabletMg')} />
      <fieldset>
        <legend>Set the liquid’s strength by</legend>
        {STRENGTH_BY.map((s) => (
          <label key={s.value} className="choice">
            <input
              type="radio"
              name="strength-by"
              value={s.value}
              checked={fields.strengthBy === s.value}
              onChange={() => set({ strengthBy: s.value })}
            />{' '}
            {s.label}
          </label>
        ))}
      </fieldset>
      {fields.strengthBy === 'water' ? (
        <TextField label="Water for one tablet (mL)" {...text('waterMl')} />
      ) : (
        <TextField
          label="Strength wanted (mg per mL)"
          hint="The water for one tablet is worked out from it."
          {...text('targetConcentrationMgPerMl')}
        />
      )}
      <TextField label="Dose (mg)" hint="The dose your prescriber set." {...text('doseMg')} />
      <TextField label="Days of supply" {...text('days')} />
      <SelectField
        label="Oral syringe marked every"
        field="syringeStepMl"
        hint="Each dose is rounded to the nearest mark."
        value={fields.syringeStepMl}
        options={SYRINGE_OPTIONS}
        onValue={(v) => set({ syringeStepMl: v })}
        error={compute.errors.errorFor('syringeStepMl')}
      />
      <label className="choice">
        <input type="checkbox" data-field="preserved" checked={fields.preserved} onChange={(e) => set({ preserved: e.target.checked })} />{' '}
        <span>
          The pharmacy adds a preservative <span className="hint-inline">(the storage advice depends on it)</span>
        </span>
      </label>
    </CalculatorForm>
  );
}
