/**
 * Group commit for journal check-ins. Saves that arrive while a write is running
 * are gathered and stored together in one multi-row statement as soon as it
 * finishes, so many people saving at once cost a few statements, not one each.
 * Every caller still gets its own answer, and its own error: when a batch fails,
 * its saves are retried one by one so one bad row never sinks the others.
 */
import type { JournalEntry } from '../../core/journal/entry.js';
import type { UserId } from '../../core/shared/ids.js';
import type { Queryable } from '../db.js';
import { saveDays, type DayWrite, type SavedDay } from './journal.js';

interface Pending extends DayWrite {
  resolve(saved: SavedDay): void;
  reject(error: unknown): void;
}

export class DayWriter {
  private queue: Pending[] = [];
  private running = 0;
  private scheduled = false;

  constructor(
    private readonly db: Queryable,
    private readonly options: { maxBatch?: number; maxInFlight?: number } = {},
  ) {}

  save(userId: UserId, entry: JournalEntry, newId: string): Promise<SavedDay> {
    return new Promise((resolve, reject) => {
      this.queue.push({ userId, entry, newId, resolve, reject });
      this.schedule();
    });
  }

  // setImmediate runs after the event loop's I/O phase, so every request that has
  // already arrived joins the batch before it is sent.
  private schedule(): void {
    if (this.scheduled || this.running >= (this.options.maxInFlight ?? 1) || this.queue.length === 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      void this.flush();
    });
  }

  private async flush(): Promise<void> {
    const batch = this.takeBatch();
    if (batch.length === 0) return;
    this.running += 1;
    try {
      const saved = await saveDays(this.db, batch);
      batch.forEach((p, i) => p.resolve(saved[i] as SavedDay));
    } catch (error) {
      if (batch.length === 1) batch[0]?.reject(error);
      else await this.oneByOne(batch);
    } finally {
      this.running -= 1;
      this.schedule();
    }
  }

  /** Up to maxBatch saves, at most one per (person, day): the same day twice goes in the next batch, in order. */
  private takeBatch(): Pending[] {
    const max = this.options.maxBatch ?? 100;
    const seen = new Set<string>();
    const batch: Pending[] = [];
    const rest: Pending[] = [];
    for (const p of this.queue) {
      const key = `${p.userId}|${p.entry.day}`;
      if (batch.length < max && !seen.has(key)) {
        seen.add(key);
        batch.push(p);
      } else {
        seen.add(key);
        rest.push(p);
      }
    }
    this.queue = rest;
    return batch;
  }

  private async oneByOne(batch: readonly Pending[]): Promise<void> {
    for (const p of batch) {
      try {
        const [saved] = await saveDays(this.db, [p]);
        p.resolve(saved as SavedDay);
      } catch (error) {
        p.reject(error);
      }
    }
  }
}
