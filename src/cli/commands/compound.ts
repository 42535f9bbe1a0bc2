import type { Command } from 'commander';
import { NOT_MEDICAL_ADVICE } from '../../contracts/common.js';
import { capsulePlan, liquidFromTablets, monthlyCost, type CostRange } from '../../core/therapy/index.js';
import { printJson, printLines } from '../output.js';
import { sourceJson, therapyData, wholeNumber, withFlags, wrap } from '../therapy-input.js';

const FLAGS = {
  tabletMg: '--tablet-mg',
  waterMl: '--water-ml',
  targetConcentrationMgPerMl: '--concentration',
  doseMg: '--dose-mg',
  days: '--days',
  syringeStepMl: '--syringe-ml',
  capsuleMg: '--capsule-mg',
} as const;

interface LiquidOptions {
  tabletMg: string;
  waterMl?: string;
  concentration?: string;
  doseMg: string;
  days?: string;
  syringeMl?: string;
  preserved?: boolean;
  json?: boolean;
}

interface CapsuleOptions {
  doseMg: string;
  capsuleMg?: string;
  days?: string;
  json?: boolean;
}

const costJson = (c: CostRange): Record<string, unknown> => ({ ...c, sources: c.sources.map(sourceJson) });
const costLine = (c: CostRange): string =>
  `Cost (${c.currency}, ${c.days} days): ${c.perMonth.min}-${c.perMonth.max} [${c.sources.map((s) => s.id).join(', ')}]`;

export function registerCompound(program: Command): void {
  const compound = program
    .command('compound')
    .description('compounding calculator: a liquid made from tablets, or capsules (for talking it through with a pharmacist)');

  compound
    .command('liquid')
    .description('liquid from naltrexone tablets: concentration, mL per dose with syringe rounding, supply, storage and cost')
    .requiredOption('--tablet-mg <mg>', 'strength of one tablet (usually 50)')
    .option('--water-ml <mL>', 'water for one tablet (or give --concentration)')
    .option('--concentration <mg/mL>', 'target concentration instead of --water-ml')
    .requiredOption('--dose-mg <mg>', 'daily dose')
    .option('--days <n>', 'days of supply (default 30)')
    .option('--syringe-ml <mL>', 'oral-syringe graduation: 0.05, 0.1 (default), 0.2 or 0.5')
    .option('--preserved', 'the pharmacy adds a preservative (longer beyond-use period)')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExample:\n  ldn compound liquid --tablet-mg 50 --water-ml 50 --dose-mg 4.5 --days 30 --json')
    .action((o: LiquidOptions) => {
      const data = therapyData();
      const days = wholeNumber(o.days, '--days');
      const r = withFlags(
        () =>
          liquidFromTablets(
            {
              tabletMg: o.tabletMg,
              doseMg: o.doseMg,
              ...(o.waterMl === undefined ? {} : { waterMl: o.waterMl }),
              ...(o.concentration === undefined ? {} : { targetConcentrationMgPerMl: o.concentration }),
              ...(days === undefined ? {} : { days }),
              ...(o.syringeMl === undefined ? {} : { syringeStepMl: o.syringeMl }),
              ...(o.preserved ? { preserved: true } : {}),
            },
            data,
          ),
        FLAGS,
      );
      const cost = monthlyCost('liquid', data, r.supply.days);
      if (o.json) {
        printJson({
          ...r,
          storage: { ...r.storage, sources: r.storage.sources.map(sourceJson) },
          warnings: r.warnings.map((w) => ({ ...w, sources: w.sources.map(sourceJson) })),
          cost: costJson(cost),
          notice: NOT_MEDICAL_ADVICE,
        });
        return;
      }
      printLines([
        `Concentration: ${r.concentrationMgPerMl} mg/mL${r.concentrationExact ? '' : ' (rounded)'}; ${r.waterMl} mL of water per ${r.tabletMg} mg tablet.`,
        ...wrap(r.perDose.text, 100, ''),
        ...wrap(r.supply.text, 100, ''),
        ...wrap(`Storage: ${r.storage.storage}. ${r.storage.text} [${r.storage.sources.map((s) => s.id).join(', ')}]`, 100, ''),
        ...r.warnings.flatMap((w) => wrap(`! ${w.text} [${w.sources.map((s) => s.id).join(', ')}]`, 100, '')),
        costLine(cost),
        '',
        NOT_MEDICAL_ADVICE,
      ]);
    });

  compound
    .command('capsule')
    .description('compounded capsules: how many, fillers to prefer or avoid, and cost')
    .requiredOption('--dose-mg <mg>', 'daily dose')
    .option('--capsule-mg <mg>', 'strength of each capsule (default: one capsule of the dose)')
    .option('--days <n>', 'days of supply (default 30)')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExample:\n  ldn compound capsule --dose-mg 4.5 --capsule-mg 1.5 --days 30 --json')
    .action((o: CapsuleOptions) => {
      const data = therapyData();
      const days = wholeNumber(o.days, '--days');
      const r = withFlags(
        () =>
          capsulePlan(
            { doseMg: o.doseMg, ...(o.capsuleMg === undefined ? {} : { capsuleMg: o.capsuleMg }), ...(days === undefined ? {} : { days }) },
            data,
          ),
        FLAGS,
      );
      const cost = monthlyCost('capsule', data, r.days);
      if (o.json) {
        printJson({
          ...r,
          fillers: r.fillers.map((f) => ({ ...f, sources: f.sources.map(sourceJson) })),
          warnings: r.warnings.map((w) => ({ ...w, sources: w.sources.map(sourceJson) })),
          cost: costJson(cost),
          notice: NOT_MEDICAL_ADVICE,
        });
        return;
      }
      printLines([
        `${r.capsulesPerDose} x ${r.capsuleMg} mg capsule(s) a day for ${r.days} days: ${r.count} capsules.`,
        'Fillers:',
        ...r.fillers.flatMap((f) => wrap(`- ${f.name} (${f.verdict}): ${f.text} [${f.sources.map((s) => s.id).join(', ')}]`, 100, '  ')),
        ...r.warnings.flatMap((w) => wrap(`! ${w.text} [${w.sources.map((s) => s.id).join(', ')}]`, 100, '')),
        costLine(cost),
        '',
        NOT_MEDICAL_ADVICE,
      ]);
    });
}
