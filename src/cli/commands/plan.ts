import type { Command } from 'commander';
import { DomainError } from '../../core/shared/errors.js';
import type { Clock } from '../../core/shared/clock.js';
import { buildPlan, planToCsv, planToICalendar, type AdviceItem, type Plan, type PlanInput } from '../../core/therapy/index.js';
import { printJson, printLines } from '../output.js';
import { therapyData, wholeNumber, withFlags, wrap } from '../therapy-input.js';

interface PlanOptions {
  protocol: string;
  from: string;
  start?: string;
  step?: string;
  every?: string;
  target?: string;
  max?: string;
  days?: string;
  liquidMgPerMl?: string;
  syringeMl?: string;
  capsule?: boolean;
  json?: boolean;
  ics?: boolean;
  csv?: boolean;
}

// The CLI is an edge, so it may read the wall clock (for the calendar's DTSTAMP only).
const systemClock: Clock = { now: () => new Date() };

const FLAGS = {
  protocolId: '--protocol',
  startDate: '--from',
  durationDays: '--days',
  custom: '--protocol custom',
  'custom.startMg': '--start',
  'custom.stepMg': '--step',
  'custom.intervalDays': '--every',
  'custom.targetMg': '--target',
  'custom.maxMg': '--max',
  'form.concentrationMgPerMl': '--liquid-mg-per-ml',
  'form.syringeStepMl': '--syringe-ml',
} as const;

const invalid = (flag: string, message: string): never => {
  throw new DomainError('LDN_VALIDATION_FAILED', `${flag}: ${message}`, { field: flag });
};

export function planInput(o: PlanOptions): PlanInput {
  const customFlags = { '--start': o.start, '--step': o.step, '--every': o.every, '--target': o.target };
  const given = Object.entries(customFlags).filter(([, v]) => v !== undefined);
  let custom: PlanInput['custom'];
  if (o.protocol === 'custom') {
    const missing = Object.entries(customFlags).find(([, v]) => v === undefined);
    if (missing) invalid(missing[0], 'a custom plan needs --start, --step, --every and --target (--max defaults to the target).');
    custom = {
      startMg: o.start!,
      stepMg: o.step!,
      intervalDays: wholeNumber(o.every, '--every')!,
      targetMg: o.target!,
      maxMg: o.max ?? o.target!,
    };
  } else if (given.length > 0 || o.max !== undefined) {
    invalid(given[0]?.[0] ?? '--max', `custom doses go with --protocol custom; "${o.protocol}" has its own steps.`);
  }
  if (o.capsule && o.liquidMgPerMl !== undefined) invalid('--capsule', 'choose one form: --capsule or --liquid-mg-per-ml.');
  if (o.syringeMl !== undefined && o.liquidMgPerMl === undefined) invalid('--syringe-ml', 'goes with --liquid-mg-per-ml.');
  const days = wholeNumber(o.days, '--days');
  return {
    protocolId: o.protocol,
    startDate: o.from,
    ...(days === undefined ? {} : { durationDays: days }),
    ...(o.liquidMgPerMl !== undefined
      ? {
          form: {
            kind: 'liquid' as const,
            concentrationMgPerMl: o.liquidMgPerMl,
            ...(o.syringeMl === undefined ? {} : { syringeStepMl: o.syringeMl }),
          },
        }
      : o.capsule
        ? { form: { kind: 'capsule' as const } }
        : {}),
    ...(custom ? { custom } : {}),
  };
}

const adviceJson = (a: AdviceItem, kind: 'timing' | 'side-effect'): Record<string, unknown> => ({
  kind,
  title: a.title,
  ...(a.trigger ? { trigger: a.trigger } : {}),
  action: a.action,
  text: a.text,
  sources: a.sources.map((s) => s.id),
});

