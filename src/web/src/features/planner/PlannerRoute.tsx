import { lazy, Suspense } from 'react';

// The planner (forms, tables, sources) loads only when someone opens it, keeping the first load small.
const PlannerPage = lazy(() => import('./PlannerPage.js'));

export function PlannerRoute(): React.JSX.Element {
  return (
    <Suspense
      fallback={
        <>
          <h1 tabIndex={-1}>Start LDN</h1>
          <p role="status">Loading the planner…</p>
        </>
      }
    >
      <PlannerPage />
    </Suspense>
  );
}
