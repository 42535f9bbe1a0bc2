import { useState } from 'react';
import { useLocation } from 'wouter';
import type { CreateTrialRequest, TrialCreatedResponse } from '../../../../contracts/trials.js';
import { api } from '../../api/client.js';
import { FormError } from '../../components/form/FieldError.js';
import { TextField } from '../../components/form/TextField.js';
import { useFormErrors } from '../../components/form/useFormErrors.js';
import { FieldError } from '../../components/form/FieldError.js';
import { addDaysTo, designFacts } from './design-facts.js';
import { localDay } from '../journal/dates.js';
import type { ScaleChoice } from '../journal/types.js';
import { useApiData } from '../journal/useApiData.js';
import { BlindingExplainer } from './BlindingExplainer.js';

interface WizardState {
  kind: 'placebo' | 'doses';
  aMg: string;
  bMg: string;
  pairs: string;
  periodDays: string;
  washoutDays: string;
  start: string;
  outcome: string;
  mcid: string;
}

/** "" and "abc" both go to the server as they are, so its message (naming the field) is what the person reads. */
const num = (s: string): number | string => (/^\s*-?\d+(\.\d+)?\s*$/.test(s) ? Number(s) : s);

export function toCreateRequest(s: WizardState): CreateTrialRequest {
  return {
    comparison: s.kind === 'placebo' ? { kind: 'placebo' } : { kind: 'doses', aMg: s.aMg, bMg: s.bMg },
    pairs: num(s.pairs) as number,
    periodDays: num(s.periodDays) as number,
    washoutDays: num(s.washoutDays) as number,
    start: s.start,
    primaryOutcome: s.outcome,
    mcid: num(s.mcid) as number,
  };
}

export function TrialWizard(): React.JSX.Element {
  const scales = useApiData<{ scales: ScaleChoice[] }>('/api/journal/scales');
  const errors = useFormErrors();
  const [, navigate] = useLocation();
  const [busy, setBusy] = useState(false);
  const [s, setS] = useState<WizardState>({
    kind: 'placebo',
    aMg: '4.5',
    bMg: '1.5',
    pairs: '6',
    periodDays: '14',
    washoutDays: '3',
    start: addDaysTo(localDay(), 7),
    outcome: 'pain',
    mcid: '1',
  });
  const set = (patch: Partial<WizardState>): void => setS((old) => ({ ...old, ...patch }));
  const facts = designFacts(s.pairs, s.periodDays, s.washoutDays);

  async function submit(): Promise<void> {
    setBusy(true);
    errors.clear();
    try {
      const res = await api.post<TrialCreatedResponse>('/api/trials', toCreateRequest(s));
      navigate(`/${res.trial.id}`, { state: { created: true, warnings: res.warnings.map((w) => w.message) } });
    } catch (caught) {
      errors.report(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <h1 tabIndex={-1}>Design an n-of-1 trial</h1>
      <BlindingExplainer />
      <form
        ref={errors.formRef}
        noValidate
        className="trial-form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <FormError message={errors.formError} />
        <fieldset data-field="comparison">
          <legend>What to compare</legend>
          <label className="choice">
            <input type="radio" name="kind" checked={s.kind === 'placebo'} onChange={() => set({ kind: 'placebo' })} /> LDN against a
            placebo (a look-alike with no naltrexone)
          </label>
          <label className="choice">
            <input type="radio" name="kind" checked={s.kind === 'doses'} onChange={() => set({ kind: 'doses' })} /> One LDN dose against
            another
          </label>
        </fieldset>
        {s.kind === 'doses' ? (
          <div className="field-row">
            <TextField
              label="Dose A (mg)"
              field="comparison.aMg"
              inputMode="decimal"
              value={s.aMg}
              onValue={(v) => set({ aMg: v })}
              error={errors.errorFor('comparison.aMg')}
            />
            <TextField
              label="Dose B (mg)"
              field="comparison.bMg"
              inputMode="decimal"
              value={s.bMg}
              onValue={(v) => set({ bMg: v })}
              error={errors.errorFor('comparison.bMg')}
            />
          </div>
        ) : null}
        <TextField
          label="Pairs of periods"
          field="pairs"
          inputMode="numeric"
          value={s.pairs}
          onValue={(v) => set({ pairs: v })}
          hint="Each pair holds one period of each treatment. At least 3; 6 or more are needed before the test can show a clear difference."
          error={errors.errorFor('pairs')}
        />
        <TextField
          label="Days in each period"
          field="periodDays"
          inputMode="numeric"
          value={s.periodDays}
          onValue={(v) => set({ periodDays: v })}
          error={errors.errorFor('periodDays')}
        />
        <TextField
          label="Washout days at the start of each period"
          field="washoutDays"
          inputMode="numeric"
          value={s.washoutDays}
          onValue={(v) => set({ washoutDays: v })}
          hint="These days are logged but not compared, so the previous period's effect can fade first."
          error={errors.errorFor('washoutDays')}
        />
        <TextField
          label="First day"
          field="start"
          type="date"
          value={s.start}
          onValue={(v) => set({ start: v })}
          error={errors.errorFor('start')}
        />
        <div className="field" data-field="primaryOutcome">
          <label htmlFor="trial-outcome">Symptom to compare (from your journal)</label>
          <FieldError id="trial-outcome-error" message={errors.errorFor('primaryOutcome')} />
          <select id="trial-outcome" value={s.outcome} onChange={(e) => set({ outcome: e.target.value })}>
            {(scales.data?.scales ?? [{ key: 'pain', label: 'Pain' }]).map((sc) => (
              <option key={sc.key} value={sc.key}>
                {sc.label}
              </option>
            ))}
          </select>
        </div>
        <TextField
          label="Smallest change that matters to you (points on the 0-10 scale)"
          field="mcid"
          inputMode="decimal"
          value={s.mcid}
          onValue={(v) => set({ mcid: v })}
          hint="For 0-10 pain scores, about 2 points was a change people noticed in pooled trials (Farrar et al. 2001, PMID 11690728)."
          error={errors.errorFor('mcid')}
        />
        {facts ? (
          <p className="hint" aria-live="polite">
            {facts}
          </p>
        ) : null}
        <button type="submit" className="primary" disabled={busy}>
          Create the trial
        </button>
      </form>
    </>
  );
}
