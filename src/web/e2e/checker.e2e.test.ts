import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckClaimsResponse } from '../../contracts/claims.js';
import { overflowsHorizontally, startHarness, tabTo, type Harness } from './harness.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SEEDS = process.env['LDN_SEEDS_DIR'] ?? path.join(ROOT, '..', 'shared', 'seeds');
const FIXTURES = path.join(ROOT, 'src/core/claims/__fixtures__/articles');

/** A seed article when the shared seeds are present, else the core's own forum-post fixture. */
function article(): { name: string; text: string } {
  const seed = existsSync(SEEDS) ? readdirSync(SEEDS).find((f) => f.endsWith('.txt')) : undefined;
  const file = seed ? path.join(SEEDS, seed) : path.join(FIXTURES, 'forum-post.txt');
  return { name: path.basename(file), text: readFileSync(file, 'utf8') };
}

const LABEL = /^(✓ Consistent|⚠ Overstated|✗ Unsupported|⊘ Contradicted|\? Not assessable)$/;

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

async function check(page: Page, text: string, format?: string): Promise<CheckClaimsResponse> {
  await page.getByLabel('Article text').fill(text);
  if (format) await page.getByLabel('Read it as').selectOption(format);
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/check-claims')),
    page.getByRole('button', { name: 'Check the claims' }).click(),
  ]);
  expect(response.status()).toBe(200);
  await page.getByRole('heading', { level: 2, name: 'Results' }).waitFor();
  return (await response.json()) as CheckClaimsResponse;
}

describe('Check an article, in Chromium', () => {
  it('marks each claim of a pasted article with a verdict in words, and opens one by keyboard with grade, best trial and atlas links', async () => {
    const page = await h.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto('/check');
    await page.getByRole('heading', { level: 1, name: 'Check an article' }).waitFor();
    const { text, name } = article();
    const result = await check(page, text);
    expect(result.claims.length, name).toBeGreaterThan(3);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Results');

    // Every claim is highlighted and labelled in words and a symbol, not by colour alone.
    const marks = page.locator('.checked-article mark.claim');
    expect(await marks.count()).toBe(result.claims.length);
    const labels = await page.locator('.checked-article .claim-badge').allTextContents();
    expect(labels).toHaveLength(result.claims.length);
    for (const l of labels) expect(l.trim()).toMatch(LABEL);
    expect(await page.locator('.checked-article .claim-badge').first().getAttribute('aria-label')).toMatch(/^Claim 1: \w/);
    // The article reads exactly as returned, as text.
    const shown = await page.locator('.checked-article').evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.claim-badge').forEach((b) => b.nextSibling?.remove());
      copy.querySelectorAll('.claim-badge').forEach((b) => b.remove());
      return copy.textContent;
    });
    expect(shown).toBe(result.text);

    // Summary: counts per verdict, conditions claimed.
    const counts = await page
      .locator('.verdict-count')
      .evaluateAll((els) => els.map((e) => [e.getAttribute('data-verdict'), Number(/:\s*(\d+)/.exec(e.textContent ?? '')?.[1])]));
    expect(Object.fromEntries(counts)).toEqual(result.summary.byVerdict);
    for (const id of result.summary.conditions) {
      expect(await page.locator(`.claimed-conditions a[href="/evidence/conditions/${id}"]`).count()).toBe(1);
    }

    // Open a claim that names a graded condition, by keyboard.
    const target = result.claims.findIndex((c) => c.conditions.some((id) => result.conditions.find((x) => x.id === id)?.grade));
    expect(target).toBeGreaterThanOrEqual(0);
    const claim = result.claims[target]!;
    // Every badge before it is a Tab stop too, so a long article needs more presses than tabTo's default.
    await tabTo(
      page,
      (f) => f.tag === 'button' && f.ariaLabel.startsWith(`Claim ${target + 1}: `),
      `the badge of claim ${target + 1}`,
      false,
      400,
    );
    await page.keyboard.press('Enter');
    const badge = page.locator(`mark[data-claim="${target}"] .claim-badge`);
    expect(await badge.getAttribute('aria-expanded')).toBe('true');
    const detail = page.getByRole('region', { name: new RegExp(`^Claim ${target + 1}: why`) });
    await detail.waitFor();
    const detailText = (await detail.textContent()) ?? '';
    expect(detailText).toContain(claim.explanation);
    expect(detailText).toContain(`evidence grade ${claim.grade}`);
    expect(detailText).toContain('Best controlled trial:');
    const condition = result.conditions.find((c) => c.id === claim.conditions[0])!;
    expect(await detail.locator(`a[href="/evidence/conditions/${condition.id}"]`).textContent()).toBe(condition.name);
    if (condition.bestControlledTrial) {
      expect(await detail.locator(`a[href="/evidence/studies/${condition.bestControlledTrial.id}"]`).count()).toBeGreaterThan(0);
    }
    // Space closes it again; focus stays on the button.
    await page.keyboard.press('Space');
    expect(await badge.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('claim-badge'))).toBe(true);
    // A click on the sentence opens it too.
    await page.locator(`mark[data-claim="${target}"] .claim-text`).click();
    expect(await badge.getAttribute('aria-expanded')).toBe('true');

    // Print: the form goes, every claim with its explanation appears.
    expect(await page.getByRole('button', { name: 'Print the results' }).isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('form').isVisible()).toBe(false);
    expect(await page.locator('.print-only li').count()).toBe(result.claims.length);
    expect(await page.locator('.print-only').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('.print-only').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows pasted markup and scripts as text and never runs them, in either format', async () => {
    const page = await h.newPage();
    await page.goto('/check');
    const hostile =
      '<img src="x" onerror="window.__pwned=1"><script>window.__pwned=1</script>\nLow-dose naltrexone cures fibromyalgia in every patient.';
    const asText = await check(page, hostile);
    expect(await page.locator('.checked-article').textContent()).toContain('<script>window.__pwned=1</script>');
    expect(await page.locator('.checked-article img, .checked-article script').count()).toBe(0);
    expect(asText.claims.length).toBeGreaterThan(0);
    const asHtml = await check(page, hostile, 'html');
    expect(asHtml.text).not.toContain('pwned');
    expect(await page.locator('.checked-article').textContent()).not.toContain('pwned');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.context().close();
  });

  it('puts an API error next to the text box (empty article)', async () => {
    const page = await h.newPage();
    await page.goto('/check');
    await page.getByRole('button', { name: 'Check the claims' }).click();
    await page.getByRole('alert').filter({ hasText: 'The article text is empty' }).waitFor();
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['field'])).toBe('text');
    await page.context().close();
  });

  it('fits a 360 px screen, before and after checking, with a claim open', async () => {
    const page = await h.newPage({ width: 360, height: 740 });
    await page.goto('/check');
    await page.getByRole('heading', { level: 1, name: 'Check an article' }).waitFor();
    expect(await overflowsHorizontally(page)).toBe(false);
    const result = await check(page, article().text);
    expect(await overflowsHorizontally(page)).toBe(false);
    const withStudy = Math.max(
      0,
      result.claims.findIndex((c) => c.studies.length > 0 || c.conditions.length > 1),
    );
    await page.locator(`mark[data-claim="${withStudy}"] .claim-badge`).click();
    await page.getByRole('region', { name: new RegExp(`^Claim ${withStudy + 1}: why`) }).waitFor();
    expect(await overflowsHorizontally(page)).toBe(false);
    await page.context().close();
  });
});
