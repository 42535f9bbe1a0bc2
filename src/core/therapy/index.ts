/** Public surface of the therapy planner core (pure: no I/O). */
export { screen, MAX_SCREEN_LINES, MAX_LINE_CHARS, SCREEN_NOTICE } from './screen.js';
export type { ScreenResult, ScreenLine, ScreenIngredient, Washout } from './screen.js';
export { buildPlan, OFF_LABEL_NOTICE, MAX_PLAN_DAYS, DEFAULT_MAINTENANCE_DAYS } from './titration.js';
export type {
  Plan,
  PlanInput,
  PlanData,
  PlanStep,
  PlanDay,
  PlanForm,
  PlanFormInput,
  CustomProtocolInput,
  AdviceItem,
} from './titration.js';
export { planToICalendar, escapeText, foldLine } from './ical.js';
export type { ICalOptions } from './ical.js';
export { planToCsv, PLAN_CSV_HEADER } from './csv.js';
export { renderPlanHtml, escapeHtml, PLAN_CSS } from './html.js';
export type { PlanHtmlOptions } from './html.js';
export { liquidFromTablets, capsulePlan, monthlyCost } from './compounding.js';
export type { LiquidInput, LiquidResult, CapsuleInput, CapsuleResult, CostRange, CompoundingData } from './compounding.js';
export { compileLexicon } from './lexicon-index.js';
export { formatSource } from './sources.js';
export type { SourceRef } from './sources.js';
export * from './schema.js';
