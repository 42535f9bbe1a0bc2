import { lazy, Suspense } from 'react';

// The calculator (forms, tables, sources) loads only when someone opens it, keeping the first load small.
const CompoundPage = lazy(() => import('./CompoundPage.js'));

export function CompoundRoute(): React.JSX.Element {
  return (
    <Suspense
      fallback={
        <>
          <h1 tabIndex={-1}>Compounding calculator</h1>
          <p role="status">Loading the calculator…</p>
        </>
      }
    >
      <CompoundPage />
    </Suspense>
  );
}
