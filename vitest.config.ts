import { defineConfig } from 'vitest/config';

/**
 * Test tiers, told apart by file suffix (docs/architecture.md):
 * - unit: `*.test.ts` — pure code, no I/O, milliseconds;
 * - int:  `*.int.test.ts` — database or HTTP in-process; run once on PGlite and
 *         once on the PostgreSQL server named by TEST_DATABASE_URL;
 * - e2e:  `src/web/e2e/*.e2e.test.ts` — real Chromium through playwright-core.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/*.e2e.test.ts', '**/node_modules/**'],
        },
      },
      {
        test: {
          name: 'int',
          include: ['src/**/*.int.test.ts', 'tests/**/*.int.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['src/web/e2e/**/*.e2e.test.ts'],
          testTimeout: 90_000,
          hookTimeout: 90_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
