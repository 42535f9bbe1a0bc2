import type { ReactNode } from 'react';

/**
 * A wide table that scrolls sideways inside its own box instead of widening the
 * page; focusable so keyboard users can scroll it too (WCAG 2.1.1).
 */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }): React.JSX.Element {
  return (
    <div className="table-scroll" tabIndex={0} role="group" aria-label={label}>
      {children}
    </div>
  );
}
