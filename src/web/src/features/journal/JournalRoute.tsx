import { lazy, Suspense } from 'react';

// The journal (forms, charts, account pages) loads only when someone opens it, keeping the first load small.
const JournalSection = lazy(() => import('./JournalSection.js'));

export function JournalRoute(): React.JSX.Element {
  return (
    <Suspense
      fallback={
        <>
          <h1 tabIndex={-1}>Journal</h1>
          <p role="status">Loading the journal…</p>
        </>
      }
    >
      <JournalSection />
    </Suspense>
  );
}
