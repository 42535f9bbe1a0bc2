import type { ComponentType } from 'react';
import { HomePage } from '../pages/HomePage.js';
import { ComingSoonPage } from '../pages/ComingSoonPage.js';
import { JournalRoute } from '../features/journal/JournalRoute.js';
import { PlannerRoute } from '../features/planner/PlannerRoute.js';

export interface NavRoute {
  readonly path: string;
  readonly label: string;
  readonly component: ComponentType;
}

/** The main navigation, in order. Each feature adds its page here. */
export const NAV_ROUTES: readonly NavRoute[] = [
  {
    path: '/evidence',
    label: 'Evidence',
    component: () => (
      <ComingSoonPage title="Evidence atlas" what="every condition LDN is claimed for and every study, graded by a transparent rule" />
    ),
  },
  {
    path: '/check',
    label: 'Check an article',
    component: () => (
      <ComingSoonPage title="Check an article" what="paste an article about LDN and see each health claim set against the evidence" />
    ),
  },
  {
    path: '/plan',
    label: 'Plan',
    component: PlannerRoute,
  },
  {
    path: '/journal',
    label: 'Journal',
    component: JournalRoute,
  },
  {
    path: '/trials',
    label: 'Trials',
    component: () => (
      <ComingSoonPage
        title="N-of-1 trials"
        what="randomised, blinded crossover trials that you can run with your prescriber and pharmacist"
      />
    ),
  },
];

export const HOME_ROUTE = { path: '/', component: HomePage } as const;
