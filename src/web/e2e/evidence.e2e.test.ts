import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focused, overflowsHorizontally, showsText, startHarness, tabTo, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe('the evidence atlas in Chromium', () => {
  it('by keyboard only: searches "fibro", opens the condition, finds the FINAL trial, sorts the table and opens the study', async () => {
    const page = await h.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto('/evidence');
    await page.getByRole('heading', { level: 1, name: 'Evidence atlas' }).waitFor();
    // The map: grade letter and words, trial count and direction in words for each condition.
    const fibroCard = page.locator('.condition-card').filter({ has: page.getByRole('link', { name: 'Fibromyalgia', exact: true }) });
    await fibroCard.waitFor();
    const card = (await fibroCard.textContent()) ?? '';
    expect(card).toContain('Grade B some randomised or pooled evidence');
    expect(card).toContain('Controlled trials4');
    expect(card).toContain('● points to no benefit');

    await tabTo(page, (f) => f.tag === 'input' && f.type === 'search', 'the search box');
    await page.keyboard.type('fibro');
    await page
      .getByRole('status')
      .filter({ hasText: /results?, best first/ })
      .waitFor();
    await page.keyboard.press('ArrowDown');
    expect((await focused(page)).text).toBe('Condition: Fibromyalgia');
    // The arrows move through the results and back to the box.
    await page.keyboard.press('ArrowDown');
    expect((await focused(page)).text).not.toBe('Condition: Fibromyalgia');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');

    await page.waitForURL(/\/evidence\/conditions\/fibromyalgia$/);
    await page.getByRole('heading', { level: 1, name: 'Fibromyalgia' }).waitFor();
    // The heading took focus on navigation and kept it while the data loaded, so the keyboard starts there.
    expect(await focused(page)).toMatchObject({ tag: 'h1', text: 'Fibromyalgia' });
    expect(await page.getByText(/Grade B: at least one randomised controlled trial/).isVisible()).toBe(true);
    expect(await page.getByText(/Open-label or single-blind studies looked positive/).isVisible()).toBe(true);
    const final = page.locator('table.studies-table tr[data-study="bruun-2024-final-trial"]');
    expect(await final.getByRole('link', { name: 'Bruun 2024' }).isVisible()).toBe(true);
    expect(await final.textContent()).toMatch(/2024Randomised trial99● no difference/);

    // Sort by number of people with the keyboard: aria-sort follows.
    await tabTo(page, (f) => f.tag === 'button' && f.text === 'People ↕', 'the People sort button');
    await page.keyboard.press('Enter');
    const people = page.getByRole('columnheader', { name: /People/ });
    expect(await people.getAttribute('aria-sort')).toBe('descending');
    expect(await page.getByRole('columnheader', { name: /Design/ }).getAttribute('aria-sort')).toBeNull();
    const firstN = await page.locator('table.studies-table tbody tr').first().locator('td').nth(2).textContent();
    expect(firstN).toBe('222');

    // Filter by design: only randomised trials remain, FINAL among them.
    await page.getByLabel('Design', { exact: true }).selectOption('rct');
    const rows = page.locator('table.studies-table tbody tr');
    expect(await rows.count()).toBe(2);
    expect(await final.isVisible()).toBe(true);

    // The forest plot has a text alternative naming FINAL's interval.
    expect(await page.getByRole('img', { name: /Mean difference \(NRS points\)/ }).count()).toBe(1);
    expect(await showsText(page, '−0.34 (95% CI −0.95 to 0.27) NRS points')).toBe(true);

    // Claims sit beside the evidence with their verdict and a link to the article.
    const claims = page.locator('section[aria-labelledby="claimed-title"] .claim');
    expect(await claims.count()).toBeGreaterThan(0);
    expect(await claims.first().locator('.claim-verdict').textContent()).toMatch(/\w/);
    expect(await claims.first().getByRole('link').first().getAttribute('href')).toMatch(/^\/evidence\/sources\/seed-/);

    await tabTo(page, (f) => f.tag === 'a' && f.text === 'Bruun 2024', 'the Bruun 2024 link', false, 120);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/evidence\/studies\/bruun-2024-final-trial$/);
    await page.getByRole('heading', { level: 1, name: 'Bruun 2024' }).waitFor();
    expect(await page.getByRole('link', { name: 'doi:10.1016/S2665-9913(23)00278-3' }).getAttribute('href')).toBe(
      'https://doi.org/10.1016/S2665-9913(23)00278-3',
    );
    expect(await page.getByRole('link', { name: 'ClinicalTrials.gov NCT04270877' }).getAttribute('href')).toBe(
      'https://clinicaltrials.gov/study/NCT04270877',
    );
    expect(await page.getByText(/Adverse events in 84% on LDN/).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Fibromyalgia', exact: true }).getAttribute('href')).toBe(
      '/evidence/conditions/fibromyalgia',
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows the derived grade and the reason when the editors overrode it, and a source page with its claims', async () => {
    const page = await h.newPage();
    await page.goto('/evidence/conditions/autism');
    await page.getByRole('heading', { level: 1, name: /autism/i }).waitFor();
    expect(await page.locator('.override').textContent()).toMatch(/The rule gives grade [A-I] .*the editors set [A-I] because: .{20,}/);

    await page.goto('/evidence/sources/seed-000-mercola-prohealth-2011#claim-seed-000-c02');
    const claim = page.locator('#claim-seed-000-c02');
    await claim.waitFor();
    expect(await claim.textContent()).toMatch(/Partly supported.*Why: /);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('claim-seed-000-c02');

    await page.goto('/evidence/conditions/no-such-condition');
    await page.getByRole('heading', { level: 1, name: 'No such condition' }).waitFor();
    await page.context().close();
  });

  it('fits a 360 px phone: the map (with search results) and the condition page do not scroll sideways', async () => {
    const page = await h.newPage({ width: 360, height: 740 });
    await page.goto('/evidence');
    await page.locator('.condition-card').first().waitFor();
    expect(await overflowsHorizontally(page)).toBe(false);
    await page.getByLabel('Search conditions, studies and article claims').fill('naltrexone fibromyalgia pain');
    await page.locator('.search-results a').first().waitFor();
    expect(await overflowsHorizontally(page)).toBe(false);
    await page.getByLabel('Arrange by').selectOption('category');
    expect(await overflowsHorizontally(page)).toBe(false);

    await page.goto('/evidence/conditions/fibromyalgia');
    await page.locator('table.studies-table').waitFor();
    expect(await overflowsHorizontally(page)).toBe(false);
    // The wide table scrolls inside its own box instead.
    const box = page.getByRole('group', { name: /^Studies/ });
    expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);

    await page.goto('/evidence/studies/bruun-2024-final-trial');
    await page.getByRole('heading', { level: 1, name: 'Bruun 2024' }).waitFor();
    expect(await overflowsHorizontally(page)).toBe(false);
    await page.context().close();
  });
});
