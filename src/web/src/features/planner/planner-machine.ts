/**
 * The "Start LDN" flow as a plain state machine, free of React so it can be
 * tested directly. Four steps: medicines -> screen -> protocol -> schedule.
 * The one safety rule lives here: a screen with any `block` line can never
 * reach the protocol or schedule steps, whatever events arrive.
 */
import type { PlanRequest, PlanResponse, ScreenLineResponse, ScreenResultResponse } from '../../../../contracts/therapy.js';
import type { Tone } from '../../components/tone.js';

export const STEPS = ['medicines', 'screen', 'protocol', 'schedule'] as const;
export type StepId = (typeof STEPS)[number];

export const STEP_TITLES: Readonly<Record<StepId, string>> = {
  medicines: 'Your medicines and situations',
  screen: 'Safety screen',
  protocol: 'Protocol and form',
  schedule: 'Your schedule',
};

export type FormKind = 'mg' | 'liquid' | 'capsule';

export interface CustomNumbers {
  readonly startMg: string;
  readonly stepMg: string;
  readonly intervalDays: string;
  readonly targetMg: string;
  readonly maxMg: string;
}

export interface Choices {
  readonly protocolId: string;
  readonly startDate: string;
  readonly form: FormKind;
  /** mg per mL, for the liquid form. */
  readonly concentration: string;
  readonly custom: CustomNumbers;
}

export interface PlannerState {
  readonly step: StepId;
  readonly text: string;
  readonly screen: ScreenResultResponse | null;
  readonly choices: Choices;
  readonly plan: PlanResponse | null;
}

export type PlannerEvent =
  | { readonly type: 'edit-text'; readonly text: string }
  | { readonly type: 'screened'; readonly result: ScreenResultResponse }
  | { readonly type: 'continue' }
  | { readonly type: 'choose'; readonly choices: Partial<Choices> }
  | { readonly type: 'planned'; readonly plan: PlanResponse }
  | { readonly type: 'back'; readonly to: StepId }
  | { readonly type: 'restart' };

export const DEFAULT_PROTOCOL = 'start-low';

export function initialState(today: string): PlannerState {
  return {
    step: 'medicines',
    text: '',
    screen: null,
    plan: null,
    choices: {
      protocolId: DEFAULT_PROTOCOL,
      startDate: today,
      form: 'mg',
      concentration: '1',
      custom: { startMg: '0.5', stepMg: '0.5', intervalDays: '7', targetMg: '4.5', maxMg: '4.5' },
    },
  };
}

/** True when any line says "block": the flow stops at the screen. */
export function isBlocked(screen: ScreenResultResponse | null): boolean {
  return screen !== null && screen.results.some((r) => r.action === 'block');
}

export function blockedLines(screen: ScreenResultResponse | null): ScreenLineResponse[] {
  return screen ? screen.results.filter((r) => r.action === 'block') : [];
}

/** Which steps may be shown now; later steps are reachable only through what came before. */
export function reachable(state: PlannerState): StepId[] {
  const steps: StepId[] = ['medicines'];
  if (state.screen) steps.push('screen');
  if (state.screen && !isBlocked(state.screen)) {
    steps.push('protocol');
    if (state.plan) steps.push('schedule');
  }
  return steps;
}

export function reduce(state: PlannerState, event: PlannerEvent): PlannerState {
  switch (event.type) {
    case 'edit-text':
      // A changed list must be screened again before anything else is planned.
      if (event.text === state.text) return state;
      return { ...state, text: event.text, screen: null, plan: null, step: 'medicines' };
    case 'screened':
      return { ...state, screen: event.result, plan: null, step: 'screen' };
    case 'continue':
      if (state.step !== 'screen' || !state.screen || isBlocked(state.screen)) return state;
      return { ...state, step: 'protocol' };
    case 'choose':
      // New choices make the old schedule stale.
      return {
        ...state,
        choices: { ...state.choices, ...event.choices },
        plan: null,
        step: state.step === 'schedule' ? 'protocol' : state.step,
      };
    case 'planned':
      if (!reachable(state).includes('protocol')) return state;
      return { ...state, plan: event.plan, step: 'schedule' };
    case 'back':
      return reachable(state).includes(event.to) ? { ...state, step: event.to } : state;
    case 'restart':
      return initialState(state.choices.startDate);
  }
}

