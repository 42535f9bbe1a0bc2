import type { CapsuleResultResponse } from '../../../../contracts/therapy.js';
import { CostSection } from './CostSection.js';
import { FactTable } from './FactTable.js';
import { FillerList } from './FillerList.js';
import { GuidanceList } from './GuidanceList.js';

export const capsuleHeadline = (r: CapsuleResultResponse): string => `${String(r.count)} capsules of ${String(r.capsuleMg)} mg`;

/** The capsules: how many, which fillers to ask for or avoid, warnings, cost. */
export function CapsuleResult({ result: r }: { result: CapsuleResultResponse }): React.JSX.Element {
  return (
    <>
      <FactTable
        caption="Capsules"
        rows={[
          ['Dose', `${String(r.doseMg)} mg`],
          ['Each capsule', `${String(r.capsuleMg)} mg`],
          ['Capsules per dose', String(r.capsulesPerDose)],
          ['Days of supply', String(r.days)],
          ['Capsules in all', <strong key="count">{r.count}</strong>],
        ]}
      />

      <h3>Fillers</h3>
      <p>The powder that fills out each capsule besides the naltrexone. Ask the pharmacy which one it uses.</p>
      <FillerList fillers={r.fillers} />

      <h3>Before you order</h3>
      <GuidanceList items={r.warnings} />

      <CostSection cost={r.cost} />
    </>
  );
}
