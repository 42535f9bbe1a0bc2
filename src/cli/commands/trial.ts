import type { Command } from 'commander';
import { NOT_MEDICAL_ADVICE } from '../../contracts/common.js';
import { DomainError } from '../../core/shared/errors.js';
import { mcgToMg } from '../../core/shared/dose.js';
import { analyzeTrial } from '../../core/trials/analysis.js';
import { assertNoCsvIssues } from '../../core/trials/csv-issues.js';
import { assertSeed, designTrial, type ComparisonInput } from '../../core/trials/design.js';
import { describeResult, fmt } from '../../core/trials/report.js';
import { readTrialCsvFile } from '../../data/trial-csv.js';
import { printJson, printLines } from '../output.js';
import { wholeNumber, withFlags, wrap } from '../therapy-input.js';

const FLAGS = {
  pairs: '--pairs',
  periodDays: '--period-days',
  washoutDays: '--washout-days',
  seed: '--seed',
  start: '--start',
  primaryOutcome: '--outcome',
  mcid: '--mcid',
  comparison: '--compare',
  'comparison.aMg': '--a-mg',
  'comparison.bMg': '--b-mg',
} as const;

interface DesignOptions {
  pairs: string;
  periodDays: string;
  washoutDays: string;
  seed: string;
  start: string;
  outcome: string;
  mcid: string;
  compare: string;
  aMg?: string;
  bMg?: string;
  json?: boolean;
}

interface AnalyzeOptions {
  mcid: string;
  higherIsBetter?: boolean;
  washoutDays: string;
  json?: boolean;
}

/** A required whole-number flag. */
function count(value: string, flag: string): number {
  return wholeNumber(value, flag) as number;
}

/** A positive decimal such as 1 or 0.5; refused by name otherwise, so no NaN ever reaches the core. */
function decimal(value: string, flag: string): number {
  if (!/^\d{1,6}(\.\d{1,6})?$/.test(value.trim())) {
    throw new DomainError('LDN_VALIDATION_FAILED', `${flag} must be a number such as 1 or 0.5; got "${value}".`, { field: flag });
  }
  return Number(value);
}

/** A seed must be a whole number; text like "abc" is passed to the core as text so it names LDN_TRIAL_BAD_SEED. */
function seedOf(value: string): number {
  const n = /^\d{1,16}$/.test(value.trim()) ? Number(value) : value;
  return withFlags(() => assertSeed(n), FLAGS);
}

function comparisonOf(o: DesignOptions): ComparisonInput {
  if (o.compare === 'placebo') return { kind: 'placebo' };
  if (o.compare === 'doses') {
    if (o.aMg === undefined || o.bMg === undefined) {
      throw new DomainError('LDN_VALIDATION_FAILED', '--compare doses needs --a-mg and --b-mg.', {
        field: o.aMg === undefined ? '--a-mg' : '--b-mg',
      });
    }
    return { kind: 'doses', aMg: o.aMg, bMg: o.bMg };
  }
  throw new DomainError('LDN_VALIDATION_FAILED', `--compare must be placebo or doses; got "${o.compare}".`, { field: '--compare' });
}

function readCsv(file: string): ReturnType<typeof readTrialCsvFile> {
  try {
    return readTrialCsvFile(file);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') {
      throw new DomainError('LDN_VALIDATION_FAILED', `csv: cannot read "${file}" (${code}).`, { field: 'csv' });
    }
    throw error;
  }
}

