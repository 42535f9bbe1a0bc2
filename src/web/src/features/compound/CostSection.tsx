import type { LiquidResultResponse } from '../../../../contracts/therapy.js';
import { SourceList } from '../planner/SourceList.js';
import { FactTable } from './FactTable.js';
import { usdRange } from './wording.js';

/** The cost range for one dose a day, in US dollars as the sources give it. */
export function CostSection({ cost }: { cost: LiquidResultResponse['cost'] }): React.JSX.Element {
  return (
    <>
      <h3>Cost</h3>
      <FactTable
        caption="Rough cost in US dollars, one dose a day"
        rows={[
          ['Per dose', usdRange(cost.perDose)],
          [`For ${String(cost.days)} days`, usdRange(cost.perMonth)],
        ]}
      />
      <p>{cost.text}</p>
      <SourceList sources={cost.sources} />
    </>
  );
}
