import { useEffect, useState } from 'react';
import { api, ApiError } from '../../api/client.js';
import { FormError } from '../../components/form/FieldError.js';
import { SelectField } from '../../components/form/SelectField.js';
import { TextField } from '../../components/form/TextField.js';
import { useFormErrors } from '../../components/form/useFormErrors.js';
import type { PlanResponse, ProtocolListResponse } from '../../../../contracts/therapy.js';
import { checkChoices, planRequest, type Choices, type CustomNumbers, type FormKind } from './planner-machine.js';
import { SourceList } from './SourceList.js';

const FORMS: readonly { kind: FormKind; label: string; hint: string }[] = [
  { kind: 'mg', label: 'Doses in mg', hint: 'capsules or tablets made up by a pharmacy for each step' },
  { kind: 'liquid', label: 'Liquid', hint: 'each dose also in mL, rounded to the syringe marks' },
  { kind: 'capsule', label: 'Capsules', hint: 'one capsule of each step’s dose' },
];

const CUSTOM_FIELDS: readonly { key: keyof CustomNumbers; label: string; hint?: string }[] = [
  { key: 'startMg', label: 'First dose (mg)' },
  { key: 'stepMg', label: 'Added at each step (mg)' },
  { key: 'intervalDays', label: 'Days between steps' },
  { key: 'targetMg', label: 'Dose to reach (mg)' },
  { key: 'maxMg', label: 'Highest dose allowed (mg)', hint: 'As agreed with your prescriber.' },
];

export function ProtocolStep({
  choices,
  onChoose,
  onPlanned,
}: {
  choices: Choices;
  onChoose(choices: Partial<Choices>): void;
  onPlanned(plan: PlanResponse): void;
}): React.JSX.Element {
  const errors = useFormErrors();
  const [protocols, setProtocols] = useState<ProtocolListResponse | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    api.get<ProtocolListResponse>('/api/therapy/protocols').then(
      (list) => live && setProtocols(list),
      (caught: unknown) => live && setLoadError(caught instanceof Error ? caught.message : 'Could not load the protocols.'),
    );
    return () => {
      live = false;
    };
  }, []);

  async function submit(): Promise<void> {
    errors.clear();
    const problem = checkChoices(choices);
    if (problem) {
      errors.report(new ApiError(400, 'LDN_VALIDATION_FAILED', problem.message, problem.field));
      return;
    }
    setBusy(true);
    try {
      onPlanned(await api.post<PlanResponse>('/api/therapy/plan', planRequest(choices)));
    } catch (caught) {
      errors.report(caught);
    } finally {
      setBusy(false);
    }
  }

  if (loadError) return <p role="alert">The protocols could not be loaded: {loadError}</p>;
  if (!protocols) return <p role="status">Loading the protocols…</p>;
  const schedulable = protocols.protocols.filter((p) => p.schedulable);
  const chosen = schedulable.find((p) => p.id === choices.protocolId);
  const setCustom = (key: keyof CustomNumbers, value: string): void => onChoose({ custom: { ...choices.custom, [key]: value } });

  return (
    <form
      ref={errors.formRef}
      className="stack-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <FormError message={errors.formError} />
      <SelectField
        label="Protocol"
        field="protocolId"
        value={choices.protocolId}
        options={schedulable.map((p) => ({ value: p.id, label: p.name }))}
        onValue={(protocolId) => onChoose({ protocolId })}
        description={chosen ? <ProtocolAbout protocol={chosen} /> : null}
        error={errors.errorFor('protocolId')}
      />

      {choices.protocolId === 'custom' ? (
        <fieldset>
          <legend>Your prescriber’s numbers</legend>
          {CUSTOM_FIELDS.map((f) => (
            <TextField
              key={f.key}
              label={f.label}
              field={`custom.${f.key}`}
              hint={f.hint}
              inputMode={f.key === 'intervalDays' ? 'numeric' : 'decimal'}
              autoComplete="off"
              value={choices.custom[f.key]}
              onValue={(v) => setCustom(f.key, v)}
              error={errors.errorFor(`custom.${f.key}`)}
            />
          ))}
        </fieldset>
      ) : null}

      <fieldset data-field="form.kind">
        <legend>Form</legend>
        {FORMS.map((f) => (
          <label key={f.kind} className="choice">
            <input type="radio" name="form" value={f.kind} checked={choices.form === f.kind} onChange={() => onChoose({ form: f.kind })} />{' '}
            {f.label} <span className="hint-inline">({f.hint})</span>
          </label>
        ))}
      </fieldset>
      {choices.form === 'liquid' ? (
        <TextField
          label="Strength of the liquid (mg per mL)"
          field="form.concentrationMgPerMl"
          hint="On the pharmacy label; 1 mg/mL is common."
          inputMode="decimal"
          autoComplete="off"
          value={choices.concentration}
          onValue={(v) => onChoose({ concentration: v })}
          error={errors.errorFor('form.concentrationMgPerMl')}
        />
      ) : null}
      <TextField
        label="First day"
        field="startDate"
        type="date"
        value={choices.startDate}
        onValue={(v) => onChoose({ startDate: v })}
        error={errors.errorFor('startDate')}
      />
      <button type="submit" className="primary" disabled={busy}>
        {busy ? 'Working out the schedule…' : 'Make the schedule'}
      </button>
    </form>
  );
}

/** What the chosen protocol is, how well it is supported, and its sources: the protocol select's description. */
function ProtocolAbout({ protocol }: { protocol: ProtocolListResponse['protocols'][number] }): React.JSX.Element {
  return (
    <>
      <p>{protocol.description}</p>
      {protocol.setting === 'supervised' ? (
        <p className="warning-text">
          <span aria-hidden="true">⚠ </span>This regimen has only been used under clinical supervision in a trial.
        </p>
      ) : null}
      <ul>
        {protocol.notes.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
      <SourceList sources={protocol.sources} collapsed />
    </>
  );
}
