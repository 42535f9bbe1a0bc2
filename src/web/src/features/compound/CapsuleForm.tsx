import type { CapsuleResultResponse } from '../../../../contracts/therapy.js';
import { TextField } from '../../components/form/TextField.js';
import { capsuleRequest, type CapsuleFields, type CapsuleRequest } from './compound-form.js';
import { CalculatorForm } from './CalculatorForm.js';
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
  const compute = useCompute<CapsuleRequest, CapsuleResultResponse>('/api/therapy/compound/capsule', onResult);
  const text = (key: keyof CapsuleFields & string) => compute.numberField(fields, onFields, key);

  return (
    <CalculatorForm label="Capsules" compute={compute} request={() => capsuleRequest(fields)}>
      <TextField label="Dose (mg)" hint="The dose your prescriber set." {...text('doseMg')} />
      <TextField label="Strength of each capsule (mg)" hint="Optional: leave empty for one capsule per dose." {...text('capsuleMg')} />
      <TextField label="Days of supply" {...text('days')} />
    </CalculatorForm>
  );
}
