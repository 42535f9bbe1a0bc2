import { isDomainError } from '../core/shared/errors.js';

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function printLines(lines: readonly string[]): void {
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** One short line on stderr and a non-zero exit; never a stack trace for expected failures. */
export function exitWithError(error: unknown): never {
  if (isDomainError(error)) {
    const field = error.field ? ` (${error.field})` : '';
    process.stderr.write(`ldn: ${error.message}${field} [${error.code}]\n`);
    process.exit(error.code === 'LDN_INTERNAL' ? 1 : 2);
  }
  process.stderr.write(`ldn: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
