/**
 * The claim checker over HTTP: `POST /api/check-claims` takes an article as JSON
 * (`{text, format}`), as an uploaded file (multipart `file`, named .txt/.md/.html)
 * or as a raw text/plain, text/markdown or text/html body, and answers each
 * health claim with a verdict against the evidence atlas. Nothing is stored, so
 * no session is needed; the same-origin check still guards the POST.
 * Every refusal is problem+json with the core's LDN_CHECK_* code (see src/core/claims/input.ts).
 */
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { NOT_MEDICAL_ADVICE, problemResponses, problemSchema } from '../../contracts/common.js';
import {
  checkClaimsRequestSchema,
  checkClaimsResponseSchema,
  type CheckClaimsRequest,
  type CheckClaimsResponse,
  type CheckConditionRefResponse,
  type CheckFormat,
  type CheckStudyRefResponse,
} from '../../contracts/claims.js';
import { checkArticle, evidenceFromAtlas, formatFromFileName, type ArticleFormat, type EvidencePort } from '../../core/claims/index.js';
import { bestControlled } from '../../core/claims/verdict.js';
import type { Atlas } from '../../core/evidence/atlas.js';
import { studyLabel } from '../../core/evidence/grading.js';
import type { Study } from '../../core/evidence/schema.js';
import { DomainError } from '../../core/shared/errors.js';
import { allow } from '../http/validation.js';
import type { App, AppDeps } from '../app.js';

export const CHECK_NOTICE = `Verdicts come from fixed rules applied to the atlas's grades, not from a person reading the article: read each explanation and the studies behind it. ${NOT_MEDICAL_ADVICE}`;

const TO_CORE: Readonly<Record<CheckFormat, ArticleFormat>> = { txt: 'text', md: 'markdown', html: 'html' };
const FROM_CORE: Readonly<Record<ArticleFormat, CheckFormat>> = { text: 'txt', markdown: 'md', html: 'html' };
const RAW_TYPES: Readonly<Record<string, ArticleFormat>> = { 'text/plain': 'text', 'text/markdown': 'markdown', 'text/html': 'html' };
const FILE_NAME = /\.(?:txt|text|md|markdown|html?|xhtml)$/i;

const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: problemSchema } } });

/** Bytes to text. Undecodable bytes become U+FFFD, which the core's binary check counts. */
function decode(bytes: ArrayBuffer): string {
  return new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
}

interface Article {
  readonly raw: string;
  readonly format: ArticleFormat;
}

async function fromForm(c: Context): Promise<Article> {
  let form: Record<string, string | File | (string | File)[]>;
  try {
    form = await c.req.parseBody();
  } catch {
    throw new DomainError('LDN_VALIDATION_FAILED', 'body: the form data cannot be read.', { field: 'body' });
  }
  const file = form['file'];
  if (file instanceof File) {
    if (!FILE_NAME.test(file.name)) {
      throw new DomainError('LDN_UNSUPPORTED_MEDIA', `file: "${file.name}" is not a .txt, .md or .html file.`, { field: 'file' });
    }
    return { raw: decode(await file.arrayBuffer()), format: formatFromFileName(file.name) };
  }
  const text = form['text'];
  if (typeof text === 'string') {
    const format = form['format'];
    if (format !== undefined && (typeof format !== 'string' || !(format in TO_CORE))) {
      throw new DomainError('LDN_VALIDATION_FAILED', 'format: must be one of txt, md, html.', { field: 'format' });
    }
    return { raw: text, format: TO_CORE[(format ?? 'txt') as CheckFormat] };
  }
  throw new DomainError('LDN_VALIDATION_FAILED', 'file: choose a .txt, .md or .html file (form field "file").', { field: 'file' });
}

async function readArticle(c: Context, json: Partial<CheckClaimsRequest>): Promise<Article> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === '' || /^application\/([a-z-.]+\+)?json$/.test(type)) {
    if (json.text === undefined) {
      throw new DomainError('LDN_CHECK_EMPTY_TEXT', 'The article text is empty: paste an article or choose a file.', { field: 'text' });
    }
    return { raw: json.text, format: TO_CORE[json.format ?? 'txt'] };
  }
  if (type === 'multipart/form-data' || type === 'application/x-www-form-urlencoded') return fromForm(c);
  const format = RAW_TYPES[type];
  if (format === undefined) {
    throw new DomainError(
      'LDN_UNSUPPORTED_MEDIA',
      'content-type: send JSON, a form with a file, or text/plain, text/markdown or text/html.',
      {
        field: 'content-type',
      },
    );
  }
  return { raw: decode(await c.req.arrayBuffer()), format };
}