/** The stable JSON shape of `ldn plan --json`. */
export function planJson(plan: Plan): Record<string, unknown> {
  return {
    protocol: { id: plan.protocol.id, name: plan.protocol.name, setting: plan.protocol.setting },
    steps: plan.steps.map((s) => ({
      from: s.from,
      to: s.to,
      doseMg: s.doseMg,
      ...(s.doseMl === undefined ? {} : { doseMl: s.doseMl }),
      ...(s.capsules === undefined ? {} : { capsules: s.capsules }),
    })),
    advice: [...plan.timing.map((a) => adviceJson(a, 'timing')), ...plan.sideEffectRules.map((a) => adviceJson(a, 'side-effect'))],
    warnings: [...plan.notices],
  };
}

function text(plan: Plan): string[] {
  const out = [`${plan.protocol.name}: ${plan.startDate} to ${plan.endDate} (${plan.durationDays} days)`, ''];
  out.push(`${'STEP'.padEnd(5)} ${'FROM'.padEnd(11)} ${'TO'.padEnd(11)} ${'DAYS'.padEnd(5)} DAILY DOSE`);
  for (const s of plan.steps) {
    out.push(`${String(s.index + 1).padEnd(5)} ${s.from.padEnd(11)} ${s.to.padEnd(11)} ${String(s.days).padEnd(5)} ${s.label}`);
  }
  out.push('', 'When to take it:');
  for (const a of plan.timing) out.push(...wrap(`- ${a.title}: ${a.text} [${a.sources.map((s) => s.id).join(', ')}]`, 100, '  '));
  out.push('', 'If side effects appear:');
  for (const a of plan.sideEffectRules) out.push(...wrap(`- ${a.title}: ${a.text} [${a.sources.map((s) => s.id).join(', ')}]`, 100, '  '));
  out.push('');
  for (const n of plan.notices) out.push(...wrap(`! ${n}`, 100, ''));
  return out;
}

export function registerPlan(program: Command): void {
  program
    .command('plan')
    .description('a dated titration schedule from a protocol (or custom numbers), with timing and side-effect advice')
    .requiredOption('--protocol <id>', 'start-low, slow, very-low, final-6mg or custom')
    .requiredOption('--from <YYYY-MM-DD>', 'first day of the plan')
    .option('--start <mg>', 'custom: first dose')
    .option('--step <mg>', 'custom: dose added at each step')
    .option('--every <days>', 'custom: days between steps')
    .option('--target <mg>', 'custom: dose to reach')
    .option('--max <mg>', 'custom: highest dose allowed (default: the target)')
    .option('--days <n>', 'days the plan covers (default: titration plus 28 days)')
    .option('--liquid-mg-per-ml <x>', 'liquid form at this concentration: doses also in mL')
    .option('--syringe-ml <x>', 'oral-syringe graduation for the liquid: 0.05, 0.1, 0.2 or 0.5')
    .option('--capsule', 'capsule form')
    .option('--json', 'print JSON: {protocol, steps:[{from, to, doseMg, doseMl?}], advice, warnings}')
    .option('--ics', 'print an iCalendar file (one all-day event per step)')
    .option('--csv', 'print CSV, one row per day')
    .addHelpText(
      'after',
      `
Examples:
  ldn plan --protocol start-low --from 2026-03-02
  ldn plan --protocol slow --from 2026-03-02 --liquid-mg-per-ml 1 --json
  ldn plan --protocol custom --start 0.5 --step 0.5 --every 7 --target 3 --from 2026-03-02 --ics > ldn.ics

LDN is used off-label; agree every dose and change with your prescriber.`,
    )
    .action((o: PlanOptions) => {
      const outputs = [o.json, o.ics, o.csv].filter(Boolean).length;
      if (outputs > 1) invalid('--json', 'choose one of --json, --ics and --csv.');
      const plan = withFlags(() => buildPlan(planInput(o), therapyData()), FLAGS);
      if (o.json) printJson(planJson(plan));
      else if (o.ics) process.stdout.write(planToICalendar(plan, { clock: systemClock }));
      else if (o.csv) process.stdout.write(planToCsv(plan));
      else printLines(text(plan));
    });
}
