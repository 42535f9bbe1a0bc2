import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe.js';
import { focused, overflowsHorizontally, startHarness, tabTo, type Harness } from './harness.js';

/**
 * An n-of-1 trial on a 360 px phone, by keyboard: the first account, the wizard
 * (a refused design first, with its reason at the field), and the status page,
 * which must show period numbers and dates but never an arm or a pharmacist code;
 * then, with a score logged for every day, unblinding and the result page.
 */
let h: Harness;
let page: Page;

beforeAll(async () => {
  h = await startHarness();
  page = await h.newPage({ width: 360, height: 740 });
});
afterAll(() => h.close());

const h1 = (p: Page, name: string | RegExp) => p.getByRole('heading', { level: 1, name });

describe('n-of-1 trials in Chromium at 360 px', () => {
  it('signs up from the trials page', async () => {
    await page.goto('/trials');
    await h1(page, 'Create the first account').waitFor();
    await page.getByLabel('Email').fill('trial@example.org');
    await page.getByLabel('Password').fill('a long enough passphrase');
    await page.getByRole('button', { name: 'Create account' }).click();
    await h1(page, 'N-of-1 trials').waitFor();
    expect(await page.getByText('How the blinding works').count()).toBe(1);
    expect(await overflowsHorizontally(page)).toBe(false);
  });

  it('designs a trial with the keyboard, seeing why a design is refused', async () => {
    await tabTo(page, (f) => f.tag === 'a' && f.text === 'Design a new trial', 'the wizard link');
    await page.keyboard.press('Enter');
    await h1(page, 'Design an n-of-1 trial').waitFor();

    await tabTo(page, (f) => f.label === 'Pairs of periods', 'the pairs field');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2');
    await page.keyboard.press('Enter');
    const alert = page.getByRole('alert').filter({ hasText: /at least 3/ });
    await alert.waitFor();
    expect(await focused(page)).toMatchObject({ label: 'Pairs of periods' });
    expect(await page.getByLabel('Pairs of periods').getAttribute('aria-invalid')).toBe('true');

    await page.keyboard.press('Control+A');
    await page.keyboard.type('3');
    await tabTo(page, (f) => f.label === 'Days in each period', 'the period length');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('7');
    await tabTo(page, (f) => f.label.startsWith('Washout days'), 'the washout');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2');
    await tabTo(page, (f) => f.tag === 'button' && f.text === 'Create the trial', 'the submit button');
    expect(await overflowsHorizontally(page)).toBe(false);
    await page.keyboard.press('Enter');
    await h1(page, /^Trial: LDN against placebo on pain/).waitFor();
  });

  it('shows the running trial with period numbers and dates, and no arm labels or codes', async () => {
    await page.getByRole('status').filter({ hasText: 'the order is sealed' }).waitFor();
    const table = page.getByRole('table').first();
    const headers = await table.locator('th').allTextContents();
    expect(headers).toEqual(['Period', 'Dates', 'Compared from', 'Scored', 'Too unwell', 'Not logged']);
    const rows = await table.locator('tbody tr').allTextContents();
    expect(rows).toHaveLength(6);
    const cells = await table.locator('tbody td').allTextContents();
    for (const c of cells) expect(c.trim()).not.toMatch(/^(A|B|LDN|placebo)$/i);
    const text = await page.locator('main').innerText();
    expect(text).not.toMatch(/P\d+-[0-9A-Z]{3}/);
    expect(text).not.toMatch(/\bseed\b/i);
    expect(text).toMatch(/Too unwell to log: 0 day/);
    expect(await page.getByRole('button', { name: 'Open the pharmacist sheet' }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Unblind the trial' }).count()).toBe(1);
    expect(await overflowsHorizontally(page)).toBe(false);
  });

  it('keeps the unblinding reason required', async () => {
    await page.getByRole('button', { name: 'Unblind the trial' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: /reason/i })
      .waitFor();
    expect(await page.getByRole('heading', { name: 'Unblind the trial' }).count()).toBe(1);
    expect(h.cspViolations).toEqual([]);
  });

  it('after unblinding, says in plain words what the chance of a benefit rests on, with the method linked', async () => {
    const trialId = new URL(page.url()).pathname.split('/').pop() ?? '';
    // A pain score for every day of the trial, through the journal API as the journal page would send it.
    const posted = await page.evaluate(async (id) => {
      const { csrfToken } = (await (await fetch('/api/auth/session')).json()) as { csrfToken: string };
      const { trial } = (await (await fetch(`/api/trials/${id}`)).json()) as {
        trial: { schedule: Array<{ period: number; start: string; end: string }> };
      };
      let n = 0;
      for (const p of trial.schedule) {
        for (let t = Date.parse(p.start), i = 0; t <= Date.parse(p.end); t += 86_400_000, i++) {
          const day = new Date(t).toISOString().slice(0, 10);
          const res = await fetch('/api/journal/entries', {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
            body: JSON.stringify({ day, scores: { pain: 3 + ((p.period + i) % 4) } }),
          });
          if (res.status === 201) n++;
        }
      }
      return n;
    }, trialId);
    expect(posted).toBe(6 * 7);

    // The refused attempt above left the focus on the reason; otherwise walk back to it.
    if ((await focused(page)).label !== 'Reason (required)') await tabTo(page, (f) => f.label === 'Reason (required)', 'the reason', true);
    await page.keyboard.type('The trial is over.');
    await tabTo(page, (f) => f.tag === 'button' && f.text === 'Unblind the trial', 'the unblind button');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Unblinded' }).waitFor();
    await tabTo(page, (f) => f.tag === 'a' && f.text === 'See the result and the clinician report', 'the result link');
    await page.keyboard.press('Enter');
    await h1(page, 'Trial result').waitFor();

    const note = page.locator('.model-note');
    await note.waitFor();
    const text = (await note.innerText()).replace(/\s+/g, ' ');
    expect(text).toMatch(
      /^How this chance is worked out: it comes from a statistical \(Bayesian\) model of the difference within each pair of periods/,
    );
    expect(text).toMatch(/not knowing in advance how much the scores vary/);
    expect(text).toMatch(/pairs do not affect one another/);
    expect(text).toMatch(/nothing carries over from one period into the next/);
    expect(text).toMatch(/Before your data, the model takes no difference as the most likely outcome \(prior: /);
    expect(text).toMatch(/Method: Gelman A, et al\. Bayesian Data Analysis, 3rd ed\. CRC, 2013, section 3\.2 \(doi:10\.1201\/b16018\)\.$/);
    // The note sits with the figure it explains.
    expect(
      await page
        .getByRole('listitem')
        .filter({ hasText: /^Chance that the benefit is bigger than/ })
        .locator('.model-note')
        .count(),
    ).toBe(1);
    await tabTo(page, (f) => f.tag === 'a' && f.text === 'doi:10.1201/b16018', 'the method link');
    expect(await page.getByRole('link', { name: 'doi:10.1201/b16018' }).getAttribute('href')).toBe('https://doi.org/10.1201/b16018');
    expect(await overflowsHorizontally(page)).toBe(false);
    // a11y.e2e.test.ts reaches this page with no scores logged, so it never sees the result with the note.
    expect(await axeViolations(page)).toEqual([]);

    // The clinician PDF (and HTML) report says the same about its probability, from the same text in src/core/trials/model-note.ts.
    const pdf = await page.request.get(`/api/trials/${trialId}/report.pdf`);
    expect(pdf.status()).toBe(200);
    const dir = mkdtempSync(path.join(tmpdir(), 'ldn-trial-e2e-'));
    try {
      const file = path.join(dir, 'report.pdf');
      writeFileSync(file, await pdf.body());
      const pdfText = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(pdfText).toContain('How that probability is worked out: it comes from a statistical (Bayesian) model');
      expect(pdfText).toContain('nothing carries over from one period into the next');
      // pdftotext may break the DOI across lines.
      expect(pdfText.replace(/\s/g, '')).toContain('(doi:10.1201/b16018)');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(h.cspViolations).toEqual([]);
  });
});
