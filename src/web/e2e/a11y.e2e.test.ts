import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe.js';
import { overflowsHorizontally, startHarness, tabTo, type Harness } from './harness.js';

/**
 * Every page, in the states a person meets, checked with axe-core against the
 * WCAG 2.0/2.1 A and AA rules (colour contrast among them) on a 360 px phone
 * and a 1280 px screen. Each viewport gets its own fresh instance, so both
 * meet the same first-account page; within a viewport the tests run in order
 * and share one page (the trials use the journal's session). The flows follow
 * the other e2e files. axe finds what a machine can; keyboard use, focus and
 * wording are checked there.
 */
const VIEWPORTS = [
  { name: '360 px phone', width: 360, height: 740 },
  { name: '1280 px screen', width: 1280, height: 800 },
] as const;

const EMAIL = 'a11y@example.org';
const PASSWORD = 'a long enough passphrase';

const h1 = (p: Page, name: string | RegExp) => p.getByRole('heading', { level: 1, name });
const h2 = (p: Page, name: string | RegExp) => p.getByRole('heading', { level: 2, name });

/** 30 days on two doses (enough for insights to compare them), a side effect, and one bad row. */
function journalCsv(): string {
  const rows = ['day,status,dose_mg,dose_time,dose_form,pharmacy,lot,side_effects,note,score_pain,score_fatigue'];
  for (let i = 0; i < 30; i++) {
    const day = new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10);
    const [mg, pain] = i < 15 ? ['1.5', 6 + (i % 2)] : ['3', 4 + (i % 2)];
    rows.push(`${day},logged,${mg},21:00,capsule,,,${i === 20 ? 'vivid_dreams:mild' : ''},,${pain},5`);
  }
  rows.push('2025-12-01,logged,abc,,,,,,,3,3'); // not a dose: the import lists it as refused
  return rows.join('\n') + '\n';
}

