import { useEffect, useState } from 'react';
import { api, ApiError } from '../../api/client.js';

export type Loaded<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'ok'; readonly data: T }
  | { readonly state: 'not-found' }
  | { readonly state: 'error'; readonly message: string };

/** GETs an evidence path (no session needed) and re-GETs when it changes. */
export function useEvidence<T>(path: string): Loaded<T> {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    setLoaded({ state: 'loading' });
    api.get<T>(path).then(
      (data) => live && setLoaded({ state: 'ok', data }),
      (caught: unknown) => {
        if (!live) return;
        if (caught instanceof ApiError && caught.status === 404) setLoaded({ state: 'not-found' });
        else setLoaded({ state: 'error', message: caught instanceof Error ? caught.message : 'Could not load.' });
      },
    );
    return () => {
      live = false;
    };
  }, [path]);
  return loaded;
}
