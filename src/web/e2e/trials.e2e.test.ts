import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focused, overflowsHorizontally, startHarness, tabTo, type Harness } from './harness.js';

/**
 * An n-of-1 trial on a 360 px phone, by keyboard: the first account, the wizard
 * (a refused design first, with its reason at the field), and the status page,
 * which must show period numbers and dates but never an arm or a pharmacist code.
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
});
