/**
 * A trial CSV with a bad cell is refused as a whole for analysis (unlike the
 * journal import, which keeps the good rows): one dropped day could silently
 * change a period mean. The first issue names its line and column, with the
 * code that fits it: an absent or unknown arm is LDN_TRIAL_MISSING_ARM.
 */
import { DomainError, type ErrorCode } from '../shared/errors.js';

export interface CsvIssue {
  readonly line: number;
  readonly column?: string;
  readonly message: string;
}

export function assertNoCsvIssues(issues: readonly CsvIssue[]): void {
  const first = issues[0];
  if (!first) return;
  const code: ErrorCode =
    first.column === 'arm' ? 'LDN_TRIAL_MISSING_ARM' : first.column === 'date' ? 'LDN_DATE_INVALID' : 'LDN_VALIDATION_FAILED';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem(s))` : '';
  throw new DomainError(code, `line ${first.line}: ${first.message}${more}`, {
    field: first.column ? `line ${first.line} ${first.column}` : `line ${first.line}`,
    details: { issues: issues.slice(0, 50).map((i) => ({ ...i })) },
  });
}
