import { ComparisonRows, measureLabel } from './ComparisonsTable.js';
import { formatDay } from './dates.js';
import type { Insights } from './types.js';

type SupplyChange = Insights['supplyChanges'][number];

const FIELD_LABEL: Record<SupplyChange['changes'][number]['field'], string> = { form: 'form', pharmacy: 'pharmacy', lot: 'lot' };

/** "pharmacy Elm St → Oak Rd; lot A1 → B2" */
export function describeSupplyChange(s: SupplyChange): string {
  return s.changes.map((c) => `${FIELD_LABEL[c.field]} ${c.from} → ${c.to}`).join('; ');
}

/** Each new form, pharmacy or lot, compared like a dose change unless a dose change nearby makes that meaningless. */
export function SupplyChanges({ insights }: { insights: Insights }): React.JSX.Element {
  const changes = insights.supplyChanges;
  if (changes.length === 0)
    return <p>No change of form, pharmacy or lot recorded. Record them with the dose on the check-in and any change shows here.</p>;
  const compared = changes.filter((s) => !s.notComputed);
  return (
    <>
      <p>
        Means over about two weeks before and after each recorded change of form, pharmacy or lot, read the same way as for dose changes. A
        change right after switching supply can also be chance or expectation.
      </p>
      <ul className="supply-list">
        {changes.map((s) => (
          <li key={s.day}>
            <strong>{formatDay(s.day)}:</strong> {describeSupplyChange(s)}.
            {s.notComputed
              ? ` Not compared: the dose also changed (${s.notComputed.fromMg} → ${s.notComputed.toMg} mg on ${formatDay(s.notComputed.doseChangeDay)}), less than two weeks away, so the two changes cannot be told apart.`
              : null}
          </li>
        ))}
      </ul>
      {compared.length ? (
        <ComparisonRows
          label="Before and after supply changes"
          changeHeader="Supply change"
          labelOf={measureLabel(insights)}
          rows={compared.flatMap((s) =>
            // The list above says what changed; the date alone keeps the table narrow on a phone.
            s.comparisons.map((c) => ({ key: `${c.scale}-${s.day}`, change: formatDay(s.day), c })),
          )}
        />
      ) : null}
    </>
  );
}
