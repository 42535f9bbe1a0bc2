import { lazy, Suspense } from 'react';

// The checker loads only when someone opens it, keeping the first load small.
const CheckerPage = lazy(() => import('./CheckerPage.js'));

export function CheckerRoute(): React.JSX.Element {
  return (
    <Suspense
      fallback={
        <>
          <h1 tabIndex={-1}>Check an article</h1>
          <p role="status">Loading the claim checker…</p>
        </>
      }
    >
      <CheckerPage />
    </Suspense>
  );
}
