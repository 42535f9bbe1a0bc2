import { hash, verify } from '@node-rs/argon2';

// Algorithm.Argon2id in @node-rs/argon2's const enum (a const enum cannot be imported under verbatimModuleSyntax).
const ARGON2ID = 2;

/**
 * argon2id with OWASP's minimum recommended parameters (Password Storage Cheat
 * Sheet: m = 19 MiB, t = 2, p = 1), which are also @node-rs/argon2's defaults.
 */
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A real hash to verify against when the account does not exist, so timing does not reveal that. */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword('decoy password that matches nothing');
  return decoy;
}
