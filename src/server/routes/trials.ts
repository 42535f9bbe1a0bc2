/**
 * n-of-1 trial routes. Every route needs a session and every query is scoped to
 * the signed-in person (another person's trial id is a 404).
 *
 * Blinding (see src/core/trials/README.md, "Running a trial in the app"):
 * - the trial, list and status responses carry period numbers and dates only; their
 *   allow-list schemas have no field for an arm, a pharmacist code or the seed;
 * - the server draws the seed, so the person never holds the key;
 * - the pharmacist sheet (arm and code per period) is a separate POST that the
 *   person must confirm they are handing to the pharmacist unread; every release
 *   while sealed is logged and printed in the report;
 * - analysis and report answer 409 LDN_TRIAL_SEALED until an unblinding (reason
 *   required, who/why/when appended to a log that cannot be edited).
 */
import { randomInt, randomUUID } from 'node:crypto';
import { createRoute, z } from '@hono/zod-openapi';
import { NOT_MEDICAL_ADVICE, problemResponses } from '../../contracts/common.js';
import {
  analyzeCsvRequestSchema,
  createTrialRequestSchema,
  pharmacistSheetRequestSchema,
  pharmacistSheetSchema,
  trialAnalysisSchema,
  trialCreatedSchema,
  trialIdParamSchema,
  trialListSchema,
  trialSchema,
  trialStatusSchema,
  unblindRequestSchema,
  unblindResponseSchema,
} from '../../contracts/trials.js';
import { DEFAULT_SCALES, scaleFor, type Scale } from '../../core/journal/scales.js';
import { isLocalDate, type LocalDate } from '../../core/shared/dates.js';
import { mcgToMg } from '../../core/shared/dose.js';
import { DomainError } from '../../core/shared/errors.js';
import { isUuid, type UserId } from '../../core/shared/ids.js';
import { analyzeTrial, type TrialAnalysis } from '../../core/trials/analysis.js';
import { assertNoCsvIssues } from '../../core/trials/csv-issues.js';
import { assertSeed, designTrial } from '../../core/trials/design.js';
import { trialProgress, trialRowsFromJournal } from '../../core/trials/progress.js';
import { buildTrialReport, describeResult, reportHtml, type TrialReport } from '../../core/trials/report.js';
import { parseTrialCsv } from '../../data/trial-csv.js';
import { getScales, listEntries } from '../../db/repos/journal.js';
import {
  countSheetReleases,
  createTrial,
  getAllocation,
  getTrial,
  listTrials,
  listUnblindings,
  recordSheetRelease,
  trialNotFound,
  unblindTrial,
  type StoredTrialDesign,
  type TrialRecord,
} from '../../db/repos/trials.js';
import { requireUser } from '../auth/session.js';
import type { SessionStore } from '../auth/session-store.js';
import { userOf } from '../env.js';
import { allow } from '../http/validation.js';
import { trialReportPdf } from '../trials/trial-pdf.js';
import type { App, AppDeps } from '../app.js';

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });
const tags = ['trials'];
const notFound = { 404: { ...problemResponses[400], description: 'No such trial for this person.' } } as const;
const sealed = { 409: { ...problemResponses[400], description: 'LDN_TRIAL_SEALED: unblind first, with a reason.' } } as const;
const unprocessable = {
  422: { ...problemResponses[400], description: 'The design or data cannot answer the question (LDN_TRIAL_*).' },
} as const;

/** Seeds are drawn below 2^48 - 1, the widest range node:crypto's randomInt covers in one call. */
const SEED_LIMIT = 2 ** 48 - 1;

function checkedId(id: string): string {
  if (!isUuid(id)) throw trialNotFound();
  return id;
}

async function scalesOf(deps: AppDeps, userId: UserId): Promise<Scale[]> {
  const chosen = await getScales(deps.db, userId);
  if (chosen.length === 0) return [...DEFAULT_SCALES];
  return chosen.map((s) => DEFAULT_SCALES.find((d) => d.key === s.key) ?? { key: s.key, label: s.label, higherIsBetter: false });
}

function comparisonText(d: StoredTrialDesign): string {
  return `${d.armLabels.A} against ${d.armLabels.B}`;
}

