/**
 * Browser-test harness: the real app (built web assets, in-memory PGlite) on a
 * free port, and the system Chromium driven by playwright-core. No browser is
 * downloaded; CI installs Debian's chromium.
 */
import { fileURLToPath } from 'node:url';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { chromium, type Browser, type Page } from 'playwright-core';
import { openTestApp, type TestApp } from '../../server/test-app.js';

export const WEB_DIR = fileURLToPath(new URL('../../../dist/web', import.meta.url));

export interface Harness {
  readonly baseUrl: string;
  readonly browser: Browser;
  readonly testApp: TestApp;
  /** Content-Security-Policy violations reported by any page this harness opened; tests expect it empty. */
  readonly cspViolations: string[];
  newPage(options?: { width?: number; height?: number }): Promise<Page>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const testApp = await openTestApp({ webDir: WEB_DIR });
  const server = await new Promise<Server>((resolve) => {
    const s = serve({ fetch: testApp.app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s as Server)) as Server;
  });
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath: process.env['LDN_CHROMIUM'] ?? '/usr/bin/chromium',
    headless: true,
    // Without these, Chromium tries to reach Google's hosts, which this network refuses.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const cspViolations: string[] = [];
  return {
    baseUrl,
    browser,
    testApp,
    cspViolations,
    async newPage({ width = 1280, height = 800 } = {}) {
      const context = await browser.newContext({ viewport: { width, height }, baseURL: baseUrl });
      const page = await context.newPage();
      // A script error fails the test that opened the page; CSP violations only reach the console, so they are collected.
      page.on('pageerror', (error) => {
        throw error;
      });
      page.on('console', (m) => {
        if (/Content.Security.Policy/i.test(m.text())) cspViolations.push(m.text());
      });
      return page;
    },
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await testApp.dispose();
    },
  };
}

/** True when the page scrolls sideways, i.e. does not fit the viewport width. */
export async function overflowsHorizontally(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
}

/** What has keyboard focus, in words: tag, input type and inputmode, its label, its own text, its aria-label, value, API field and fieldset legend. */
export interface Focused {
  readonly tag: string;
  readonly type: string;
  readonly inputMode: string;
  readonly label: string;
  readonly text: string;
  /** Set where a button's visible text is not unique (e.g. "Claim 3: Overstated. Show why" in the checker). */
  readonly ariaLabel: string;
  readonly value: string;
  readonly field: string;
  readonly legend: string;
}

export function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      type: el?.type ?? '',
      inputMode: el?.inputMode ?? '',
      label: (el?.labels?.[0]?.textContent ?? '').trim(),
      text: (el?.textContent ?? '').trim(),
      ariaLabel: el?.getAttribute('aria-label') ?? '',
      value: el?.value ?? '',
      field: el?.dataset['field'] ?? '',
      legend: el?.closest('fieldset')?.querySelector('legend')?.textContent?.trim() ?? '',
    };
  });
}

/** Presses Tab (or Shift+Tab), as a keyboard user would, until the focused element matches; fails after `max` presses. */
export async function tabTo(page: Page, matches: (f: Focused) => boolean, what: string, back = false, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (matches(await focused(page))) return;
  }
  throw new Error(`${back ? 'Shift+Tab' : 'Tab'} never reached ${what}`);
}

/** True when the first element with this text is visible. */
export function showsText(page: Page, text: string | RegExp): Promise<boolean> {
  return page.getByText(text).first().isVisible();
}
