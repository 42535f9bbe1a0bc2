import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focused, overflowsHorizontally, showsText, startHarness, tabTo, type Harness } from './harness.js';

/**
 * The compounding calculator on a 360 px phone, by keyboard. Expected figures were checked against
 * `ldn compound liquid --tablet-mg 50 --water-ml 50 --dose-mg 4.5 --days 30 --json` (1 mg/mL, 4.5 mL,
 * 3 tablets, 14-day beyond-use date) and `ldn compound capsule --dose-mg 4.5 --days 30 --json`.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const phone = (): Promise<Page> => h.newPage({ width: 360, height: 740 });

/** The value cell of a row in a figures table, found by its row header. */
function cell(page: Page, row: string): Promise<string | null> {
  return page
    .locator('table.facts tr')
    .filter({ has: page.getByRole('rowheader', { name: row, exact: true }) })
    .locator('td')
    .textContent();
}

const resultHeading = (page: Page) => page.getByRole('heading', { level: 2, name: /^Result:/ });

describe('the compounding calculator in Chromium', () => {
  it('at 360 px and by keyboard: the default liquid, then capsules with filler verdicts, then a dose the API refuses', async () => {
    const page = await phone();
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'LDN Atlas' }).waitFor();
    expect(await overflowsHorizontally(page)).toBe(false);

    // Reached from the main navigation.
    await tabTo(page, (f) => f.tag === 'a' && f.text === 'Compounding', 'the Compounding link');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/compound');
    await page.getByRole('heading', { level: 1, name: 'Compounding calculator' }).waitFor();
    expect(await focused(page)).toMatchObject({ tag: 'h1', text: 'Compounding calculator' });
    expect(await showsText(page, /not medical advice/i)).toBe(true);
    expect(await page.getByRole('radio', { name: 'Liquid from tablets' }).isChecked()).toBe(true);
    expect(await page.getByLabel('Strength of one tablet (mg)').inputValue()).toBe('50');
    expect(await page.getByLabel('Water for one tablet (mL)').inputValue()).toBe('50');
    expect(await page.getByLabel('Dose (mg)').inputValue()).toBe('4.5');
    expect(await page.getByLabel('Days of supply').inputValue()).toBe('30');
    expect(await overflowsHorizontally(page)).toBe(false);

    // 1. The default liquid: focus moves to the result heading, which says what to draw up.
    await tabTo(page, (f) => f.text === 'Work it out', 'the submit button');
    await page.keyboard.press('Enter');
    await resultHeading(page).waitFor();
    expect(await focused(page)).toMatchObject({ tag: 'h2', text: 'Result: 4.5 mL per dose of 1 mg/mL' });
    expect(await cell(page, 'Strength')).toBe('1 mg/mL');
    expect(await cell(page, 'Draw up (syringe marked every 0.1 mL)')).toBe('4.5 mL');
    expect(await cell(page, 'Dose delivered')).toBe('4.5 mg');
    expect(await cell(page, 'Difference from the dose asked for')).toBe('0 mg (0.0%)');
    expect(await cell(page, 'Liquid needed')).toBe('135 mL');
    expect(await cell(page, 'Tablets in all')).toBe('3');
    expect(await cell(page, 'Per dose')).toBe('US$0.50');
    expect(await page.getByText('Keep it refrigerated (2-8 °C) and use it within 14 days of mixing.').isVisible()).toBe(true);
    expect(await showsText(page, /USP General Chapter <795>/)).toBe(true);
    expect(await showsText(page, /\(weak source\)/)).toBe(true);
    expect(await page.locator('main .boxed-notice').textContent()).toMatch(/^Not medical advice\. .*off-label/);
    expect(await page.getByRole('button', { name: 'Print this calculation' }).isVisible()).toBe(true);
    expect(await overflowsHorizontally(page)).toBe(false);

    // 2. Capsules: back to the mode radios, arrow across, and work it out.
    await tabTo(page, (f) => f.type === 'radio' && f.label === 'Liquid from tablets', 'the mode radios', true);
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: 'Capsules' }).isChecked()).toBe(true);
    await tabTo(page, (f) => f.text === 'Work it out', 'the submit button');
    await page.keyboard.press('Enter');
    await resultHeading(page).waitFor();
    expect(await focused(page)).toMatchObject({ tag: 'h2', text: 'Result: 30 capsules of 4.5 mg' });
    expect(await cell(page, 'Capsules per dose')).toBe('1');
    expect(await cell(page, 'Capsules in all')).toBe('30');
    // Each verdict in words and a symbol, preferred first.
    expect(await page.locator('.filler-head').allTextContents()).toEqual([
      'microcrystalline cellulose (Avicel): ✓ Preferred',
      'sodium bicarbonate: ○ Acceptable',
      'sucrose: ○ Acceptable',
      'calcium carbonate: ✗ Avoid',
      'lactose: ✗ Avoid',
    ]);
    expect(await cell(page, 'Per dose')).toBe('US$0.50–1.50');
    expect(await overflowsHorizontally(page)).toBe(false);

    // 3. An absurd dose: the API's reason lands on the dose field, in words, and takes focus.
    await tabTo(page, (f) => f.label === 'Dose (mg)', 'the dose field', true);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('500');
    await page.keyboard.press('Enter');
    const alert = page.getByRole('alert').filter({ hasText: 'The dose of 500 mg is above 50 mg' });
    await alert.waitFor();
    expect(await focused(page)).toMatchObject({ tag: 'input', field: 'doseMg', label: 'Dose (mg)' });
    expect(await page.getByLabel('Dose (mg)').getAttribute('aria-invalid')).toBe('true');
    expect(await resultHeading(page).count()).toBe(0);
    expect(await overflowsHorizontally(page)).toBe(false);
    await page.context().close();
  });

  it('shows the syringe rounding error, and names the field for a zero dose or days that are not a number', async () => {
    const page = await phone();
    const response = await page.goto('/compound');
    // The page is served under the strict policy (no inline styles or scripts), so a violation would show.
    expect(response?.headers()['content-security-policy']).toMatch(/style-src 'self'(;|$)/);
    await page.getByRole('heading', { level: 1, name: 'Compounding calculator' }).waitFor();

    // 0.2 mL marks: 4.5 mL cannot be drawn, 4.6 mL holds 4.6 mg (+0.1 mg, +2.2%); vector from compounding.test.ts.
    await page.getByLabel('Oral syringe marked every').selectOption('0.2');
    await page.getByRole('button', { name: 'Work it out' }).click();
    await resultHeading(page).waitFor();
    expect(await resultHeading(page).textContent()).toBe('Result: 4.6 mL per dose of 1 mg/mL');
    expect(await cell(page, 'Exact volume')).toBe('4.5 mL');
    expect(await cell(page, 'Dose delivered')).toBe('4.6 mg');
    expect(await cell(page, 'Difference from the dose asked for')).toBe('+0.1 mg (+2.2%)');

    await page.getByLabel('Dose (mg)').fill('0');
    expect(await resultHeading(page).count()).toBe(0);
    await page.getByRole('button', { name: 'Work it out' }).click();
    await page.getByRole('alert').filter({ hasText: 'The dose must be a positive dose; got 0 mg.' }).waitFor();
    expect(await focused(page)).toMatchObject({ field: 'doseMg' });

    await page.getByLabel('Dose (mg)').fill('4.5');
    await page.getByLabel('Days of supply').fill('a month');
    await page.getByRole('button', { name: 'Work it out' }).click();
    await page.getByRole('alert').filter({ hasText: 'Days of supply must be a whole number, such as 30.' }).waitFor();
    expect(await focused(page)).toMatchObject({ field: 'days' });

    await page.getByLabel('Days of supply').fill('400');
    await page.getByRole('button', { name: 'Work it out' }).click();
    await page.getByRole('alert').filter({ hasText: 'Must be a whole number from 1 to 366; got 400.' }).waitFor();
    expect(await focused(page)).toMatchObject({ field: 'days' });

    // The strength can be set by mg per mL instead; the water is then worked out (and marked as rounded).
    await page.getByLabel('Days of supply').fill('30');
    await page.getByRole('radio', { name: 'The mg per mL wanted' }).check();
    await page.getByLabel('Strength wanted (mg per mL)', { exact: true }).fill('3');
    await page.getByRole('button', { name: 'Work it out' }).click();
    await resultHeading(page).waitFor();
    expect(await cell(page, 'Water for one 50 mg tablet')).toBe('16.667 mL (rounded to 0.001 mL)');
    expect(await overflowsHorizontally(page)).toBe(false);
    await page.context().close();
  });

  it('prints the result without the form or the navigation', async () => {
    const page = await phone();
    await page.goto('/compound');
    await page.getByRole('button', { name: 'Work it out' }).click();
    await resultHeading(page).waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('form').isVisible()).toBe(false);
    expect(await page.getByRole('group', { name: 'What is being made?' }).isVisible()).toBe(false);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print this calculation' }).isVisible()).toBe(false);
    expect(await resultHeading(page).isVisible()).toBe(true);
    expect(await showsText(page, /USP General Chapter <795>/)).toBe(true);
    expect(await showsText(page, /not medical advice/i)).toBe(true);
    await page.context().close();
  });

  it('raised no Content-Security-Policy violations on any page above', () => {
    expect(h.cspViolations).toEqual([]);
  });
});
