import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focused, overflowsHorizontally, showsText, startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const SECTIONS = ['Evidence', 'Check an article', 'Plan', 'Compounding', 'Journal', 'Trials'];

describe('the layout shell in Chromium', () => {
  it('loads the home page with landmarks and the not-medical-advice notice', async () => {
    const page = await h.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') violations.push(m.text());
    });
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'LDN Atlas' }).isVisible()).resolves.toBe(true);
    // Every section has a card on the home page, and every card says what the section is for.
    const blurbs = await page.locator('main ul li p').allTextContents();
    expect(blurbs).toHaveLength(SECTIONS.length);
    expect(blurbs.every((b) => b.trim().length > 20)).toBe(true);
    expect(await page.getByRole('banner').count()).toBe(1);
    expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(1);
    expect(await page.getByRole('main').count()).toBe(1);
    expect(await page.getByRole('contentinfo').count()).toBe(1);
    expect(await showsText(page, /not medical advice/i)).toBe(true);
    expect(violations).toEqual([]);
    await page.context().close();
  });

  it('moves through every section of the navigation by clicking', async () => {
    const page = await h.newPage();
    await page.goto('/');
    for (const label of SECTIONS) {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label }).click();
      await page.getByRole('heading', { level: 1 }).waitFor();
      const link = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label });
      expect(await link.getAttribute('aria-current')).toBe('page');
      expect(await showsText(page, /off-label/i)).toBe(true);
    }
    await page.context().close();
  });

  it('works by keyboard alone: skip link, then Tab to a section and Enter', async () => {
    const page = await h.newPage();
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Skip to content');
    await page.keyboard.press('Tab'); // brand
    await page.keyboard.press('Tab'); // first section
    expect((await focused(page)).text).toBe(SECTIONS[0]);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/evidence');
    // Focus moves to the new page's heading so screen readers announce it.
    expect((await focused(page)).tag).toBe('h1');
    await page.context().close();
  });

  it('fits a 360 px wide phone screen without sideways scrolling', async () => {
    const page = await h.newPage({ width: 360, height: 740 });
    for (const path of ['/', '/evidence', '/check', '/plan', '/journal', '/trials']) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await overflowsHorizontally(page), path).toBe(false);
    }
    await page.context().close();
  });

  it('answers unknown pages honestly', async () => {
    const page = await h.newPage();
    await page.goto('/no-such-page');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Page not found');
    await page.context().close();
  });
});
