import { lazyRoute } from '../../components/lazyRoute.js';

// The calculator (forms, tables, sources) loads only when someone opens it.
export const CompoundRoute = lazyRoute(() => import('./CompoundPage.js'), 'Compounding calculator', 'Loading the calculator…');
