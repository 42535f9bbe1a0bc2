// Lint rules, including the architecture: the domain core imports no I/O, and
// the web app never imports the database or the server. tests/architecture.test.ts
// checks the same boundaries by scanning imports, so a disabled rule cannot hide a breach.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const IO_MODULES = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'http',
  'https',
  'net',
  'child_process',
  'os',
  'crypto',
  'pg',
  '@electric-sql/*',
  'hono',
  'hono/*',
  '@hono/*',
  'react',
  'react-dom',
  'react-dom/*',
  'wouter',
  'pino',
  'commander',
];

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'var/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      eqeqeq: ['error', 'always'],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: IO_MODULES, message: 'src/core is pure: no I/O, database, HTTP, filesystem or React.' },
            {
              group: ['**/db/**', '**/server/**', '**/web/**', '**/cli/**', '**/data/**', '**/contracts/**'],
              message: 'src/core depends on nothing else in src.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/web/**/*.ts', 'src/web/**/*.tsx'],
    ignores: ['src/web/e2e/**', 'src/web/vite.config.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/db/**', '**/server/**', '**/cli/**', '**/data/**', 'pg', '@electric-sql/*'],
              message: 'The web app talks to the server over HTTP only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', 'scripts/**', 'bin/**'],
    languageOptions: { globals: globals.node },
  },
);
