import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import { SignInPage } from './SignInPage.js';
import { SignUpPage } from './SignUpPage.js';
import { useSession } from './useSession.js';

/**
 * Shows its children only to a signed-in person; otherwise the sign-in form, or
 * "Create the first account" on a fresh instance. Paths are relative to the section.
 */
export function RequireSession({ children }: { children: ReactNode }): React.JSX.Element {
  const { session, failed, refresh } = useSession();
  const [location, navigate] = useLocation();
  const userId = session?.user?.id ?? null;
  const previous = useRef<string | null | undefined>(undefined);

  // Signing in or out swaps the whole page without a navigation: move focus to the new heading as the layout would.
  useEffect(() => {
    if (session === null) return;
    if (previous.current !== undefined && previous.current !== userId) {
      if (userId && location === '/signup') navigate('/', { replace: true });
      document.querySelector<HTMLElement>('main h1')?.focus();
    }
    previous.current = userId;
  }, [session, userId, location, navigate]);

  if (!session) {
    return (
      <>
        <h1 tabIndex={-1}>Journal</h1>
        {failed ? (
          <p role="alert">
            The server could not be reached.{' '}
            <button type="button" onClick={() => void refresh()}>
              Try again
            </button>
          </p>
        ) : (
          <p role="status">Checking whether you are signed in…</p>
        )}
      </>
    );
  }
  if (!session.user) {
    if (session.setupRequired) return <SignUpPage first />;
    return location === '/signup' ? <SignUpPage first={false} /> : <SignInPage />;
  }
  return <>{children}</>;
}
