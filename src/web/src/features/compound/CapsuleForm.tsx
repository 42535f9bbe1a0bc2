import type { CapsuleResultResponse } from '../../../../contracts/therapy.js';
import { FormError } from '../../components/form/FieldError.js';
import { TextField } from '../../components/form/TextField.js';
import { capsuleRequest, type CapsuleFields, type CapsuleRequest } from './compound-form.js';
import { useCompute } from './useCompute.js';

export function CapsuleForm({
  fields,
  onFields,
  onResult,
}: {
  fields: CapsuleFields;
  onFields(fields: CapsuleFields): void;
  onResult(result: CapsuleResultResponse): void;
}): React.JSX.Element {
  const { errors, busy, submit } = useCompute<CapsuleRequest, CapsuleResultResponse>('/api/therapy/compound/capsule', onResult);
  const text = (key: keyof CapsuleFields) => ({
    field: key,
    value: fields[key],
    onValue: (v: string) => onFields({ ...fields, [key]: v }),
    error: errors.errorFor(key),
    autoComplete: 'off',
    inputMode: key === 'days' ? ('numeric' as const) : ('decimal' as const),
  });

  return (
    <form
      ref={errors.formRef}
      className="stack-form no-print"
      aria-label="Capsules"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit(capsuleRequest(fields));
      }}
    >
      <FormError message={errors.formError} />
      <TextField label="Dose (mg)" hint="The dose your prescriber set." {...text('doseMg')} />
      <TextField label="Strength of each capsule (mg)" hint="Optional: leave empty for one capsule per dose." {...text('capsuleMg')} />
      <TextField label="Days of supply" {...text('days')} />
      <button type="submit" className="primary" disabled={busy}>
        {busy ? 'Working it out…' : 'Work it out'}
      </button>
    </form>
  );
}
