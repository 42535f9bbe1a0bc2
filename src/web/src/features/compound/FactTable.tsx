import type { ReactNode } from 'react';

export type FactRow = readonly [label: string, value: ReactNode];

/**
 * A two-column table of figures with row headers. Its cells wrap, so it never
 * outgrows a 360 px screen and needs no sideways-scrolling box (or the extra tab stop).
 */
export function FactTable({ caption, rows }: { caption: string; rows: readonly FactRow[] }): React.JSX.Element {
  return (
    <table className="facts">
      <caption>{caption}</caption>
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
