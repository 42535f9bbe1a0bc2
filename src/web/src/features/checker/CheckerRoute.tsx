import { lazyRoute } from '../../components/lazyRoute.js';

// The checker loads only when someone opens it.
export const CheckerRoute = lazyRoute(() => import('./CheckerPage.js'), 'Check an article', 'Loading the claim checker…');
