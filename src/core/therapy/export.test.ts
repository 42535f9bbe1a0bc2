import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { loadTherapyData } from '../../data/therapy-files.js';
import { csvField, planToCsv, PLAN_CSV_HEADER } from './csv.js';
import { escapeHtml, PLAN_CSS, renderPlanHtml } from './html.js';
import { buildPlan, type Plan } from './titration.js';

const data = loadTherapyData();
const plan = buildPlan(
  { protocolId: 'slow', startDate: '2026-01-01', durationDays: 30, form: { kind: 'liquid', concentrationMgPerMl: 3 } },
  data,
);

describe('planToCsv', () => {
  it('has one row per day and parses back with csv-parse', () => {
    const rows = parse(planToCsv(plan), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...PLAN_CSV_HEADER]);
    expect(rows).toHaveLength(30);
    expect(rows[0]).toEqual({
      date: '2026-01-01',
      day: '1',
      step: '1',
      dose_mg: '0.5',
      dose_ml: '0.2',
      form: 'liquid',
      note: '0.2 mL holds 0.6 mg (20.0%)',
    });
    expect(rows[29]).toMatchObject({ date: '2026-01-30', day: '30', step: '3', dose_mg: '1.5', dose_ml: '0.5' });
  });

  it('quotes fields with commas or quotes and defuses formula prefixes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=1+1')).toBe("'=1+1");
  });
});

describe('renderPlanHtml', () => {
  it('includes the notice, every step and the sources', () => {
    const html = renderPlanHtml(plan);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('Not medical advice.');
    expect(html).toContain('off-label');
    expect(html).toContain('2026-01-15');
    expect(html).toContain('id="src-ldnrt-hashimoto"');
    expect(html).toContain('<h2>Sources</h2>');
  });

  it('inlines its CSS by default, and links it instead for a strict CSP', () => {
    expect(renderPlanHtml(plan)).toContain(`<style>\n${PLAN_CSS}</style>`);
    const linked = renderPlanHtml(plan, { stylesheetHref: '/api/therapy/plan.css' });
    expect(linked).toContain('<link rel="stylesheet" href="/api/therapy/plan.css">');
    expect(linked).not.toMatch(/<style|style=/);
  });

  it('escapes everything that comes from data', () => {
    const evil: Plan = { ...plan, protocol: { ...plan.protocol, name: '<script>alert(1)</script>', description: 'a & "b"' } };
    const html = renderPlanHtml(evil);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('a &amp; &quot;b&quot;');
    expect(escapeHtml(`'`)).toBe('&#39;');
  });
});
