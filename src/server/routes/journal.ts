/**
 * Journal routes: thin translations between HTTP and the journal core/repository.
 * Every route needs a session, and every query is scoped to the signed-in person.
 */
import { randomUUID } from 'node:crypto';
import { createRoute, z } from '@hono/zod-openapi';
import { problemResponses } from '../../contracts/common.js';
import {
  entryEnvelopeSchema,
  entryListSchema,
  entryRequestSchema,
  historySchema,
  idParamSchema,
  importResultSchema,
  insightsSchema,
  rangeQuerySchema,
  scalesSchema,
  type EntryResponse,
} from '../../contracts/journal.js';
import { entriesFromCsv, entriesToCsv } from '../../core/journal/csv.js';
import { fromParsedEntry, type JournalEntry } from '../../core/journal/entry.js';
import { journalToFhirBundle } from '../../core/journal/fhir.js';
import { computeInsights } from '../../core/journal/insights.js';
import { recurringSideEffects } from '../../core/journal/recurring-side-effects.js';
import { DEFAULT_SCALES, type Scale } from '../../core/journal/scales.js';
import { SIDE_EFFECT_LABELS } from '../../core/journal/side-effects.js';
import { mcgToMg } from '../../core/shared/dose.js';
import { DomainError } from '../../core/shared/errors.js';
import { isUuid } from '../../core/shared/ids.js';
import {
  deleteEntry,
  entryHistory,
  getEntry,
  getScales,
  listEntries,
  saveDays,
  setScales,
  updateEntry,
  type StoredJournalEntry,
} from '../../db/repos/journal.js';
import { DayWriter } from '../../db/repos/day-writer.js';
import { requireUser } from '../auth/session.js';
import type { SessionStore } from '../auth/session-store.js';
import { userOf } from '../env.js';
import { allow } from '../http/validation.js';
import type { App, AppDeps } from '../app.js';

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });
const tags = ['journal'];
const notFound = { 404: { ...problemResponses[400], description: 'No such entry for this person.' } } as const;

export function toEntryResponse(
  e: StoredJournalEntry | (JournalEntry & { id: string; version?: number; updatedAt?: string }),
): EntryResponse {
  return {
    id: e.id,
    day: e.day,
    status: e.status,
    dose: e.dose
      ? {
          mg: mcgToMg(e.dose.mcg),
          ...(e.dose.time ? { time: e.dose.time } : {}),
          ...(e.dose.form ? { form: e.dose.form } : {}),
          ...(e.dose.pharmacy ? { pharmacy: e.dose.pharmacy } : {}),
          ...(e.dose.lot ? { lot: e.dose.lot } : {}),
        }
      : null,
    scores: { ...e.scores },
    sideEffects: e.sideEffects.map((s) => ({ ...s })),
    ...(e.note ? { note: e.note } : {}),
    version: e.version ?? 1,
    updatedAt: e.updatedAt ?? '',
  };
}

/** An id that is not even UUID-shaped cannot name a stored entry: answer 404 without asking the database. */
function checkedId(id: string): string {
  if (!isUuid(id)) throw new DomainError('LDN_NOT_FOUND', 'No such journal entry.', { field: 'id' });
  return id;
}

async function scalesOf(deps: AppDeps, userId: Parameters<typeof getScales>[1]): Promise<Scale[]> {
  const chosen = await getScales(deps.db, userId);
  if (chosen.length === 0) return [...DEFAULT_SCALES];
  return chosen.map((s) => DEFAULT_SCALES.find((d) => d.key === s.key) ?? { key: s.key, label: s.label, higherIsBetter: false });
}

