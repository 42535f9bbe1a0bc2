import type { MiddlewareHandler } from 'hono';
import { bodyLimit as streamingBodyLimit } from 'hono/body-limit';
import { DomainError } from '../../core/shared/errors.js';
import type { AppEnv } from '../env.js';

const tooLarge = (max: number): DomainError =>
  new DomainError('LDN_PAYLOAD_TOO_LARGE', `The request body is over ${Math.round(max / 1024)} KiB.`, { field: 'body' });

/**
 * Refuses request bodies over `max` bytes with LDN_PAYLOAD_TOO_LARGE.
 *
 * When the request declares its Content-Length (nearly always), the header is
 * checked and the body left alone: Node's HTTP parser never delivers more bytes
 * than declared. Hono's own limiter reads `c.req.raw.body` even then, which makes
 * @hono/node-server build a full WHATWG Request with a web stream and an
 * AbortSignal and so lose its direct body read. In a CPU profile of the journal
 * write benchmark (`BENCH_PROF=1`, see bench/README.md) that was a fifth of the
 * server's busy time, and removing it raised writes/s by about a third. Chunked bodies, whose
 * size is unknown in advance, still go through Hono's counting limiter.
 */
export function bodyLimit(max: number): MiddlewareHandler<AppEnv> {
  const counting = streamingBodyLimit({
    maxSize: max,
    onError: () => {
      throw tooLarge(max);
    },
  });
  return (c, next) => {
    const declared = c.req.header('content-length');
    if (declared !== undefined && c.req.header('transfer-encoding') === undefined) {
      if (Number(declared) > max) throw tooLarge(max);
      return next();
    }
    return counting(c, next);
  };
}
