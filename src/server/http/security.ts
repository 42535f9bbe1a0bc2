import { secureHeaders } from 'hono/secure-headers';
import type { MiddlewareHandler } from 'hono';

/**
 * A strict Content-Security-Policy: scripts and styles only from this origin,
 * no inline script, no framing, no plugins. The built web app needs nothing more.
 * The API docs page (Swagger UI) sets inline style attributes, so it alone also allows those.
 */
export function securityHeaders(): MiddlewareHandler {
  const common = {
    strictTransportSecurity: false as const,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: 'no-referrer',
    xFrameOptions: 'DENY',
    permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
  };
  const csp = (styleInline: boolean) =>
    secureHeaders({
      ...common,
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: styleInline ? ["'self'", "'unsafe-inline'"] : ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
      },
    });
  const strict = csp(false);
  const docs = csp(true);
  return (c, next) => (c.req.path.startsWith('/api/docs') ? docs(c, next) : strict(c, next));
}
