import { createContext, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { SessionResponse } from '../../../../contracts/auth.js';
import { api, setCsrfToken } from '../../api/client.js';

export interface SessionValue {
  /** Null until the first answer from the server. */
  readonly session: SessionResponse | null;
  /** Set when the session check itself failed (server down, network). */
  readonly failed: boolean;
  /** Asks the server again, e.g. after signing out. */
  refresh(): Promise<void>;
  /** True when the person was signed out because a request found the session gone (expired or revoked). */
  readonly expired: boolean;
  /** A request answered 401: the session ended elsewhere, so ask again and say why on the sign-in page. */
  sessionEnded(): void;
  /** Takes the session returned by sign-in or sign-up. */
  accept(session: SessionResponse): void;
}

export const SessionContext = createContext<SessionValue | null>(null);

/** Holds who is signed in, and keeps the API client's CSRF token in step with it. */
export function SessionProvider({ children }: { children: ReactNode }): React.JSX.Element {
  const [session, setSession] = useState<SessionResponse | null>(null);
  const [failed, setFailed] = useState(false);
  const [expired, setExpired] = useState(false);

  const accept = useCallback((s: SessionResponse) => {
    setCsrfToken(s.csrfToken);
    setSession(s);
    setFailed(false);
    if (s.user) setExpired(false);
  }, []);

  const refresh = useCallback(async () => {
    try {
      accept(await api.get<SessionResponse>('/api/auth/session'));
    } catch {
      setFailed(true);
    }
  }, [accept]);

  const sessionEnded = useCallback(() => {
    setExpired(true);
    void refresh();
  }, [refresh]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const value = useMemo(
    () => ({ session, failed, refresh, accept, expired, sessionEnded }),
    [session, failed, refresh, accept, expired, sessionEnded],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
