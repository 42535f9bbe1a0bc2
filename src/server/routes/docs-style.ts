/**
 * Loaded after Swagger UI's own stylesheet on /api/docs. Swagger UI's light theme
 * puts white on pale method colours (2.0-3.6:1) and greys below 4.5:1; these rules
 * raise every pair axe-core found to WCAG AA (4.5:1 for text, ratios measured
 * against the background each sits on), keep a visible keyboard focus ring, and
 * lay out the page's own header and off-label notice. Kept as a string, like
 * PLAN_CSS, so the bundled server needs no file beside it. Selectors repeat
 * Swagger UI's own so these win by coming later.
 */
export const DOCS_CSS = `
body { margin: 0; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: #1b1f24; }
.docs-header, .docs-notice { padding: 0.6rem 20px; }
.docs-header { border-bottom: 1px solid #c9d1d9; font-weight: 600; }
.docs-header a { color: #0a53be; }
.docs-notice { background: #fff4e0; color: #4d2d00; font-size: 0.95rem; border-bottom: 1px solid #c9d1d9; }
:focus-visible { outline: 3px solid #b4009e; outline-offset: 2px; }
.swagger-ui textarea:focus-visible { outline: 3px solid #b4009e; }

/* Method badges: white on these is 5.3-5.8:1 (Swagger UI's own: 2.0-3.6:1). */
.swagger-ui .opblock.opblock-get .opblock-summary-method { background: #1d6bb8; }
.swagger-ui .opblock.opblock-post .opblock-summary-method { background: #0f7a4b; }
.swagger-ui .opblock.opblock-put .opblock-summary-method { background: #a85400; }
.swagger-ui .opblock.opblock-delete .opblock-summary-method { background: #c42222; }
.swagger-ui .opblock.opblock-patch .opblock-summary-method { background: #0b7a66; }

/* The version and "OAS 3.1" badges, the link to the JSON description, Markdown code. */
.swagger-ui .info .title small { background: #5b616d; }
.swagger-ui .info .title small.version-stamp { background-color: #4e7000; }
.swagger-ui .info a { color: #1f62b0; }
.swagger-ui .markdown code, .swagger-ui .renderedMarkdown code { color: #7a0fd6; }

/* Greys: "path"/"query" under a parameter name, the schema "Expand all" button. */
.swagger-ui .parameter__extension, .swagger-ui .parameter__in { color: #595959; }
.swagger-ui .json-schema-2020-12-expand-deep-button { color: #555555; }

/* Try it out: Execute, Cancel and Download. Execute is disabled (opacity 0.3)
   while a request runs; Swagger UI's 0.3 s fade back left it below 4.5:1 for a
   moment (4.44:1 seen by axe in CI), so buttons change state at once. */
.swagger-ui .btn { transition: none; }
.swagger-ui .btn.execute { background-color: #1f62b0; border-color: #1f62b0; }
.swagger-ui .btn.cancel { border-color: #b3261e; color: #b3261e; }
.swagger-ui .download-contents { background: #5b616d; }

/*
 * Examples grow to their full height instead of scrolling inside a 400 px box:
 * a scrolling box is out of reach of a keyboard unless it can take focus, which
 * Swagger UI does not give it. Examples already wrap; the curl command is made to
 * (its highlighter sets white-space inline, hence the one !important, as Swagger
 * UI's own rule for examples does).
 */
.swagger-ui .highlight-code > .microlight, .swagger-ui .responses-inner .curl { max-height: none; overflow-y: visible; }
.swagger-ui .curl-command .curl code { white-space: pre-wrap !important; overflow-wrap: anywhere; }
`;
