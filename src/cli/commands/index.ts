import type { Command } from 'commander';
import { registerDb } from './db.js';
import { registerEvidence } from './evidence.js';
import { registerSearch } from './search.js';
import { registerCheckClaims } from './check-claims.js';
import { registerScreen } from './screen.js';
import { registerPlan } from './plan.js';
import { registerCompound } from './compound.js';
import { registerTrial } from './trial.js';

/** Every CLI command, registered in help order. */
export const COMMANDS: ReadonlyArray<(program: Command) => void> = [
  registerEvidence,
  registerSearch,
  registerCheckClaims,
  registerScreen,
  registerPlan,
  registerCompound,
  registerTrial,
  registerDb,
];
