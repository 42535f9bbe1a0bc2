import { lazyRoute } from '../../components/lazyRoute.js';

// The trials feature (wizard, status, report) loads only when someone opens it.
export const TrialsRoute = lazyRoute(() => import('./TrialsSection.js'), 'N-of-1 trials', 'Loading trials…');