/** Blank lines are dropped here only for counting; the API keeps numbering them so line numbers match the text box. */
export function countLines(text: string): number {
  return text.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '').length;
}

export interface ChoiceError {
  readonly field: string;
  readonly message: string;
}

/** Checks the browser can do without a round trip; everything else (doses, dates) the API checks and names. */
export function checkChoices(choices: Choices): ChoiceError | null {
  if (choices.protocolId === 'custom' && !/^\d{1,3}$/.test(choices.custom.intervalDays.trim())) {
    return { field: 'custom.intervalDays', message: 'Days between steps must be a whole number, such as 7.' };
  }
  if (choices.form === 'liquid' && choices.concentration.trim() === '') {
    return { field: 'form.concentrationMgPerMl', message: 'Give the strength of the liquid in mg per mL, such as 1.' };
  }
  return null;
}

/** The body of POST /api/therapy/plan (and its exports) for the current choices; call checkChoices first. */
export function planRequest(choices: Choices): PlanRequest {
  const form: PlanRequest['form'] =
    choices.form === 'liquid'
      ? { kind: 'liquid', concentrationMgPerMl: choices.concentration.trim() }
      : choices.form === 'capsule'
        ? { kind: 'capsule' }
        : { kind: 'mg' };
  const c = choices.custom;
  return {
    protocolId: choices.protocolId,
    startDate: choices.startDate,
    form,
    ...(choices.protocolId === 'custom'
      ? {
          custom: {
            startMg: c.startMg.trim(),
            stepMg: c.stepMg.trim(),
            intervalDays: Number(c.intervalDays.trim()),
            targetMg: c.targetMg.trim(),
            maxMg: c.maxMg.trim() === '' ? c.targetMg.trim() : c.maxMg.trim(),
          },
        }
      : {}),
  };
}

export type Action = ScreenLineResponse['action'];

/** Words and a symbol for each verdict, so colour is never the only cue. */
export const ACTION_TEXT: Readonly<Record<Action, { label: string; symbol: string; tone: Tone }>> = {
  block: { label: 'Stop: do not start LDN with this', symbol: '⛔', tone: 'bad' },
  caution: { label: 'Caution: check with a pharmacist or prescriber first', symbol: '⚠', tone: 'warn' },
  info: { label: 'Note', symbol: 'ℹ', tone: 'info' },
  ok: { label: 'No interaction listed in our sources', symbol: '✓', tone: 'ok' },
};

export function verdictLabel(line: ScreenLineResponse): string {
  if (line.status === 'unrecognized') return 'Not recognised: ask a pharmacist';
  return ACTION_TEXT[line.action].label;
}

const CLASS_NAMES: Readonly<Record<string, string>> = {
  opioid_agonist: 'opioid',
  opioid_partial_agonist: 'partial opioid agonist',
  opioid_mixed_agonist_antagonist: 'mixed opioid agonist-antagonist',
  peripheral_opioid_agonist: 'opioid acting in the gut',
  opioid_antagonist: 'opioid blocker',
  immunosuppressant: 'immunosuppressant',
  thyroid_hormone: 'thyroid hormone',
  none: '',
};

export function className(c: string): string {
  return CLASS_NAMES[c] ?? c.replace(/_/g, ' ');
}

/** What to raise with the prescriber for a blocked line: its reasons, the washout, then two questions. */
export function discussPoints(line: ScreenLineResponse): string[] {
  const points = [...line.reasons];
  if (line.washout) {
    const days = line.washout.maxDays === null ? `at least ${line.washout.minDays}` : `${line.washout.minDays}-${line.washout.maxDays}`;
    points.push(`How long to wait after the last dose before a first dose of LDN (the sources give ${days} days): ${line.washout.advice}`);
  }
  points.push(`Whether "${line.input}" can be stopped, replaced or timed differently, and who will manage that.`);
  points.push('Whether LDN is right for you at all while this applies.');
  return points;
}
