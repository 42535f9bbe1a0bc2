/**
 * Journal check-ins saved by group commit (see ../micro-batcher.ts): concurrent
 * saves share one multi-row statement; the same person and day never share a batch.
 */
import type { JournalEntry } from '../../core/journal/entry.js';
import type { UserId } from '../../core/shared/ids.js';
import type { Queryable } from '../db.js';
import { MicroBatcher, type MicroBatcherOptions } from '../micro-batcher.js';
import { saveDays, type DayWrite, type SavedDay } from './journal.js';

export class DayWriter {
  private readonly batcher: MicroBatcher<DayWrite, SavedDay>;

  constructor(db: Queryable, options: Omit<MicroBatcherOptions<DayWrite>, 'keyOf'> = {}) {
    this.batcher = new MicroBatcher((writes) => saveDays(db, writes), { ...options, keyOf: (w) => `${w.userId}|${w.entry.day}` });
  }

  save(userId: UserId, entry: JournalEntry, newId: string): Promise<SavedDay> {
    return this.batcher.submit({ userId, entry, newId });
  }
}
