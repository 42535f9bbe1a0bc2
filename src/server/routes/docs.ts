import { createRequire } from 'node:module';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { App } from '../app.js';
import { DOCS_CSS } from './docs-style.js';

const swaggerDir = path.dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));

// The same landmarks and off-label notice as the web app's pages (src/web/src/app/Layout.tsx), shortened.
const DOCS_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>LDN Atlas API</title><link rel="stylesheet" href="/api/docs/assets/swagger-ui.css"><link rel="stylesheet" href="/api/docs/style.css"></head>
<body><header class="docs-header"><a href="/">LDN Atlas</a> API reference</header>
<aside class="docs-notice" aria-label="Important notice"><strong>Off-label and not medical advice.</strong> Low-dose naltrexone is not approved for any of the conditions this API covers; ask a prescriber or pharmacist before changing treatment.</aside>
<main id="swagger-ui"><noscript><p>This page needs JavaScript. The API description itself is at <a href="/api/openapi.json">/api/openapi.json</a>.</p></noscript></main>
<script src="/api/docs/assets/swagger-ui-bundle.js"></script><script src="/api/docs/init.js"></script></body></html>`;

/*
 * Kept as a separate file so the page needs no inline script under the CSP.
 * - deepLinking off: it puts a link inside each operation's toggle button, an
 *   interactive element inside another that screen readers cannot reach.
 * - The "obsidian" highlighting theme: the default ("agate") shows numbers at 3.4:1.
 * - Swagger UI gives an enum parameter's <select> and the request body's <textarea>
 *   no accessible name (the parameter's name is in another table cell), so they
 *   are named as they render.
 */
const INIT_JS = `window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#swagger-ui', deepLinking: false, syntaxHighlight: { theme: 'obsidian' } });
new MutationObserver(function () {
  document.querySelectorAll('tr[data-param-name] select:not([aria-label])').forEach(function (s) {
    var row = s.closest('tr[data-param-name]');
    s.setAttribute('aria-label', row.dataset.paramName + ' (' + row.dataset.paramIn + ' parameter)');
  });
  document.querySelectorAll('textarea.body-param__text:not([aria-label])').forEach(function (t) {
    t.setAttribute('aria-label', 'Request body');
  });
}).observe(document.getElementById('swagger-ui'), { childList: true, subtree: true });
`;

/** `/api/openapi.json` is generated from the same zod schemas that validate requests. */
export function registerDocs(app: App, version: string): void {
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'LDN Atlas API',
      version,
      description:
        'Evidence, claim checking, planning, journal and n-of-1 trials for low-dose naltrexone. LDN is used off-label; this API is not medical advice.',
    },
  });
  app.get('/api/docs', (c) => c.html(DOCS_HTML));
  app.get('/api/docs/init.js', (c) => c.body(INIT_JS, 200, { 'content-type': 'text/javascript; charset=utf-8' }));
  app.get('/api/docs/style.css', (c) => c.body(DOCS_CSS, 200, { 'content-type': 'text/css; charset=utf-8' }));
  app.use('/api/docs/assets/*', serveStatic({ root: swaggerDir, rewriteRequestPath: (p) => p.replace('/api/docs/assets', '') }));
}
