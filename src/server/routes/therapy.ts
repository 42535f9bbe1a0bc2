/**
 * Therapy planner routes: the safety screen, titration plans with their
 * exports, and the compounding calculator. They compute and store nothing, so
 * they need no session; the same-origin check still guards every POST.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { NOT_MEDICAL_ADVICE, problemResponses, problemSchema } from '../../contracts/common.js';
import {
  capsuleRequestSchema,
  capsuleResultSchema,
  liquidRequestSchema,
  liquidResultSchema,
  planFormatQuerySchema,
  planExportQuerySchema,
  planRequestSchema,
  planResponseSchema,
  protocolListSchema,
  screenRequestSchema,
  screenResultSchema,
  type PlanExportFormat,
  type PlanRequest,
  type PlanResponse,
  type ProtocolListResponse,
} from '../../contracts/therapy.js';
import { DomainError } from '../../core/shared/errors.js';
import { mcgToMg } from '../../core/shared/dose.js';
import {
  buildPlan,
  capsulePlan,
  liquidFromTablets,
  monthlyCost,
  OFF_LABEL_NOTICE,
  PLAN_CSS,
  planToCsv,
  planToICalendar,
  renderPlanHtml,
  screen,
  type Plan,
  type PlanInput,
  type TherapyData,
} from '../../core/therapy/index.js';
import { resolveSources } from '../../core/therapy/sources.js';
import { allow, validationError } from '../http/validation.js';
import type { App, AppDeps } from '../app.js';

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });
const tags = ['therapy'];
const tooMany = {
  413: {
    description: 'More than 10,000 non-empty lines (LDN_SCREEN_TOO_MANY_LINES) or a body over the size limit.',
    content: { 'application/problem+json': { schema: problemSchema } },
  },
} as const;

export const PLAN_CSS_PATH = '/api/therapy/plan.css';

const EXPORTS: Record<PlanExportFormat, { type: string; file: string }> = {
  ics: { type: 'text/calendar; charset=utf-8', file: 'ldn-plan.ics' },
  csv: { type: 'text/csv; charset=utf-8', file: 'ldn-plan.csv' },
  html: { type: 'text/html; charset=utf-8', file: 'ldn-plan.html' },
};

/** `{text}` is split on any line break so a paste from Windows or an old Mac reads the same. */
export function screenLines(body: { lines?: readonly string[] | undefined; text?: string | undefined }): readonly string[] {
  return body.lines ?? (body.text ?? '').split(/\r\n|\r|\n/);
}

function toPlanInput(req: PlanRequest): PlanInput {
  return {
    protocolId: req.protocolId,
    startDate: req.startDate,
    ...(req.durationDays === undefined ? {} : { durationDays: req.durationDays }),
    ...(req.form === undefined ? {} : { form: withoutUndefined(req.form) }),
    ...(req.custom === undefined ? {} : { custom: req.custom }),
  };
}

/** exactOptionalPropertyTypes: zod marks absent optionals `undefined`; the core wants them absent. */
function withoutUndefined<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as { [K in keyof T]: Exclude<T[K], undefined> };
}

export function planResponse(plan: Plan): PlanResponse {
  return allow(planResponseSchema, {
    ...plan,
    parameters: {
      startMg: mcgToMg(plan.parameters.startMcg),
      stepMg: mcgToMg(plan.parameters.stepMcg),
      intervalDays: plan.parameters.intervalDays,
      targetMg: mcgToMg(plan.parameters.targetMcg),
      maxMg: mcgToMg(plan.parameters.maxMcg),
    },
  });
}

export function protocolList(therapy: TherapyData): ProtocolListResponse {
  return allow(protocolListSchema, {
    protocols: therapy.protocols.map((p) => ({
      id: p.id,
      kind: p.kind,
      name: p.name,
      description: p.description,
      notes: p.notes,
      schedulable: p.kind !== 'reference-only',
      ...(p.kind === 'custom' ? {} : { band: p.band }),
      ...(p.kind === 'stepped'
        ? {
            setting: p.setting,
            startMg: mcgToMg(p.startMcg),
            stepMg: mcgToMg(p.stepMcg),
            intervalDays: p.intervalDays,
            targetMg: mcgToMg(p.targetMcg),
            maxMg: mcgToMg(p.maxMcg),
          }
        : {}),
      sources: resolveSources(p.sources, therapy.sources),
    })),
    notice: OFF_LABEL_NOTICE,
  });
}

/** The plan request of a GET export: JSON text in `?plan=`, checked like a POST body. */
function planFromQuery(text: string): PlanRequest {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new DomainError('LDN_VALIDATION_FAILED', 'plan: the query parameter must hold the plan request as JSON.', { field: 'plan' });
  }
  const parsed = planRequestSchema.safeParse(raw);
  if (!parsed.success) throw validationError(parsed.error);
  return parsed.data;
}

function exportResponse(c: Context, deps: AppDeps, plan: Plan, format: PlanExportFormat, inline: boolean): Response {
  const body =
    format === 'ics'
      ? planToICalendar(plan, { clock: deps.clock })
      : format === 'csv'
        ? planToCsv(plan)
        : renderPlanHtml(plan, { stylesheetHref: PLAN_CSS_PATH });
  const { type, file } = EXPORTS[format];
  return c.body(body, 200, {
    'content-type': type,
    'content-disposition': `${inline && format === 'html' ? 'inline' : 'attachment'}; filename="${file}"`,
    'cache-control': 'no-store',
  });
}

