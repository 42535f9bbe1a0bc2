import { describe, expect, it } from 'vitest';
import type { PlanResponse, ScreenLineResponse, ScreenResultResponse } from '../../../../contracts/therapy.js';
import {
  checkChoices,
  countLines,
  discussPoints,
  initialState,
  isBlocked,
  planRequest,
  reachable,
  reduce,
  verdictLabel,
  type PlannerEvent,
  type PlannerState,
} from './planner-machine.js';

const line = (over: Partial<ScreenLineResponse>): ScreenLineResponse => ({
  line: 1,
  input: 'ibuprofen',
  status: 'recognized',
  ingredients: [],
  situations: [],
  class: 'none',
  action: 'ok',
  washout: null,
  reasons: ['No interaction listed.'],
  sources: [],
  ...over,
});
const result = (...results: ScreenLineResponse[]): ScreenResultResponse => ({
  results,
  summary: { block: 0, caution: 0, info: 0, ok: 0, unrecognized: 0 },
  highestAction: 'ok',
  notice: 'not medical advice',
});
const percocet = line({
  input: 'Percocet 5/325',
  action: 'block',
  class: 'opioid_agonist',
  reasons: ['Naltrexone blocks opioid receptors.'],
  washout: { profile: 'short-acting', minDays: 7, maxDays: 14, advice: 'Wait after regular use.', sources: [] },
});
const plan = { steps: [] } as unknown as PlanResponse;

const run = (events: PlannerEvent[], from: PlannerState = initialState('2026-03-02')): PlannerState => events.reduce(reduce, from);

describe('planner machine', () => {
  it('walks medicines -> screen -> protocol -> schedule when nothing blocks', () => {
    const s = run([
      { type: 'edit-text', text: 'ibuprofen' },
      { type: 'screened', result: result(line({})) },
      { type: 'continue' },
      { type: 'planned', plan },
    ]);
    expect(s.step).toBe('schedule');
    expect(reachable(s)).toEqual(['medicines', 'screen', 'protocol', 'schedule']);
  });

  it('never lets a blocked screen reach the protocol or the schedule', () => {
    const blocked = run([
      { type: 'edit-text', text: 'Percocet 5/325\nibuprofen' },
      { type: 'screened', result: result(percocet, line({ line: 2 })) },
    ]);
    expect(isBlocked(blocked.screen)).toBe(true);
    const after = run(
      [{ type: 'continue' }, { type: 'planned', plan }, { type: 'back', to: 'protocol' }, { type: 'back', to: 'schedule' }],
      blocked,
    );
    expect(after.step).toBe('screen');
    expect(after.plan).toBeNull();
    expect(reachable(after)).toEqual(['medicines', 'screen']);
  });

  it('forgets the screen and the plan when the list changes, so it must be screened again', () => {
    const planned = run([
      { type: 'edit-text', text: 'ibuprofen' },
      { type: 'screened', result: result(line({})) },
      { type: 'continue' },
      { type: 'planned', plan },
    ]);
    const edited = reduce(planned, { type: 'edit-text', text: 'ibuprofen\ntramadol' });
    expect(edited).toMatchObject({ step: 'medicines', screen: null, plan: null });
    expect(reduce(edited, { type: 'continue' }).step).toBe('medicines');
    // Typing the same text again changes nothing.
    expect(reduce(planned, { type: 'edit-text', text: 'ibuprofen' })).toBe(planned);
  });

  it('drops a stale schedule when a choice changes, and goes back to the protocol step', () => {
    const planned = run([{ type: 'screened', result: result(line({})) }, { type: 'continue' }, { type: 'planned', plan }]);
    const changed = reduce(planned, { type: 'choose', choices: { form: 'liquid' } });
    expect(changed).toMatchObject({ step: 'protocol', plan: null });
    expect(changed.choices.form).toBe('liquid');
  });

  it('restarts from an empty list, keeping the start date', () => {
    const s = run([{ type: 'edit-text', text: 'x' }, { type: 'choose', choices: { startDate: '2026-05-01' } }, { type: 'restart' }]);
    expect(s).toMatchObject({ step: 'medicines', text: '', screen: null });
    expect(s.choices.startDate).toBe('2026-05-01');
  });

  it('builds the plan request for each form, and custom numbers only for the custom protocol', () => {
    const base = initialState('2026-03-02').choices;
    expect(planRequest(base)).toEqual({ protocolId: 'start-low', startDate: '2026-03-02', form: { kind: 'mg' } });
    expect(planRequest({ ...base, form: 'liquid', concentration: ' 2 ' }).form).toEqual({ kind: 'liquid', concentrationMgPerMl: '2' });
    expect(planRequest({ ...base, form: 'capsule' }).form).toEqual({ kind: 'capsule' });
    const custom = planRequest({ ...base, protocolId: 'custom', custom: { ...base.custom, intervalDays: '10', maxMg: '' } });
    expect(custom.custom).toEqual({ startMg: '0.5', stepMg: '0.5', intervalDays: 10, targetMg: '4.5', maxMg: '4.5' });
  });

  it('catches a non-whole number of days and an empty concentration before asking the server', () => {
    const base = initialState('2026-03-02').choices;
    expect(checkChoices(base)).toBeNull();
    expect(checkChoices({ ...base, protocolId: 'custom', custom: { ...base.custom, intervalDays: '1.5' } })?.field).toBe(
      'custom.intervalDays',
    );
    expect(checkChoices({ ...base, form: 'liquid', concentration: ' ' })?.field).toBe('form.concentrationMgPerMl');
  });

  it('labels verdicts in words and says to ask a pharmacist about unrecognised lines', () => {
    expect(verdictLabel(percocet)).toMatch(/^Stop/);
    expect(verdictLabel(line({ status: 'unrecognized', action: 'caution' }))).toBe('Not recognised: ask a pharmacist');
    expect(countLines('a\n\n b \r\n')).toBe(2);
  });

  it('lists what to discuss with the prescriber for a blocked line, washout included', () => {
    const points = discussPoints(percocet);
    expect(points[0]).toBe('Naltrexone blocks opioid receptors.');
    expect(points.join(' ')).toContain('7-14 days');
    expect(points.join(' ')).toContain('"Percocet 5/325"');
  });
});