/** The blinded view. Built field by field, so nothing sealed can slip through even before `allow`. */
function publicTrial(t: TrialRecord): z.input<typeof trialSchema> {
  const d = t.design;
  return {
    id: t.id,
    status: t.status,
    createdAt: t.createdAt,
    comparison: comparisonText(d),
    pairs: d.pairs,
    periodDays: d.periodDays,
    washoutDays: d.washoutDays,
    start: d.start,
    end: d.end,
    primaryOutcome: d.primaryOutcome,
    mcid: d.mcid,
    higherIsBetter: d.higherIsBetter,
    schedule: t.schedule.map(({ period, start, end, washoutEnd, analysisStart }) => ({ period, start, end, washoutEnd, analysisStart })),
  };
}

/** Today for the person: the client may name its local day; otherwise the server's UTC day. */
function todayOf(deps: AppDeps, asked: string | undefined): LocalDate {
  if (asked !== undefined && isLocalDate(asked)) return asked;
  return deps.clock.now().toISOString().slice(0, 10) as LocalDate;
}

async function analysisOf(deps: AppDeps, me: UserId, trial: TrialRecord): Promise<{ analysis: TrialAnalysis; outcomeLabel: string }> {
  if (trial.status !== 'unblinded') {
    throw new DomainError('LDN_TRIAL_SEALED', 'The allocation is still sealed: unblind the trial (with a reason) before analysing it.', {
      field: 'status',
    });
  }
  const d = trial.design;
  const [periods, entries, scales] = await Promise.all([
    getAllocation(deps.db, me, trial.id),
    listEntries(deps.db, me, { from: d.start, to: d.end }),
    scalesOf(deps, me),
  ]);
  const rows = trialRowsFromJournal(periods, entries, d.primaryOutcome);
  const analysis = analyzeTrial(rows, { mcid: d.mcid, higherIsBetter: d.higherIsBetter, design: { periods } });
  return { analysis, outcomeLabel: scaleFor(d.primaryOutcome, scales).label };
}

async function reportOf(deps: AppDeps, me: UserId, id: string): Promise<{ report: TrialReport; trial: TrialRecord }> {
  const trial = await getTrial(deps.db, me, id);
  const { analysis, outcomeLabel } = await analysisOf(deps, me, trial);
  const [unblindings, sheetReleases] = await Promise.all([listUnblindings(deps.db, me, id), countSheetReleases(deps.db, me, id)]);
  const report = buildTrialReport({
    trialId: id,
    generatedAt: deps.clock.now().toISOString(),
    outcomeLabel,
    design: trial.design,
    analysis,
    unblindings,
    sheetReleases,
  });
  return { report, trial };
}

function analysisResponse(a: TrialAnalysis, labels: { A: string; B: string }, outcome: string): z.output<typeof trialAnalysisSchema> {
  const { headline, clearDifference } = describeResult(a, labels, outcome);
  return allow(trialAnalysisSchema, { ...a, armLabels: labels, headline, clearDifference, notice: NOT_MEDICAL_ADVICE });
}

