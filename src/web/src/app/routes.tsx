import type { ComponentType } from 'react';
import { HomePage } from '../pages/HomePage.js';
import { JournalRoute } from '../features/journal/JournalRoute.js';
import { PlannerRoute } from '../features/planner/PlannerRoute.js';
import { CompoundRoute } from '../features/compound/CompoundRoute.js';
import { CheckerRoute } from '../features/checker/CheckerRoute.js';
import { EvidenceRoute } from '../features/evidence/EvidenceRoute.js';
import { TrialsRoute } from '../features/trials/TrialsRoute.js';

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
    component: EvidenceRoute,
  },
  {
    path: '/check',
    label: 'Check an article',
    component: CheckerRoute,
  },
  {
    path: '/plan',
    label: 'Plan',
    component: PlannerRoute,
  },
  {
    path: '/compound',
    label: 'Compounding',
    component: CompoundRoute,
  },
  {
    path: '/journal',
    label: 'Journal',
    component: JournalRoute,
  },
  {
    path: '/trials',
    label: 'Trials',
    component: TrialsRoute,
  },
];

export const HOME_ROUTE = { path: '/', component: HomePage } as const;
