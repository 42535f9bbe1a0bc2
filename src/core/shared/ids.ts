import type { Brand } from './brand.js';

export type UserId = Brand<string, 'UserId'>;
export type EntryId = Brand<string, 'EntryId'>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A UUID-shaped id; anything else can never name a stored record. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
