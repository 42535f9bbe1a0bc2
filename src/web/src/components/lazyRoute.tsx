import { lazy, Suspense, type ComponentType } from 'react';

/**
 * A feature that loads only when someone opens it, keeping the first load small. While its code loads, the page
 * already shows its heading (focusable, as the router moves focus to it) and a status line for screen readers.
 */
export function lazyRoute(load: () => Promise<{ default: ComponentType }>, heading: string, loading: string): () => React.JSX.Element {
  const Page = lazy(load);
  return function LazyRoute(): React.JSX.Element {
    return (
      <Suspense
        fallback={
          <>
            <h1 tabIndex={-1}>{heading}</h1>
            <p role="status">{loading}</p>
          </>
        }
      >
        <Page />
      </Suspense>
    );
  };
}
