/**
 * iCalendar export of a plan (RFC 5545): one all-day VEVENT per step, CRLF
 * line endings, lines folded at 75 octets without splitting a UTF-8
 * character, TEXT values escaped (§3.3.11), DTSTAMP from the injected clock.
 */
import type { Clock } from '../shared/clock.js';
import { addDays, type LocalDate } from '../shared/dates.js';
import { formatSource } from './sources.js';
import { OFF_LABEL_NOTICE, type Plan } from './titration.js';

export interface ICalOptions {
  readonly clock: Clock;
  /** Right-hand side of each UID; a domain the caller controls. */
  readonly uidDomain?: string;
}

/** RFC 5545 §3.3.11: backslash, semicolon, comma and newlines are escaped. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** RFC 5545 §3.1: lines longer than 75 octets continue on the next line after CRLF + one space. */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74; // the leading space of a continuation line counts
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const basicDate = (d: LocalDate): string => d.replace(/-/g, '');

function stamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

export function planToICalendar(plan: Plan, options: ICalOptions): string {
  const domain = options.uidDomain ?? 'ldn-atlas.invalid';
  const dtstamp = stamp(options.clock.now());
  const timing = plan.timing.map((t) => t.text).join(' ');
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//LDN Atlas//Therapy planner//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(`LDN plan: ${plan.protocol.name}`)}`,
  ];
  for (const step of plan.steps) {
    const description = [
      `Daily dose: ${step.label}.`,
      step.roundingNote ? `Syringe rounding: ${step.roundingNote}.` : '',
      timing,
      OFF_LABEL_NOTICE,
      `Sources: ${plan.sources
        .filter((s) => s.strength !== 'weak')
        .map((s) => formatSource(s))
        .join(' | ')}`,
    ]
      .filter(Boolean)
      .join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:ldn-plan-${plan.protocol.id}-${basicDate(plan.startDate)}-step${String(step.index + 1)}@${domain}`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${basicDate(step.from)}`,
      // All-day DTEND is exclusive (RFC 5545 §3.6.1).
      `DTEND;VALUE=DATE:${basicDate(addDays(step.to, 1))}`,
      `SUMMARY:${escapeText(`LDN ${step.label} daily (step ${String(step.index + 1)} of ${String(plan.steps.length)})`)}`,
      `DESCRIPTION:${escapeText(description)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