describe.each(VIEWPORTS)('WCAG 2.1 AA (axe-core) on every page at $name', ({ width, height }) => {
  let h: Harness;
  let page: Page;

  /** Checks the page as it is now; soft, so one run lists every page that fails. */
  async function audit(state: string): Promise<void> {
    expect.soft(await axeViolations(page), `${state} at ${width} px`).toEqual([]);
  }

  beforeAll(async () => {
    h = await startHarness();
    page = await h.newPage({ width, height });
  });
  afterAll(() => h.close());

  it('home, evidence map, search, condition, study and source pages, and the 404 page', async () => {
    await page.goto('/');
    await h1(page, 'LDN Atlas').waitFor();
    await audit('home');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await audit('home with the skip link shown');

    await page.goto('/evidence');
    await page.locator('.condition-card').first().waitFor();
    await audit('evidence map');
    await page.getByLabel('Search conditions, studies and article claims').fill('fibro');
    await page.locator('.search-results a').first().waitFor();
    await audit('evidence search results');
    await page.getByLabel('Arrange by').selectOption('category');
    await audit('evidence map by kind of condition');

    await page.goto('/evidence/conditions/fibromyalgia');
    await page.locator('table.studies-table').waitFor();
    await audit('condition page (fibromyalgia)');

    await page.goto('/evidence/studies/bruun-2024-final-trial');
    await h1(page, 'Bruun 2024').waitFor();
    await audit('study page');

    await page.goto('/evidence/sources/seed-000-mercola-prohealth-2011');
    await page.locator('#claim-seed-000-c02').waitFor();
    await audit('source page');

    await page.goto('/no-such-page');
    await h1(page, 'Page not found').waitFor();
    await audit('404 page');
  });

  it('the claim checker, before and after checking, with a claim open', async () => {
    await page.goto('/check');
    await h1(page, 'Check an article').waitFor();
    await audit('claim checker, empty');
    await page
      .getByLabel('Article text')
      .fill('Low-dose naltrexone cures fibromyalgia in every patient.\nLDN reduced pain in a randomised trial of fibromyalgia.');
    await page.getByRole('button', { name: 'Check the claims' }).click();
    await h2(page, 'Results').waitFor();
    await audit('claim checker, results');
    await page.locator('mark[data-claim="0"] .claim-badge').click();
    await page.getByRole('region', { name: /^Claim 1: why/ }).waitFor();
    await audit('claim checker, a claim open');
  });

  it('the planner at each step, a blocked list, and the compounding calculator', async () => {
    await page.goto('/plan');
    await h1(page, 'Start LDN').waitFor();
    await audit('planner step 1 (list)');
    const list = page.getByLabel('Medicines, supplements and situations, one per line');
    await list.fill('Percocet 5/325\nibuprofen');
    await page.getByRole('button', { name: 'Check for interactions' }).click();
    await page.getByRole('alert').filter({ hasText: 'A schedule cannot be made with this list' }).waitFor();
    for (const d of await page.locator('details.sources').all()) await d.locator('summary').click();
    await audit('planner step 2, blocked (Percocet)');

    await page.getByRole('button', { name: 'Change the list' }).click();
    await list.fill('ibuprofen\nlevothyroxine 50 mcg\nzorblatix');
    await page.getByRole('button', { name: 'Check for interactions' }).click();
    await h2(page, /Step 2 of 4: Safety screen/).waitFor();
    await audit('planner step 2 (screen)');
    await page.getByRole('button', { name: 'Continue to protocol and form' }).click();
    await h2(page, /Step 3 of 4: Protocol and form/).waitFor();
    await page.getByLabel('Protocol', { exact: true }).selectOption('custom');
    await audit('planner step 3 (protocol, custom)');
    await page.getByLabel('Added at each step (mg)').fill('0');
    await page.getByRole('button', { name: 'Make the schedule' }).click();
    await page.getByRole('alert').filter({ hasText: 'would never reach the target' }).waitFor();
    await audit('planner step 3 with a field error');
    await page.getByLabel('Protocol', { exact: true }).selectOption('start-low');
    await page.getByRole('radio', { name: /^Liquid/ }).check();
    await page.getByRole('button', { name: 'Make the schedule' }).click();
    await h2(page, /Step 4 of 4: Your schedule/).waitFor();
    await page.getByRole('link', { name: /Calendar file/ }).waitFor();
    await audit('planner step 4 (schedule)');

    await page.goto('/compound');
    await h1(page, 'Compounding calculator').waitFor();
    await audit('compounding form');
    await page.getByRole('button', { name: 'Work it out' }).click();
    await h2(page, /^Result: .* mL per dose/).waitFor();
    await audit('compounding, liquid result');
    await page.getByRole('radio', { name: 'Capsules' }).check();
    await page.getByRole('button', { name: 'Work it out' }).click();
    await h2(page, /^Result: 30 capsules/).waitFor();
    await audit('compounding, capsule result');
    await page.getByLabel('Dose (mg)').fill('500');
    await page.getByRole('button', { name: 'Work it out' }).click();
    await page.getByRole('alert').filter({ hasText: 'above 50 mg' }).waitFor();
    await audit('compounding, refused dose');
  });

  it('the journal: first account, check-in, data, insights, summary, account and sign-in pages', async () => {
    await page.goto('/journal');
    await h1(page, 'Create the first account').waitFor();
    await audit('journal, create the first account');
    await page.getByLabel('Email').fill(EMAIL);
    await page.getByLabel('Password').fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: /at least 10 characters/ })
      .waitFor();
    await audit('journal, sign-up error');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();
    await h1(page, 'Daily check-in').waitFor();
    await page.getByRole('button', { name: 'Save check-in' }).waitFor();
    await audit('journal check-in, empty');

    await page.getByLabel('Dose in mg').fill('1.5');
    await page.getByRole('group', { name: /^Pain/ }).getByRole('radio', { name: '3' }).check();
    await page.getByLabel('Note (optional)').fill('Slept badly');
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /Saved your check-in/ })
      .waitFor();
    await audit('journal check-in, saved');
    await page
      .getByRole('region', { name: 'Recent days' })
      .getByRole('button', { name: /^Edit / })
      .first()
      .click();
    await page.getByRole('group', { name: /^Pain/ }).getByRole('radio', { name: '4' }).check();
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await page.getByText(/Earlier versions of this day \(1\)/).click();
    await page.getByText(/Version 1, replaced/).waitFor();
    await audit('journal check-in, an edited day with its history open');

    const nav = page.getByRole('navigation', { name: 'Journal' });
    await nav.getByRole('link', { name: 'Export and import' }).click();
    await h1(page, 'Export and import').waitFor();
    await page.getByLabel('CSV file').setInputFiles({ name: 'journal.csv', mimeType: 'text/csv', buffer: Buffer.from(journalCsv()) });
    await page.getByRole('button', { name: 'Import' }).click();
    await page.getByRole('table', { name: 'Rows not imported' }).waitFor();
    await audit('journal data page, after an import');

    await nav.getByRole('link', { name: 'Insights' }).click();
    await h1(page, 'Insights').waitFor();
    await page.getByRole('table', { name: 'Side effects by day' }).waitFor();
    for (const d of await page.locator('main details').all()) await d.locator('summary').click();
    await audit('journal insights');

    await nav.getByRole('link', { name: 'Summary for a clinic visit' }).click();
    await h1(page, 'Journal summary for a clinic visit').waitFor();
    await page.getByRole('table', { name: 'Dose steps' }).waitFor();
    await audit('journal summary');

    await nav.getByRole('link', { name: 'Account' }).click();
    await h1(page, 'Account').waitFor();
    await page.getByText(/all of its data/).waitFor();
    await audit('journal account');
  });

  it('the trials pages: home, wizard, a trial, unblinding and the report; then signing out', async () => {
    await page.goto('/trials');
    await h1(page, 'N-of-1 trials').waitFor();
    await audit('trials home');
    await page.getByRole('link', { name: 'Design a new trial' }).click();
    await h1(page, 'Design an n-of-1 trial').waitFor();
    await audit('trial wizard');
    await page.getByLabel('Pairs of periods').fill('2');
    await page.getByRole('button', { name: 'Create the trial' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: /at least 3/ })
      .waitFor();
    await audit('trial wizard with a refused design');
    await page.getByLabel('Pairs of periods').fill('3');
    await page.getByRole('button', { name: 'Create the trial' }).click();
    await h1(page, /^Trial: /).waitFor();
    await page.getByRole('status').filter({ hasText: 'the order is sealed' }).waitFor();
    await audit('a running trial');
    await page.getByRole('link', { name: 'All trials' }).click();
    await page.locator('.trial-list li').first().waitFor();
    await audit('trials home with a trial');
    await page.locator('.trial-list a').first().click();
    await h1(page, /^Trial: /).waitFor();

    await page.getByRole('radio', { name: /Emergency/ }).check();
    await page.getByLabel('Reason (required)').fill('A doctor needs to know');
    await page.getByRole('button', { name: 'Unblind the trial' }).click();
    await page.getByRole('link', { name: 'See the result and the clinician report' }).click();
    await h1(page, 'Trial result').waitFor();
    await page
      .getByRole('alert')
      .or(page.getByRole('link', { name: /Open the clinician report/ }))
      .waitFor();
    await audit('trial report');

    await page.goto('/journal/account');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await h1(page, 'Sign in to your journal').waitFor();
    await audit('sign-in page');
    await page.getByRole('link', { name: 'Create an account' }).click();
    await h1(page, 'Create an account').waitFor();
    await audit('sign-up page');
  });

  it('the API docs (Swagger UI): closed, opened by keyboard, tried out, and with a request body', async () => {
    await page.goto('/api/docs');
    await h1(page, /^LDN Atlas API/).waitFor();
    await page.locator('.opblock').first().waitFor();
    await audit('API docs');
    expect(await overflowsHorizontally(page), 'API docs fit the width').toBe(false);
    await tabTo(page, (f) => f.tag === 'button' && f.text.includes('/api/health'), 'the GET /api/health operation');
    await page.keyboard.press('Enter');
    const health = page.locator('#operations-meta-get_api_health');
    await health.getByRole('button', { name: 'Try it out' }).waitFor();
    await audit('API docs, an operation opened by keyboard');
    await health.getByRole('button', { name: 'Try it out' }).click();
    await health.getByRole('button', { name: 'Execute' }).click();
    await health.locator('.live-responses-table').waitFor();
    await expect.poll(() => health.getByRole('button', { name: 'Execute' }).isEnabled()).toBe(true);
    await audit('API docs, a request made');
    const check = page.locator('#operations-claims-post_api_check_claims');
    await check.locator('.opblock-summary-control').click();
    await check.getByRole('button', { name: 'Try it out' }).click();
    await check.getByRole('textbox', { name: 'Request body' }).waitFor();
    await audit('API docs, a request body to edit');
    expect(await overflowsHorizontally(page), 'API docs fit the width with examples open').toBe(false);
  });

  it('reports a planted failure, so a clean result means something, and axe ran without breaking the CSP', async () => {
    await page.goto('/');
    await h1(page, 'LDN Atlas').waitFor();
    // Grey #999 on white is 2.8:1; set through the CSSOM, which the style-src policy allows.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Too faint to read';
      p.style.color = '#999999';
      document.querySelector('main')?.append(p);
    });
    const found = await axeViolations(page);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^color-contrast \(serious\).*\n.*\n.*contrast of 2\.8/);
    expect(h.cspViolations).toEqual([]);
  });
});
