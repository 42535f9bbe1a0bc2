import { lazyRoute } from '../../components/lazyRoute.js';

// The planner (forms, tables, sources) loads only when someone opens it.
export const PlannerRoute = lazyRoute(() => import('./PlannerPage.js'), 'Start LDN', 'Loading the planner…');
