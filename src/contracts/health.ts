import { z } from 'zod';

export const healthResponseSchema = z
  .object({
    status: z.literal('ok'),
    version: z.string(),
    database: z.object({
      kind: z.enum(['pglite', 'postgres']),
      migrationVersion: z.number().int().nonnegative(),
    }),
    uptimeSeconds: z.number().nonnegative(),
  })
  .meta({ id: 'Health' });
export type HealthResponse = z.infer<typeof healthResponseSchema>;
