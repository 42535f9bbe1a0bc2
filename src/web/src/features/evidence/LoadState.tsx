import { Link } from 'wouter';
import type { Loaded } from './useEvidence.js';

/** The page heading while the data is not there: "Loading …", "No such …" or the plain title. */
export function headingFor(loaded: Loaded<unknown>, title: string, what: string): string {
  return loaded.state === 'not-found' ? `No such ${what}` : loaded.state === 'loading' ? `Loading the ${what}…` : title;
}

/**
 * What a page shows under its heading before its data arrives, when the id is unknown,
 * or when loading failed. Pages keep one <h1> element through every state, so the
 * focus the layout gives it on navigation survives the data arriving.
 */
export function LoadState({ loaded, what }: { loaded: Loaded<unknown>; what: string }): React.JSX.Element | null {
  if (loaded.state === 'ok') return null;
  if (loaded.state === 'loading') return <p role="status">Loading…</p>;
  if (loaded.state === 'not-found') {
    return (
      <p>
        The atlas has no {what} at this address. <Link href="/">Search the evidence map</Link>.
      </p>
    );
  }
  return (
    <p role="alert" className="error-text">
      Could not load the {what}: {loaded.message}
    </p>
  );
}
