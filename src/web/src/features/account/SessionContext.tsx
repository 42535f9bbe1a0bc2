import { createContext, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { SessionResponse } from '../../../../contracts/auth.js';
import { api, setCsrfToken } from '../../api/client.js';

export interface SessionValue {
  /** Null until the first answer from the server. */
  readonly session: SessionResponse | null;
  /** Set when the session check itself failed (server down, network). */
  readonly failed: boolean;
  /** Asks the server again, e.g. after signing out or when a request answers 401. */
  refresh(): Promise<void>;
  /** Takes the session returned by sign-in or sign-up. */
  accept(session: SessionResponse): void;
}

export const SessionContext = createContext<SessionValue | null>(null);

/** Holds who is signed in, and keeps the API client's CSRF token in step with it. */
export function SessionProvider({ children }: { children: ReactNode }): React.JSX.Element {
  const [session, setSession] = useState<SessionResponse | null>(null);
  const [failed, setFailed] = useState(false);

  const accept = useCallback((s: SessionResponse) => {
    setCsrfToken(s.csrfToken);
    setSession(s);
    setFailed(false);
  }, []);

  const refresh = useCallback(async () => {
    try {
      accept(await api.get<SessionResponse>('/api/auth/session'));
    } catch {
      setFailed(true);
    }
  }, [accept]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const value = useMemo(() => ({ session, failed, refresh, accept }), [session, failed, refresh, accept]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
