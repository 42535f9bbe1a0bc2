import { lazyRoute } from '../../components/lazyRoute.js';

// The journal (forms, charts, account pages) loads only when someone opens it.
export const JournalRoute = lazyRoute(() => import('./JournalSection.js'), 'Journal', 'Loading the journal…');