export function registerTherapy(app: App, deps: AppDeps): void {
  const { therapy } = deps;

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/therapy/screen',
      tags,
      summary: 'Safety screen: one verdict (block, caution, info, ok) per medicine or situation line, with reasons and sources',
      request: { body: { required: true, ...json(screenRequestSchema) } },
      responses: { 200: { description: 'One result per non-empty line.', ...json(screenResultSchema) }, ...tooMany, ...problemResponses },
    }),
    (c) => {
      const result = screen(screenLines(c.req.valid('json')), therapy.lexicon, therapy.rules);
      return c.json(allow(screenResultSchema, result), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/therapy/protocols',
      tags,
      summary: 'Titration protocols, each with its sources',
      responses: { 200: { description: 'Protocols.', ...json(protocolListSchema) } },
    }),
    (c) => c.json(protocolList(therapy), 200),
  );

  const exportContent = Object.fromEntries(Object.values(EXPORTS).map((x) => [x.type.split(';')[0]!, { schema: z.string() }]));

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/therapy/plan',
      tags,
      summary: 'A dated titration schedule (JSON), or with ?format=ics|csv|html one of its exports',
      request: { query: planFormatQuerySchema, body: { required: true, ...json(planRequestSchema) } },
      responses: {
        200: { description: 'The plan.', content: { ...json(planResponseSchema).content, ...exportContent } },
        ...problemResponses,
      },
    }),
    (c) => {
      const { format, disposition } = c.req.valid('query');
      const plan = buildPlan(toPlanInput(c.req.valid('json')), therapy);
      if (format) return exportResponse(c, deps, plan, format, disposition === 'inline') as never;
      return c.json(planResponse(plan), 200);
    },
  );

  for (const format of ['ics', 'csv', 'html'] as const) {
    const { type } = EXPORTS[format];
    const summary =
      format === 'ics'
        ? 'The plan as an iCalendar file (one all-day event per step)'
        : format === 'csv'
          ? 'The plan as CSV, one row per day'
          : 'The plan as a printable HTML page (with the not-medical-advice notice)';
    const ok = { description: `The ${format} file.`, content: { [type.split(';')[0]!]: { schema: z.string() } } };
    app.openapi(
      createRoute({
        method: 'post',
        path: `/api/therapy/plan.${format}`,
        tags,
        summary,
        request: { query: planFormatQuerySchema.pick({ disposition: true }), body: { required: true, ...json(planRequestSchema) } },
        responses: { 200: ok, ...problemResponses },
      }),
      (c) => {
        const plan = buildPlan(toPlanInput(c.req.valid('json')), therapy);
        return exportResponse(c, deps, plan, format, c.req.valid('query').disposition === 'inline') as never;
      },
    );
    app.openapi(
      createRoute({
        method: 'get',
        path: `/api/therapy/plan.${format}`,
        tags,
        summary: `${summary}, for a plain link (?plan=<PlanRequest JSON>)`,
        request: { query: planExportQuerySchema },
        responses: { 200: ok, ...problemResponses },
      }),
      (c) => {
        const query = c.req.valid('query');
        const plan = buildPlan(toPlanInput(planFromQuery(query.plan)), therapy);
        return exportResponse(c, deps, plan, format, query.disposition === 'inline') as never;
      },
    );
  }

  app.openapi(
    createRoute({
      method: 'get',
      path: PLAN_CSS_PATH,
      tags,
      summary: 'Styles of the printable plan (served as a file so the page needs no inline style under the CSP)',
      responses: { 200: { description: 'CSS.', content: { 'text/css': { schema: z.string() } } } },
    }),
    (c) => c.body(PLAN_CSS, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=3600' }) as never,
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/therapy/compound/liquid',
      tags,
      summary: 'Liquid made from naltrexone tablets: concentration, volume per dose with syringe rounding, supply, storage, cost',
      request: { body: { required: true, ...json(liquidRequestSchema) } },
      responses: { 200: { description: 'The calculation.', ...json(liquidResultSchema) }, ...problemResponses },
    }),
    (c) => {
      const input = withoutUndefined(c.req.valid('json'));
      const result = liquidFromTablets(input, therapy);
      return c.json(
        allow(liquidResultSchema, { ...result, cost: monthlyCost('liquid', therapy, result.supply.days), notice: NOT_MEDICAL_ADVICE }),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/therapy/compound/capsule',
      tags,
      summary: 'Compounded capsules: count for the supply, fillers to prefer or avoid, cost',
      request: { body: { required: true, ...json(capsuleRequestSchema) } },
      responses: { 200: { description: 'The calculation.', ...json(capsuleResultSchema) }, ...problemResponses },
    }),
    (c) => {
      const input = withoutUndefined(c.req.valid('json'));
      const result = capsulePlan(input, therapy);
      return c.json(
        allow(capsuleResultSchema, { ...result, cost: monthlyCost('capsule', therapy, result.days), notice: NOT_MEDICAL_ADVICE }),
        200,
      );
    },
  );
}
