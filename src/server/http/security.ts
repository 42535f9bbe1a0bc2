import type { Context } from 'hono';

/**
 * A strict Content-Security-Policy: scripts and styles only from this origin, no
 * inline script, no framing, no plugins; the built web app needs nothing more.
 * The API docs page (Swagger UI) sets inline style attributes, so it alone also
 * allows those. Headers are computed once, not per request.
 */
const csp = (styleSrc: string): string =>
  [
    "default-src 'self'",
    "script-src 'self'",
    `style-src ${styleSrc}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; ');

const COMMON: ReadonlyArray<[string, string]> = [
  ['X-Content-Type-Options', 'nosniff'],
  ['X-Frame-Options', 'DENY'],
  ['Referrer-Policy', 'no-referrer'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()'],
];
const STRICT: ReadonlyArray<[string, string]> = [...COMMON, ['Content-Security-Policy', csp("'self'")]];
const DOCS: ReadonlyArray<[string, string]> = [...COMMON, ['Content-Security-Policy', csp("'self' 'unsafe-inline'")]];

/**
 * Sets the headers on the context before the handler runs: Hono copies them into
 * the response it builds, whereas touching c.res.headers afterwards would force
 * @hono/node-server off its fast path.
 */
export function setSecurityHeaders(c: Context): void {
  for (const [name, value] of c.req.path.startsWith('/api/docs') ? DOCS : STRICT) c.header(name, value);
}
