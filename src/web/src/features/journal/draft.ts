/**
 * A check-in that could not be saved because the session had ended is kept in
 * this browser tab (sessionStorage, gone when the tab closes) until the same
 * person signs in again, so nobody has to type a bad day twice. It is tied to
 * the person's id: another person signing in on the same tab never sees it.
 */
import type { CheckInState } from './entryForm.js';

const KEY = 'ldn.journal.unsavedCheckIn';

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined; // storage disabled: the draft is simply not kept
  }
}

export function keepDraft(userId: string, state: CheckInState): void {
  try {
    storage()?.setItem(KEY, JSON.stringify({ userId, state }));
  } catch {
    // Quota or privacy mode: nothing to do; the form shows the error instead.
  }
}

/** The kept draft for this person, removed from storage; a draft of anyone else is discarded. */
export function takeDraft(userId: string): CheckInState | undefined {
  const raw = storage()?.getItem(KEY);
  if (!raw) return undefined;
  storage()?.removeItem(KEY);
  try {
    const kept = JSON.parse(raw) as { userId?: unknown; state?: CheckInState };
    return kept.userId === userId && kept.state && typeof kept.state.day === 'string' ? kept.state : undefined;
  } catch {
    return undefined;
  }
}

export function discardDraft(): void {
  storage()?.removeItem(KEY);
}