function studyRef(s: Study): CheckStudyRefResponse {
  return {
    id: s.id,
    label: studyLabel(s),
    design: s.design,
    n: s.n,
    direction: s.direction,
    ...(s.ids.pmid ? { pmid: s.ids.pmid } : {}),
    ...(s.ids.doi ? { doi: s.ids.doi } : {}),
    ...(s.ids.nct ? { nct: s.ids.nct } : {}),
  };
}

/** The strongest controlled study for a condition, ranked exactly as the checker's explanation ranks it. */
function bestControlledTrial(atlas: Atlas, conditionId: string, deciding: readonly string[]): Study | undefined {
  return bestControlled(atlas.studies({ condition: conditionId }), deciding);
}

/** Names, grades and best trials for every condition and study the claims mention. */
function lookups(
  atlas: Atlas,
  conditionIds: Iterable<string>,
  studyIds: Iterable<string>,
): { conditions: CheckConditionRefResponse[]; studies: CheckStudyRefResponse[] } {
  const conditions: CheckConditionRefResponse[] = [];
  for (const id of new Set(conditionIds)) {
    const c = atlas.condition(id);
    if (!c) continue;
    const g = atlas.grade(id);
    const best = bestControlledTrial(atlas, id, g ? g.decidingStudies.map((s) => s.id) : []);
    conditions.push({
      id,
      name: c.name,
      grade: g?.grade ?? null,
      direction: g?.direction ?? null,
      bestControlledTrial: best ? studyRef(best) : null,
    });
  }
  const studies: CheckStudyRefResponse[] = [];
  for (const id of new Set(studyIds)) {
    const s = atlas.study(id);
    if (s) studies.push(studyRef(s));
  }
  return { conditions, studies };
}

/** The checked article as the API returns it (also used by tests to compare with the core). */
export function checkClaimsResponse(atlas: Atlas, evidence: EvidencePort, raw: string, format: ArticleFormat): CheckClaimsResponse {
  const { text, result } = checkArticle(raw, format, evidence);
  const { conditions, studies } = lookups(
    atlas,
    result.claims.flatMap((c) => c.conditions),
    result.claims.flatMap((c) => c.studies),
  );
  return allow(checkClaimsResponseSchema, {
    claims: result.claims,
    summary: result.summary,
    text,
    format: FROM_CORE[format],
    conditions,
    studies,
    notice: CHECK_NOTICE,
  });
}

export function registerClaims(app: App, deps: AppDeps): void {
  const { atlas } = deps;
  // Indexes are compiled once per port (WeakMap in the core), so the port is built once here.
  const evidence = evidenceFromAtlas(atlas);

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/check-claims',
      tags: ['claims'],
      summary:
        'Check an article: each health claim about LDN with a verdict (consistent, overstated, unsupported, contradicted, not assessable)',
      description:
        'Send JSON `{text, format}`, a multipart form with a `file` (.txt, .md or .html), or the article itself as text/plain, text/markdown or text/html. At most 50,000 words and a 4 MiB body.',
      request: {
        body: {
          required: false,
          content: {
            'application/json': { schema: checkClaimsRequestSchema },
            'multipart/form-data': {
              schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] },
            },
            'text/plain': { schema: { type: 'string' } },
            'text/markdown': { schema: { type: 'string' } },
            'text/html': { schema: { type: 'string' } },
          },
        },
      },
      responses: {
        200: {
          description: 'The claims found, in text order, with a summary.',
          content: { 'application/json': { schema: checkClaimsResponseSchema } },
        },
        ...problemResponses,
        413: problem('Over 50,000 words (LDN_CHECK_TOO_LARGE) or a body over 4 MiB (LDN_PAYLOAD_TOO_LARGE).'),
        415: problem('Binary data (LDN_CHECK_BINARY), or a content type or file name this endpoint does not read (LDN_UNSUPPORTED_MEDIA).'),
        422: problem('HTML nested too deeply or with too many elements (LDN_CHECK_HTML_TOO_COMPLEX).'),
      },
    }),
    async (c) => {
      // The JSON validator runs only for JSON bodies (the body is optional because other types are read by hand); otherwise `{}`.
      const json = (c.req as unknown as { valid(target: 'json'): Partial<CheckClaimsRequest> }).valid('json');
      const article = await readArticle(c, json);
      return c.json(checkClaimsResponse(atlas, evidence, article.raw, article.format), 200);
    },
  );
}
