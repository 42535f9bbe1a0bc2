/**
 * Evidence atlas routes: conditions with their grades, studies, the seed articles
 * (sources) with their claims, and search. Read-only over the atlas built at
 * start-up, so they need no session and no database.
 */
import { createRoute } from '@hono/zod-openapi';
import { NOT_MEDICAL_ADVICE, problemResponses } from '../../contracts/common.js';
import {
  conditionDetailSchema,
  conditionListSchema,
  evidenceIdParamSchema,
  searchQuerySchema,
  searchResultSchema,
  sourceDetailSchema,
  sourceListSchema,
  studyDetailSchema,
  studyListQuerySchema,
  studyListSchema,
  type ConditionDetailResponse,
  type ConditionListResponse,
  type SourceDetailResponse,
  type StudyDetailResponse,
} from '../../contracts/evidence.js';
import { studyLabel, type Atlas, type Claim, type Study } from '../../core/evidence/index.js';
import { DomainError } from '../../core/shared/errors.js';
import { allow } from '../http/validation.js';
import type { App, AppDeps } from '../app.js';

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });
const tags = ['evidence'];
const notFound = (what: string) =>
  ({ 404: { ...problemResponses[400], description: `No ${what} with this id (LDN_NOT_FOUND).` } }) as const;

function missing(kind: string, id: string): DomainError {
  return new DomainError('LDN_NOT_FOUND', `No ${kind} with id "${id}".`, { field: 'id' });
}

const studyView = (s: Study) => ({ ...s, label: studyLabel(s) });

function claimView(atlas: Atlas, c: Claim) {
  return { ...c, sourceTitle: atlas.source(c.sourceId)?.title ?? c.sourceId };
}

export function conditionList(atlas: Atlas): ConditionListResponse {
  return allow(conditionListSchema, {
    conditions: atlas.conditions().map((c) => {
      const g = atlas.grade(c.id)!;
      return {
        ...c,
        grade: g.grade,
        overridden: g.override !== undefined,
        controlledTrials: g.controlledTrials,
        direction: g.direction,
        flags: g.flags,
        studyCount: atlas.studies({ condition: c.id }).length,
      };
    }),
    notice: NOT_MEDICAL_ADVICE,
  });
}

export function conditionDetail(atlas: Atlas, id: string): ConditionDetailResponse {
  const c = atlas.condition(id);
  const g = atlas.grade(id);
  if (!c || !g) throw missing('condition', id);
  const ref = (x: { id: string; name: string }) => ({ id: x.id, name: x.name });
  const parent = c.parent === undefined ? undefined : atlas.condition(c.parent);
  return allow(conditionDetailSchema, {
    condition: {
      ...c,
      ...(parent ? { parent: ref(parent) } : { parent: undefined }),
      children: atlas
        .conditions()
        .filter((x) => x.parent === id)
        .map(ref),
    },
    grade: g,
    studies: atlas.studies({ condition: id }).map(studyView),
    claims: atlas.claimsFor(id).map((claim) => claimView(atlas, claim)),
    notice: NOT_MEDICAL_ADVICE,
  });
}

export function studyDetail(atlas: Atlas, id: string): StudyDetailResponse {
  const s = atlas.study(id);
  if (!s) throw missing('study', id);
  return allow(studyDetailSchema, {
    study: studyView(s),
    conditions: s.conditions.map((cid) => ({ id: cid, name: atlas.condition(cid)?.name ?? cid })),
    notice: NOT_MEDICAL_ADVICE,
  });
}

export function sourceDetail(atlas: Atlas, id: string): SourceDetailResponse {
  const s = atlas.source(id);
  if (!s) throw missing('source', id);
  return allow(sourceDetailSchema, {
    source: { ...s, claimCount: s.claims.length },
    claims: s.claims.map((c) => claimView(atlas, c)),
    notice: NOT_MEDICAL_ADVICE,
  });
}

export function registerEvidence(app: App, deps: AppDeps): void {
  const { atlas } = deps;
  // A claim hit links to its article's page, so search needs claim id -> source id.
  const claimSource = new Map(atlas.sources().flatMap((s) => (atlas.source(s.id)?.claims ?? []).map((c) => [c.id, s.id] as const)));

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/conditions',
      tags,
      summary: 'Every condition at a glance: grade, number of controlled trials, direction of the best evidence',
      responses: { 200: { description: 'Conditions, sorted by name.', ...json(conditionListSchema) } },
    }),
    (c) => c.json(conditionList(atlas), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/conditions/{id}',
      tags,
      summary: 'One condition: grade with rationale (and override reason), flags, outcome grades, studies, and what the articles claimed',
      request: { params: evidenceIdParamSchema },
      responses: {
        200: { description: 'The condition.', ...json(conditionDetailSchema) },
        ...notFound('condition'),
        ...problemResponses,
      },
    }),
    (c) => c.json(conditionDetail(atlas, c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/studies',
      tags,
      summary: 'Studies, newest first, filtered by condition (with its more specific forms), design and direction',
      request: { query: studyListQuerySchema },
      responses: { 200: { description: 'Matching studies.', ...json(studyListSchema) }, ...problemResponses },
    }),
    (c) => {
      const { condition, design, direction } = c.req.valid('query');
      if (condition !== undefined && atlas.condition(condition) === undefined) {
        throw new DomainError('LDN_VALIDATION_FAILED', `query.condition: no condition with id "${condition}".`, {
          field: 'query.condition',
        });
      }
      const studies = atlas.studies({
        ...(condition === undefined ? {} : { condition }),
        ...(design === undefined ? {} : { design }),
        ...(direction === undefined ? {} : { direction }),
      });
      return c.json(allow(studyListSchema, { studies: studies.map(studyView), notice: NOT_MEDICAL_ADVICE }), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/studies/{id}',
      tags,
      summary: 'One study: citation, identifiers, design, population, dose, outcomes, adverse events, caveats',
      request: { params: evidenceIdParamSchema },
      responses: { 200: { description: 'The study.', ...json(studyDetailSchema) }, ...notFound('study'), ...problemResponses },
    }),
    (c) => c.json(studyDetail(atlas, c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/sources',
      tags,
      summary: 'The articles whose claims were checked',
      responses: { 200: { description: 'Sources, by id.', ...json(sourceListSchema) } },
    }),
    (c) =>
      c.json(
        allow(sourceListSchema, {
          sources: atlas.sources().map((s) => ({ ...s, claimCount: atlas.source(s.id)?.claims.length ?? 0 })),
          notice: NOT_MEDICAL_ADVICE,
        }),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/sources/{id}',
      tags,
      summary: 'One article and each of its claims (paraphrased) with a verdict and the reason',
      request: { params: evidenceIdParamSchema },
      responses: { 200: { description: 'The source.', ...json(sourceDetailSchema) }, ...notFound('source'), ...problemResponses },
    }),
    (c) => c.json(sourceDetail(atlas, c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/search',
      tags,
      summary: 'One search over conditions, studies and claims, best first; abbreviations and typos allowed ("MS", "chrons")',
      request: { query: searchQuerySchema },
      responses: { 200: { description: 'Results, best first.', ...json(searchResultSchema) }, ...problemResponses },
    }),
    (c) => {
      const { q, limit } = c.req.valid('query');
      const results = atlas.search(q, limit).map((hit) => {
        const sourceId = hit.type === 'claim' ? claimSource.get(hit.id) : undefined;
        return { ...hit, ...(sourceId === undefined ? {} : { sourceId }) };
      });
      return c.json(allow(searchResultSchema, { results, notice: NOT_MEDICAL_ADVICE }), 200);
    },
  );
}
