/**
 * Shared edges of the therapy commands: the data files (read once), lines from
 * stdin, whole-number flags, and core field names translated to the flags a
 * person typed, so `--every 0` is reported as `--every`, not `custom.intervalDays`.
 */
import { loadTherapyData } from '../data/therapy-files.js';
import { DomainError, isDomainError } from '../core/shared/errors.js';
import type { TherapyData } from '../core/therapy/schema.js';
import { formatSource, type SourceRef } from '../core/therapy/index.js';

let cached: TherapyData | undefined;
export function therapyData(): TherapyData {
  cached ??= loadTherapyData();
  return cached;
}

export async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) {
    throw new DomainError('LDN_VALIDATION_FAILED', 'lines: give the lines as arguments, or pipe them in (one per line).', {
      field: 'lines',
    });
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** A flag that must be a whole number (days); anything else is refused with the flag named. */
export function wholeNumber(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,6}$/.test(value.trim())) {
    throw new DomainError('LDN_VALIDATION_FAILED', `${flag} must be a whole number; got "${value}".`, { field: flag });
  }
  return Number(value);
}

/** Re-labels a core error with the CLI flag that carried the value. */
export function withFlags<T>(run: () => T, flags: Readonly<Record<string, string>>): T {
  try {
    return run();
  } catch (error) {
    if (!isDomainError(error) || error.field === undefined) throw error;
    const field = error.field;
    const flag = flags[field] ?? Object.entries(flags).find(([k]) => field.startsWith(`${k}.`))?.[1];
    if (flag === undefined) throw error;
    const message = error.message.startsWith(field) ? `${flag}${error.message.slice(field.length)}` : error.message;
    throw new DomainError(error.code, message, { field: flag, ...(error.details ? { details: error.details } : {}) });
  }
}

/** Sources in JSON output: the id and enough to find the source again. */
export function sourceJson(s: SourceRef): SourceRef & { text: string } {
  return { ...s, text: formatSource(s) };
}

/** Wraps text to the given width for the readable (non-JSON) output. */
export function wrap(text: string, width: number, indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines;
}
