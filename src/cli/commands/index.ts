import type { Command } from 'commander';
import { registerDb } from './db.js';
import { registerScreen } from './screen.js';
import { registerPlan } from './plan.js';
import { registerCompound } from './compound.js';

/** Every CLI command, registered in help order. */
export const COMMANDS: ReadonlyArray<(program: Command) => void> = [registerScreen, registerPlan, registerCompound, registerDb];