export function registerJournal(app: App, deps: AppDeps, sessions: SessionStore): void {
  const { db, clock } = deps;
  // PGlite runs one statement at a time; a server can take a few batches at once.
  const writer = new DayWriter(db, { maxInFlight: db.kind === 'pglite' ? 1 : 4 });
  app.use('/api/journal/*', requireUser(sessions, clock));

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/journal/entries',
      tags,
      summary: 'Entries in a date range, oldest first',
      request: { query: rangeQuerySchema },
      responses: { 200: { description: 'Entries.', ...json(entryListSchema) } },
    }),
    async (c) => {
      const entries = await listEntries(db, userOf(c).id, c.req.valid('query'));
      return c.json(allow(entryListSchema, { entries: entries.map(toEntryResponse) }), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/journal/entries',
      tags,
      summary: "Record a day's check-in (replaces that day's entry, keeping the old one in its history)",
      request: { body: { required: true, ...json(entryRequestSchema) } },
      responses: {
        200: { description: 'Updated.', ...json(entryEnvelopeSchema) },
        201: { description: 'Created.', ...json(entryEnvelopeSchema) },
        ...problemResponses,
      },
    }),
    async (c) => {
      const entry = fromParsedEntry(c.req.valid('json'));
      const saved = await writer.save(userOf(c).id, entry, randomUUID());
      return c.json(allow(entryEnvelopeSchema, { entry: toEntryResponse(saved.entry), created: saved.created }), saved.created ? 201 : 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/journal/entries/{id}',
      tags,
      summary: 'One entry',
      request: { params: idParamSchema },
      responses: { 200: { description: 'The entry.', ...json(entryEnvelopeSchema) }, ...notFound },
    }),
    async (c) => {
      const entry = await getEntry(db, userOf(c).id, checkedId(c.req.valid('param').id));
      return c.json(allow(entryEnvelopeSchema, { entry: toEntryResponse(entry) }), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/api/journal/entries/{id}',
      tags,
      summary: 'Edit an entry; the previous version is kept',
      request: { params: idParamSchema, body: { required: true, ...json(entryRequestSchema) } },
      responses: { 200: { description: 'The edited entry.', ...json(entryEnvelopeSchema) }, ...notFound, ...problemResponses },
    }),
    async (c) => {
      const id = checkedId(c.req.valid('param').id);
      const entry = await updateEntry(db, userOf(c).id, id, fromParsedEntry(c.req.valid('json')));
      return c.json(allow(entryEnvelopeSchema, { entry: toEntryResponse(entry) }), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/journal/entries/{id}',
      tags,
      summary: 'Delete an entry and its history',
      request: { params: idParamSchema },
      responses: { 204: { description: 'Deleted.' }, ...notFound },
    }),
    async (c) => {
      await deleteEntry(db, userOf(c).id, checkedId(c.req.valid('param').id));
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/journal/entries/{id}/history',
      tags,
      summary: 'Earlier versions of an entry',
      request: { params: idParamSchema },
      responses: { 200: { description: 'Revisions, oldest first.', ...json(historySchema) }, ...notFound },
    }),
    async (c) => {
      const revisions = await entryHistory(db, userOf(c).id, checkedId(c.req.valid('param').id));
      return c.json(
        allow(historySchema, {
          revisions: revisions.map((r) => ({
            version: r.version,
            replacedAt: r.replacedAt,
            entry: toEntryResponse({ ...r.entry, dose: r.entry.dose }),
          })),
        }),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/journal/scales',
      tags,
      summary: 'The symptom scales this person tracks',
      responses: { 200: { description: 'Scales.', ...json(scalesSchema) } },
    }),
    async (c) => {
      const scales = await scalesOf(deps, userOf(c).id);
      return c.json(allow(scalesSchema, { scales: scales.map((s) => ({ key: s.key, label: s.label })) }), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/api/journal/scales',
      tags,
      summary: 'Choose the symptom scales to track',
      request: { body: { required: true, ...json(scalesSchema) } },
      responses: { 200: { description: 'Scales.', ...json(scalesSchema) }, ...problemResponses },
    }),
    async (c) => {
      const { scales } = c.req.valid('json');
      await setScales(db, userOf(c).id, scales);
      return c.json(allow(scalesSchema, { scales }), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/journal/insights',
      tags,
      summary: 'Series, dose steps, before/after comparisons and side-effect timeline',
      request: { query: rangeQuerySchema },
      responses: { 200: { description: 'Insights.', ...json(insightsSchema) } },
    }),
    async (c) => {
      const me = userOf(c).id;
      const [entries, scales] = await Promise.all([listEntries(db, me, c.req.valid('query')), scalesOf(deps, me)]);
      const ins = computeInsights(entries, scales);
      return c.json(
        allow(insightsSchema, {
          ...ins,
          doseSteps: ins.doseSteps.map((s) => ({ from: s.from, to: s.to, mg: mcgToMg(s.mcg) })),
          comparisons: ins.comparisons.map(({ fromMcg, toMcg, ...rest }) => ({ ...rest, fromMg: mcgToMg(fromMcg), toMg: mcgToMg(toMcg) })),
          supplyChanges: ins.supplyChanges.map((s) => ({
            ...s,
            notComputed: s.notComputed && {
              doseChangeDay: s.notComputed.doseChangeDay,
              fromMg: mcgToMg(s.notComputed.fromMcg),
              toMg: mcgToMg(s.notComputed.toMcg),
              reason: s.notComputed.reason,
            },
          })),
          sideEffects: ins.sideEffects.map((s) => ({
            key: s.key,
            days: [...s.days],
            label: SIDE_EFFECT_LABELS.get(s.key) ?? s.key,
          })),
          recurringSideEffects: recurringSideEffects(entries, deps.therapy.advice, deps.therapy.sources),
        }),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/journal/export.csv',
      tags,
      summary: 'All entries as CSV (columns in src/core/journal/README.md)',
      responses: { 200: { description: 'CSV.', content: { 'text/csv': { schema: z.string() } } } },
    }),
    async (c) => {
      const csv = entriesToCsv(await listEntries(db, userOf(c).id));
      return c.body(csv, 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': 'attachment; filename="ldn-journal.csv"',
      });
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/journal/export.fhir.json',
      tags,
      summary: 'All entries as a FHIR R4 Bundle',
      responses: {
        200: {
          description: 'FHIR Bundle.',
          content: { 'application/fhir+json': { schema: z.string().meta({ description: 'A FHIR R4 Bundle (JSON)' }) } },
        },
      },
    }),
    async (c) => {
      const me = userOf(c).id;
      const bundle = journalToFhirBundle({ id: me }, await listEntries(db, me), {
        scales: await scalesOf(deps, me),
        generatedAt: clock.now(),
      });
      // A raw body: the declared content type is FHIR JSON, not the route's typed JSON helper.
      return c.body(JSON.stringify(bundle), 200, {
        'content-type': 'application/fhir+json; charset=utf-8',
        'content-disposition': 'attachment; filename="ldn-journal.fhir.json"',
      }) as never;
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/journal/import',
      tags,
      summary: 'Import CSV: good rows are saved, each bad row is reported with its line number',
      request: { body: { required: true, content: { 'text/csv': { schema: z.string() } } } },
      responses: { 200: { description: 'What was imported and what was not.', ...json(importResultSchema) }, ...problemResponses },
    }),
    async (c) => {
      const text = await c.req.text();
      if (text.includes('\u0000')) throw new DomainError('LDN_IMPORT_INVALID_CSV', 'The file is binary, not CSV.', { field: 'file' });
      const { entries, errors } = entriesFromCsv(text);
      const me = userOf(c).id;
      // Days in one file are distinct (the parser reports repeats), so they can go in large batches.
      for (let i = 0; i < entries.length; i += 200) {
        await saveDays(
          db,
          entries.slice(i, i + 200).map((entry) => ({ userId: me, entry, newId: randomUUID() })),
        );
      }
      return c.json(allow(importResultSchema, { imported: entries.length, errors }), 200);
    },
  );
}