export function registerTrial(program: Command): void {
  const trial = program.command('trial').description('n-of-1 trials: design a blinded crossover, or analyse its data');

  trial
    .command('design')
    .description('design a randomised, blinded n-of-1 crossover: schedule, pharmacist codes and the sealed allocation')
    .requiredOption('--pairs <n>', 'pairs of periods (at least 3; 6 are needed for p < 0.05)')
    .requiredOption('--period-days <d>', 'days in each period')
    .requiredOption('--washout-days <w>', 'days at the start of each period left out of the analysis')
    .requiredOption('--seed <s>', 'randomisation seed: a non-negative whole number (record it)')
    .requiredOption('--start <YYYY-MM-DD>', 'first day of period 1')
    .option('--outcome <key>', 'primary outcome: a journal scale key', 'pain')
    .option('--mcid <x>', 'minimal important difference in outcome points', '1')
    .option('--compare <kind>', 'placebo or doses', 'placebo')
    .option('--a-mg <mg>', 'dose A (with --compare doses)')
    .option('--b-mg <mg>', 'dose B (with --compare doses)')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      '\nThe output holds the sealed allocation: it is for the pharmacist, not the patient.\n' +
        'Example:\n  ldn trial design --pairs 6 --period-days 14 --washout-days 3 --seed 20260301 --start 2026-03-02 --outcome pain --mcid 1 --json',
    )
    .action((o: DesignOptions) => {
      const seed = seedOf(o.seed);
      const design = withFlags(
        () =>
          designTrial({
            comparison: comparisonOf(o),
            pairs: count(o.pairs, '--pairs'),
            periodDays: count(o.periodDays, '--period-days'),
            washoutDays: count(o.washoutDays, '--washout-days'),
            start: o.start,
            seed,
            primaryOutcome: o.outcome,
            mcid: decimal(o.mcid, '--mcid'),
          }),
        FLAGS,
      );
      const comparison =
        design.comparison.kind === 'placebo'
          ? design.comparison
          : { kind: 'doses' as const, aMg: mcgToMg(design.comparison.aMcg), bMg: mcgToMg(design.comparison.bMcg) };
      if (o.json) {
        printJson({ ...design, comparison, notice: NOT_MEDICAL_ADVICE });
        return;
      }
      printLines([
        `${design.armLabels.A} (A) against ${design.armLabels.B} (B): ${design.pairs} pairs of ${design.periodDays}-day periods, ${design.start} to ${design.end}.`,
        `Washout: the first ${design.washoutDays} day(s) of each period are not analysed. Seed ${design.seed} (mulberry32).`,
        '',
        'PHARMACIST KEY (do not show the patient):',
        ...design.periods.map(
          (p) =>
            `  period ${String(p.period).padStart(2)}  ${p.start} to ${p.end}  code ${p.pharmacistCode}  arm ${p.arm} = ${design.armLabels[p.arm]}`,
        ),
        ...design.warnings.flatMap((w) => wrap(`! ${w.message}`, 100, '')),
        '',
        NOT_MEDICAL_ADVICE,
      ]);
    });

  trial
    .command('analyze')
    .alias('analyse')
    .description('analyse trial data from a CSV with columns date, period, arm (A/B), outcome (number, blank, or too_unwell)')
    .argument('<csv>', 'the CSV file')
    .option('--mcid <x>', 'minimal important difference in outcome points', '1')
    .option('--higher-is-better', 'a higher outcome is better (mood); default: lower is better (pain)')
    .option('--washout-days <w>', 'days at the start of each period left out', '0')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExample:\n  ldn trial analyze trial.csv --mcid 1 --washout-days 2 --json')
    .action((file: string, o: AnalyzeOptions) => {
      const mcid = decimal(o.mcid, '--mcid');
      const washoutDays = count(o.washoutDays, '--washout-days');
      const { rows, issues } = readCsv(file);
      assertNoCsvIssues(issues);
      const a = withFlags(() => analyzeTrial(rows, { mcid, higherIsBetter: o.higherIsBetter === true, washoutDays }), FLAGS);
      const { headline, clearDifference } = describeResult(a, { A: 'A', B: 'B' }, 'the outcome');
      if (o.json) {
        printJson({ ...a, headline, clearDifference, notice: NOT_MEDICAL_ADVICE });
        return;
      }
      printLines([
        ...wrap(headline, 100, ''),
        `Mean difference A - B: ${fmt(a.meanDifference)} (95% CI ${fmt(a.ci95[0])} to ${fmt(a.ci95[1])}, ${a.pairsAnalysed} pairs).`,
        `Randomisation p (${a.randomizationMethod}): ${fmt(a.randomizationP, 4)}. P(benefit of A > ${fmt(mcid)}): ${fmt(a.posteriorProbAboveMcid, 3)}.`,
        ...a.periods.map(
          (p) =>
            `  period ${String(p.period).padStart(2)} ${p.arm ?? '?'}: mean ${p.mean === null ? 'none' : fmt(p.mean)}, ${p.logged}/${p.analysableDays} logged, ${p.tooUnwell} too unwell`,
        ),
        ...a.warnings.flatMap((w) => wrap(`! ${w.message}`, 100, '')),
        '',
        NOT_MEDICAL_ADVICE,
      ]);
    });
}