export function registerTrials(app: App, deps: AppDeps, sessions: SessionStore): void {
  const { db, clock } = deps;
  // In Hono '/api/trials/*' also matches '/api/trials' itself.
  app.use('/api/trials/*', requireUser(sessions, clock));

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/trials',
      tags,
      summary: 'Design and store a trial; the server draws the seed and seals the allocation',
      request: { body: { required: true, ...json(createTrialRequestSchema) } },
      responses: { 201: { description: 'Created (blinded view).', ...json(trialCreatedSchema) }, ...problemResponses, ...unprocessable },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const me = userOf(c).id;
      const scales = await scalesOf(deps, me);
      const scale = scales.find((s) => s.key === body.primaryOutcome);
      if (!scale) {
        throw new DomainError(
          'LDN_VALIDATION_FAILED',
          `primaryOutcome must be one of your journal scales (${scales.map((s) => s.key).join(', ')}); got "${body.primaryOutcome}".`,
          { field: 'primaryOutcome' },
        );
      }
      const seed = body.seed === undefined ? randomInt(0, SEED_LIMIT) : assertSeed(body.seed);
      const design = designTrial({
        comparison: body.comparison,
        pairs: body.pairs,
        periodDays: body.periodDays,
        washoutDays: body.washoutDays,
        start: body.start,
        seed,
        primaryOutcome: body.primaryOutcome,
        mcid: body.mcid,
      });
      const stored: StoredTrialDesign = {
        comparison:
          design.comparison.kind === 'placebo'
            ? { kind: 'placebo' }
            : { kind: 'doses', aMg: mcgToMg(design.comparison.aMcg), bMg: mcgToMg(design.comparison.bMcg) },
        armLabels: design.armLabels,
        pairs: design.pairs,
        periodDays: design.periodDays,
        washoutDays: design.washoutDays,
        start: design.start,
        end: design.end,
        seed: design.seed,
        primaryOutcome: design.primaryOutcome,
        mcid: design.mcid,
        higherIsBetter: body.higherIsBetter ?? scale.higherIsBetter,
      };
      const trial = await createTrial(db, me, {
        id: randomUUID(),
        design: stored,
        schedule: design.patientSchedule,
        periods: design.periods.map(({ period, pair, start, end, analysisStart, arm, pharmacistCode }) => ({
          period,
          pair,
          start,
          end,
          analysisStart,
          arm,
          pharmacistCode,
        })),
      });
      return c.json(allow(trialCreatedSchema, { trial: publicTrial(trial), warnings: design.warnings.map((w) => ({ ...w })) }), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/trials',
      tags,
      summary: 'My trials, newest first (blinded view)',
      responses: { 200: { description: 'Trials.', ...json(trialListSchema) } },
    }),
    async (c) => {
      const trials = await listTrials(db, userOf(c).id);
      return c.json(allow(trialListSchema, { trials: trials.map(publicTrial) }), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/trials/analyze',
      tags,
      summary: 'Analyse trial data given as CSV (date, period, arm, outcome); nothing is stored',
      request: { body: { required: true, ...json(analyzeCsvRequestSchema) } },
      responses: { 200: { description: 'The analysis.', ...json(trialAnalysisSchema) }, ...problemResponses, ...unprocessable },
    }),
    (c) => {
      const body = c.req.valid('json');
      if (body.csv.includes('\u0000'))
        throw new DomainError('LDN_IMPORT_INVALID_CSV', 'The CSV is binary data, not text.', { field: 'csv' });
      const { rows, issues } = parseTrialCsv(body.csv);
      assertNoCsvIssues(issues);
      const analysis = analyzeTrial(rows, { mcid: body.mcid, higherIsBetter: body.higherIsBetter, washoutDays: body.washoutDays });
      return c.json(analysisResponse(analysis, { A: 'A', B: 'B' }, 'the outcome'), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/trials/{id}',
      tags,
      summary: 'One trial (blinded view: period numbers and dates only)',
      request: { params: trialIdParamSchema },
      responses: { 200: { description: 'The trial.', ...json(z.object({ trial: trialSchema })) }, ...notFound },
    }),
    async (c) => {
      const trial = await getTrial(db, userOf(c).id, checkedId(c.req.valid('param').id));
      return c.json(allow(z.object({ trial: trialSchema }), { trial: publicTrial(trial) }), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/trials/{id}/status',
      tags,
      summary: 'Progress from the journal: logged, too-unwell and missing days per period, with warnings (no arms)',
      request: { params: trialIdParamSchema, query: z.object({ today: z.string().optional() }) },
      responses: { 200: { description: 'Status.', ...json(trialStatusSchema) }, ...notFound },
    }),
    async (c) => {
      const me = userOf(c).id;
      const id = checkedId(c.req.valid('param').id);
      const trial = await getTrial(db, me, id);
      const today = todayOf(deps, c.req.valid('query').today);
      const [entries, unblindings, sheetReleases] = await Promise.all([
        listEntries(db, me, { from: trial.design.start, to: trial.design.end }),
        listUnblindings(db, me, id),
        countSheetReleases(db, me, id),
      ]);
      const progress = trialProgress(trial.schedule, entries, trial.design.primaryOutcome, today);
      return c.json(
        allow(trialStatusSchema, {
          trial: publicTrial(trial),
          today,
          ...progress,
          periods: progress.periods.map((p) => ({ ...p })),
          warnings: progress.warnings.map((w) => ({ ...w })),
          unblindings,
          sheetReleases,
        }),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/trials/{id}/pharmacist-sheet',
      tags,
      summary: 'The sealed key (arm and code per period) for the pharmacist; each release while sealed is logged',
      request: { params: trialIdParamSchema, body: { required: true, ...json(pharmacistSheetRequestSchema) } },
      responses: { 200: { description: 'The sheet.', ...json(pharmacistSheetSchema) }, ...notFound, ...problemResponses },
    }),
    async (c) => {
      const me = userOf(c).id;
      const id = checkedId(c.req.valid('param').id);
      const trial = await getTrial(db, me, id);
      const periods = await getAllocation(db, me, id);
      const releases =
        trial.status === 'sealed' ? await recordSheetRelease(db, me, id, randomUUID()) : await countSheetReleases(db, me, id);
      const d = trial.design;
      return c.json(
        allow(pharmacistSheetSchema, {
          trialId: id,
          comparison: comparisonText(d),
          armLabels: d.armLabels,
          seed: d.seed,
          periods: periods.map((p) => ({
            period: p.period,
            pair: p.pair,
            start: p.start,
            end: p.end,
            code: p.pharmacistCode,
            arm: p.arm,
            armLabel: d.armLabels[p.arm],
          })),
          instructions: [
            'For the pharmacist only. Please do not show this sheet to the patient until the trial is unblinded.',
            `Dispense one pack per period, labelled only with the period's code; both arms must look, smell and taste the same.`,
            'Keep this sheet. If the prescriber needs to know the arm in an emergency, the patient can unblind in LDN Atlas, or you can read it here.',
          ],
          releases,
        }),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/trials/{id}/unblind',
      tags,
      summary: 'Unblind: a reason is required; who, why and when are appended to the log',
      request: { params: trialIdParamSchema, body: { required: true, ...json(unblindRequestSchema) } },
      responses: { 200: { description: 'Unblinded.', ...json(unblindResponseSchema) }, ...notFound, ...problemResponses },
    }),
    async (c) => {
      const me = userOf(c).id;
      const id = checkedId(c.req.valid('param').id);
      const body = c.req.valid('json');
      await unblindTrial(db, me, id, { id: randomUUID(), ...body, at: clock.now() });
      const [trial, unblindings] = await Promise.all([getTrial(db, me, id), listUnblindings(db, me, id)]);
      return c.json(allow(unblindResponseSchema, { trial: publicTrial(trial), unblindings }), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/trials/{id}/analysis',
      tags,
      summary: 'The analysis (period means, pair differences, t interval, randomisation test, Bayesian estimate); only after unblinding',
      request: { params: trialIdParamSchema },
      responses: { 200: { description: 'The analysis.', ...json(trialAnalysisSchema) }, ...notFound, ...sealed, ...unprocessable },
    }),
    async (c) => {
      const me = userOf(c).id;
      const trial = await getTrial(db, me, checkedId(c.req.valid('param').id));
      const { analysis, outcomeLabel } = await analysisOf(deps, me, trial);
      return c.json(analysisResponse(analysis, trial.design.armLabels, outcomeLabel), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/trials/{id}/report.html',
      tags,
      summary: 'One-page clinician report as HTML (only after unblinding)',
      request: { params: trialIdParamSchema },
      responses: { 200: { description: 'HTML.', content: { 'text/html': { schema: z.string() } } }, ...notFound, ...sealed },
    }),
    async (c) => {
      const { report, trial } = await reportOf(deps, userOf(c).id, checkedId(c.req.valid('param').id));
      return c.html(reportHtml(report, trial.design.armLabels)) as never;
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/trials/{id}/report.pdf',
      tags,
      summary: 'The same report as PDF (only after unblinding)',
      request: { params: trialIdParamSchema },
      responses: {
        200: { description: 'PDF.', content: { 'application/pdf': { schema: z.string().meta({ format: 'binary' }) } } },
        ...notFound,
        ...sealed,
      },
    }),
    async (c) => {
      const { report, trial } = await reportOf(deps, userOf(c).id, checkedId(c.req.valid('param').id));
      const pdf = await trialReportPdf(report, trial.design.armLabels);
      return c.body(new Uint8Array(pdf), 200, {
        'content-type': 'application/pdf',
        'content-disposition': `attachment; filename="ldn-trial-${trial.id.slice(0, 8)}.pdf"`,
      }) as never;
    },
  );
}
