import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { loadTherapyData } from '../../data/therapy-files.js';
import { fixedClock } from '../shared/clock.js';
import { escapeText, foldLine, planToICalendar } from './ical.js';
import { buildPlan } from './titration.js';

const data = loadTherapyData();
const plan = buildPlan({ protocolId: 'start-low', startDate: '2026-01-01', form: { kind: 'liquid', concentrationMgPerMl: 1 } }, data);
const ics = planToICalendar(plan, { clock: fixedClock('2026-01-01T08:30:00Z'), uidDomain: 'example.org' });

describe('planToICalendar (RFC 5545)', () => {
  it('uses CRLF everywhere and folds every line to at most 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const enc = new TextEncoder();
    for (const line of ics.split('\r\n')) expect(enc.encode(line).length).toBeLessThanOrEqual(75);
  });

  it('parses with ical.js into one all-day event per step', () => {
    const comp = new ICAL.Component(ICAL.parse(ics));
    const events = comp.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(3);
    expect(events.map((e) => [e.startDate.toString(), e.endDate.toString(), e.startDate.isDate])).toEqual([
      ['2026-01-01', '2026-01-15', true],
      ['2026-01-15', '2026-01-29', true],
      ['2026-01-29', '2026-02-26', true],
    ]);
    expect(events[0]?.summary).toBe('LDN 1.5 mg = 1.5 mL of 1 mg/mL daily (step 1 of 3)');
    expect(events[0]?.uid).toBe('ldn-plan-start-low-20260101-step1@example.org');
    expect(new Set(events.map((e) => e.uid)).size).toBe(3);
    const vevent = comp.getFirstSubcomponent('vevent');
    expect(vevent?.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-01-01T08:30:00Z');
    // Unfolded and unescaped, the description keeps its commas, semicolons and newlines.
    expect(events[0]?.description).toContain('at bedtime, as in the trials');
    expect(events[0]?.description).toContain('\nLow-dose naltrexone is an off-label use');
  });

  it('is deterministic for a frozen clock', () => {
    expect(planToICalendar(plan, { clock: fixedClock('2026-01-01T08:30:00Z'), uidDomain: 'example.org' })).toBe(ics);
  });
});

describe('text helpers', () => {
  it('escapes backslash, semicolon, comma and newline', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('folds on character boundaries, never inside a UTF-8 sequence', () => {
    const line = `DESCRIPTION:${'é'.repeat(100)}`;
    const folded = foldLine(line);
    const enc = new TextEncoder();
    for (const part of folded.split('\r\n')) expect(enc.encode(part).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    const parsed = new ICAL.Component(
      ICAL.parse(`BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\n${folded}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`),
    );
    expect(parsed.getFirstSubcomponent('vevent')?.getFirstPropertyValue('description')).toBe('é'.repeat(100));
  });
});
