import { lazyRoute } from '../../components/lazyRoute.js';

// The atlas (map, tables, plots) loads only when someone opens it.
export const EvidenceRoute = lazyRoute(() => import('./EvidenceSection.js'), 'Evidence atlas', 'Loading the evidence atlas…');
