import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focused, overflowsHorizontally, showsText, startHarness, tabTo, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

async function stepHeading(page: Page, name: RegExp): Promise<void> {
  await page.getByRole('heading', { level: 2, name }).waitFor();
}

describe('the Start LDN planner in Chromium', () => {
  it('walks the whole flow by keyboard to a schedule, with a working calendar download and a styled printable page', async () => {
    const page = await h.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto('/plan');
    await page.getByRole('heading', { level: 1, name: 'Start LDN' }).waitFor();
    expect(await showsText(page, /not medical advice/i)).toBe(true);

    // 1. The list.
    await tabTo(page, (f) => f.tag === 'textarea', 'the list');
    await page.keyboard.type('ibuprofen\nlevothyroxine 50 mcg\nzorblatix');
    await tabTo(page, (f) => f.text === 'Check for interactions', 'the check button');
    await page.keyboard.press('Enter');

    // 2. The screen: focus moves to the step heading; each line has words, not only colour.
    await stepHeading(page, /Step 2 of 4: Safety screen/);
    expect(await focused(page)).toMatchObject({ tag: 'h2', text: 'Step 2 of 4: Safety screen' });
    const verdicts = page.locator('.verdict-label');
    expect(await verdicts.allTextContents()).toEqual([
      '✓ No interaction listed in our sources',
      'ℹ Note',
      '⚠ Not recognised: ask a pharmacist',
    ]);
    expect(await page.locator('.verdict-input').nth(1).textContent()).toBe(
      'Line 2: levothyroxine 50 mcg — read as levothyroxine (thyroid hormone)',
    );
    await tabTo(page, (f) => f.text === 'Continue to protocol and form', 'the continue button');
    await page.keyboard.press('Enter');

    // 3. Protocol and form: choose the liquid form with the arrow keys.
    await stepHeading(page, /Step 3 of 4: Protocol and form/);
    await tabTo(page, (f) => f.tag === 'select', 'the protocol');
    expect(await page.getByLabel('Protocol', { exact: true }).inputValue()).toBe('start-low');
    expect(await page.getByText(/Start at 1\.5 mg at bedtime/).isVisible()).toBe(true);
    await tabTo(page, (f) => f.type === 'radio', 'the form radios');
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: /^Liquid/ }).isChecked()).toBe(true);
    await tabTo(page, (f) => f.inputMode === 'decimal', 'the liquid strength');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('1');
    await tabTo(page, (f) => f.text === 'Make the schedule', 'the schedule button');
    await page.keyboard.press('Enter');

    // 4. The schedule.
    await stepHeading(page, /Step 4 of 4: Your schedule/);
    const rows = page.locator('table tbody tr');
    expect(await rows.count()).toBe(3);
    expect(await rows.locator('td:nth-child(5)').allTextContents()).toEqual([
      '1.5 mg = 1.5 mL of 1 mg/mL',
      '3 mg = 3 mL of 1 mg/mL',
      '4.5 mg = 4.5 mL of 1 mg/mL',
    ]);
    expect(await page.getByRole('heading', { name: 'When to take it' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'If side effects appear' }).isVisible()).toBe(true);
    expect(await showsText(page, /PMID 20695007/)).toBe(true);
    expect(await showsText(page, /off-label/)).toBe(true);

    // The calendar download, reached by keyboard.
    const ics = page.getByRole('link', { name: 'Download: Calendar file (.ics)' });
    await ics.waitFor();
    expect(await ics.getAttribute('download')).toBe('ldn-plan.ics');
    expect(await ics.getAttribute('href')).toMatch(/^\/api\/therapy\/plan\.ics\?plan=/);
    await tabTo(page, (f) => f.tag === 'a' && f.text === 'Download: Calendar file (.ics)', 'the calendar download');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('ldn-plan.ics');
    const calendar = await readFile((await download.path())!, 'utf8');
    expect(calendar).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(calendar.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(calendar).toContain('SUMMARY:LDN 1.5 mg = 1.5 mL of 1 mg/mL daily (step 1 of 3)');

    // The printable page opens from the server under the strict CSP, and its linked styles apply.
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.getByRole('link', { name: /Open the printable page/ }).click()]);
    const popupErrors: string[] = [];
    popup.on('console', (m) => {
      if (m.type() === 'error') popupErrors.push(m.text());
    });
    await popup.waitForURL(/\/api\/therapy\/plan\.html/);
    await popup.waitForLoadState('load');
    expect(await popup.title()).toBe('LDN plan: Start low (1.5, 3, 4.5 mg)');
    const notice = await popup.evaluate(() => {
      const el = document.querySelector('.notice')!;
      const s = getComputedStyle(el);
      return { text: el.textContent, border: `${s.borderTopStyle} ${s.borderTopColor}`, font: getComputedStyle(document.body).fontFamily };
    });
    expect(notice.text).toMatch(/Not medical advice\..*off-label/);
    expect(notice.border).toBe('solid rgb(170, 102, 0)');
    expect(notice.font).toContain('system-ui');
    expect(popupErrors).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('stops at a block ("Percocet 5/325"): gives the reason and what to discuss, and offers no way on', async () => {
    const page = await h.newPage();
    await page.goto('/plan');
    await page.getByLabel('Medicines, supplements and situations, one per line').fill('Percocet 5/325\nibuprofen');
    await page.getByRole('button', { name: 'Check for interactions' }).click();
    await stepHeading(page, /Safety screen/);
    const panel = page.getByRole('alert').filter({ hasText: 'A schedule cannot be made with this list' });
    expect(await panel.isVisible()).toBe(true);
    const text = (await panel.textContent()) ?? '';
    expect(text).toContain('What to discuss with your prescriber');
    expect(text).toMatch(/blocks opioid receptors/);
    expect(text).toMatch(/7-14 days/);
    expect(text).toContain('Percocet 5/325');
    expect(text).not.toMatch(/No interaction with low-dose naltrexone is listed/);
    expect(await page.locator('.verdict-label').first().textContent()).toBe('⛔ Stop: do not start LDN with this');
    expect(await page.getByRole('button', { name: /Continue/ }).count()).toBe(0);
    // The later steps are not even buttons in the step list.
    const steps = page.getByRole('navigation', { name: 'Planner steps' });
    expect(await steps.getByRole('button', { name: /Protocol and form/ }).count()).toBe(0);
    expect(await steps.getByText(/Protocol and form \(not yet available\)/).count()).toBe(1);
    await page.context().close();
  });

  it('names the wrong field, announces it and moves focus there', async () => {
    const page = await h.newPage();
    await page.goto('/plan');
    await page.getByRole('button', { name: 'Check for interactions' }).click();
    await page.getByRole('button', { name: 'Continue to protocol and form' }).click();
    await page.getByLabel('Protocol', { exact: true }).selectOption('custom');
    await page.getByLabel('Added at each step (mg)').fill('0');
    await page.getByRole('button', { name: 'Make the schedule' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'a step of 0 mg would never reach the target' });
    await alert.waitFor();
    expect(await focused(page)).toMatchObject({ field: 'custom.stepMg' });
    expect(await page.getByLabel('Added at each step (mg)').getAttribute('aria-invalid')).toBe('true');
    await page.context().close();
  });

  it('fits a 360 px phone screen at every step, blocked or not', async () => {
    const page = await h.newPage({ width: 360, height: 740 });
    await page.goto('/plan');
    await page.getByRole('heading', { level: 1, name: 'Start LDN' }).waitFor();
    expect(await overflowsHorizontally(page)).toBe(false);
    const box = page.getByLabel('Medicines, supplements and situations, one per line');
    await box.fill('Percocet 5/325\nfentanyl patch 25 mcg/hr');
    await page.getByRole('button', { name: 'Check for interactions' }).click();
    await stepHeading(page, /Safety screen/);
    for (const d of await page.locator('details.sources').all()) await d.locator('summary').click();
    expect(await overflowsHorizontally(page)).toBe(false);

    await page.getByRole('button', { name: 'Change the list' }).click();
    await box.fill('levothyroxine');
    await page.getByRole('button', { name: 'Check for interactions' }).click();
    await page.getByRole('button', { name: 'Continue to protocol and form' }).click();
    await stepHeading(page, /Protocol and form/);
    await page.getByLabel('Protocol', { exact: true }).selectOption('custom');
    expect(await overflowsHorizontally(page)).toBe(false);
    await page.getByLabel('Protocol', { exact: true }).selectOption('slow');
    await page.getByRole('button', { name: 'Make the schedule' }).click();
    await stepHeading(page, /Your schedule/);
    await page.getByRole('link', { name: /Calendar file/ }).waitFor();
    expect(await overflowsHorizontally(page)).toBe(false);
    await page.context().close();
  });
});
