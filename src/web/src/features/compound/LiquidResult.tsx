import type { LiquidResultResponse } from '../../../../contracts/therapy.js';
import { SourceList } from '../planner/SourceList.js';
import { CostSection } from './CostSection.js';
import { FactTable } from './FactTable.js';
import { GuidanceList } from './GuidanceList.js';
import { signed, signedPercent } from './wording.js';

export const liquidHeadline = (r: LiquidResultResponse): string => `${String(r.perDose.ml)} mL per dose of ${r.concentrationMgPerMl} mg/mL`;

/** The liquid: strength, what to draw up and how far the syringe rounding moves the dose, supply, storage, warnings, cost. */
export function LiquidResult({ result: r }: { result: LiquidResultResponse }): React.JSX.Element {
  return (
    <>
      <FactTable
        caption="Strength and dose"
        rows={[
          ['Strength', `${r.concentrationMgPerMl} mg/mL${r.concentrationExact ? '' : ' (rounded)'}`],
          [`Water for one ${String(r.tabletMg)} mg tablet`, `${String(r.waterMl)} mL${r.waterMlExact ? '' : ' (rounded to 0.001 mL)'}`],
          ['Dose asked for', `${String(r.doseMg)} mg`],
          ['Exact volume', `${String(r.perDose.exactMl)} mL`],
          [`Draw up (syringe marked every ${String(r.perDose.syringeStepMl)} mL)`, <strong key="ml">{r.perDose.ml} mL</strong>],
          ['Dose delivered', `${String(r.perDose.deliveredMg)} mg`],
          ['Difference from the dose asked for', `${signed(r.perDose.errorMg)} mg (${signedPercent(r.perDose.errorPercent)}%)`],
        ]}
      />
      <p>{r.perDose.text}</p>

      <h3>Supply for {r.supply.days} days</h3>
      <FactTable
        caption="Supply"
        rows={[
          ['Liquid needed', `${String(r.supply.totalMl)} mL`],
          ['Tablets by volume alone', String(r.supply.tabletsByVolume)],
          ['Mix a fresh tablet every', `${String(r.supply.batchDays)} days`],
          ['Tablets in all', <strong key="tablets">{r.supply.tablets}</strong>],
        ]}
      />
      <p>{r.supply.text}</p>

      <h3>Storage and beyond-use date</h3>
      <p>
        <strong>
          Keep it {r.storage.storage} and use it within {r.storage.beyondUseDays} days of mixing.
        </strong>{' '}
        {r.storage.text}
      </p>
      <SourceList sources={r.storage.sources} />

      <h3>Before you mix</h3>
      <GuidanceList items={r.warnings} />

      <CostSection cost={r.cost} />
    </>
  );
}
