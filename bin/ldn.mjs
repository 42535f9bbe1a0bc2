#!/usr/bin/env node
// The `ldn` command: runs the TypeScript CLI directly through tsx, so a fresh
// clone needs no build step after `npm ci`.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
