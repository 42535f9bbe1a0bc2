import { lazy, Suspense } from 'react';

// The atlas (map, tables, plots) loads only when someone opens it, keeping the first load small.
const EvidenceSection = lazy(() => import('./EvidenceSection.js'));

export function EvidenceRoute(): React.JSX.Element {
  return (
    <Suspense
      fallback={
        <>
          <h1 tabIndex={-1}>Evidence atlas</h1>
          <p role="status">Loading the evidence atlas…</p>
        </>
      }
    >
      <EvidenceSection />
    </Suspense>
  );
}
