import type { Command } from 'commander';
import { registerDb } from './db.js';

/** Every CLI command, registered in help order. */
export const COMMANDS: ReadonlyArray<(program: Command) => void> = [registerDb];
