import { useCallback, useEffect, useState } from 'react';
import { api, ApiError } from '../../api/client.js';
import { useSession } from '../account/useSession.js';

export interface ApiData<T> {
  readonly data: T | undefined;
  readonly error: string | undefined;
  reload(): void;
}

/** GETs a path and re-GETs when it changes; a 401 means the session ended, so the session is checked again. */
export function useApiData<T>(path: string): ApiData<T> {
  const { sessionEnded } = useSession();
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [serial, setSerial] = useState(0);

  useEffect(() => {
    let live = true;
    api.get<T>(path).then(
      (value) => {
        if (!live) return;
        setData(value);
        setError(undefined);
      },
      (caught: unknown) => {
        if (!live) return;
        if (caught instanceof ApiError && caught.status === 401) sessionEnded();
        setError(caught instanceof Error ? caught.message : 'Could not load.');
      },
    );
    return () => {
      live = false;
    };
  }, [path, serial, sessionEnded]);

  const reload = useCallback(() => setSerial((n) => n + 1), []);
  return { data, error, reload };
}
