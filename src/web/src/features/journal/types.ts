import type { z } from 'zod';
import type { EntryResponse, historySchema, importResultSchema, insightsSchema } from '../../../../contracts/journal.js';

export type Entry = EntryResponse;
export type Insights = z.infer<typeof insightsSchema>;
export type History = z.infer<typeof historySchema>;
export type ImportResult = z.infer<typeof importResultSchema>;
export interface ScaleChoice {
  readonly key: string;
  readonly label: string;
}
