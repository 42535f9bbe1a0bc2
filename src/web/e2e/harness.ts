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
  return {
    baseUrl,
    browser,
    testApp,
    async newPage({ width = 1280, height = 800 } = {}) {
      const context = await browser.newContext({ viewport: { width, height }, baseURL: baseUrl });
      const page = await context.newPage();
      // Any CSP violation or script error fails the test that opened the page.
      page.on('pageerror', (error) => {
        throw error;
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
