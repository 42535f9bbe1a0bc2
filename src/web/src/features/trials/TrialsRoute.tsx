import { lazy, Suspense } from 'react';

// The trials feature (wizard, status, report) loads only when someone opens it, keeping the first load small.
const TrialsSection = lazy(() => import('./TrialsSection.js'));

export function TrialsRoute(): React.JSX.Element {
  return (
    <Suspense
      fallback={
        <>
          <h1 tabIndex={-1}>N-of-1 trials</h1>
          <p role="status">Loading trials…</p>
        </>
      }
    >
      <TrialsSection />
    </Suspense>
  );
}
