import { test as base, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_BUILD, extensionWorker, launchChromium } from '../../../scripts/support/chromium';
import { paintedMentions, pointOnText } from '../../../scripts/support/page-probe';
import type { PageReader } from './painting';

export interface ExtensionFixtures {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  profileDir: string;
}

/** A fresh Chromium profile with the built extension loaded, per test. */
export const test = base.extend<ExtensionFixtures>({
  profileDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'backstory-chromium-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  context: async ({ profileDir }, use) => {
    const context = await launchChromium({ profileDir, headless: true, extension: CHROME_BUILD, args: ['--remote-debugging-port=0'] });
    await use(context);
    await context.close();
  },
  worker: async ({ context }, use) => {
    await use(await extensionWorker(context));
  },
  extensionId: async ({ worker }, use) => {
    await use(new URL(worker.url()).host);
  },
});

export const expect = test.expect;

/** The DevTools port Chromium chose, from the profile: a second client sees the real side panel. */
export function devToolsPort(profileDir: string): number {
  return Number(readFileSync(join(profileDir, 'DevToolsActivePort'), 'utf8').split('\n')[0]);
}


export { activeTabId } from '../../../scripts/support/extension-probe';
export type { Page };

/** Reading a Playwright page: see paintedAsRead. */
export const readerOf = (page: Page): PageReader => ({
  scrollTo: (text) => page.evaluate(pointOnText, [text, 0] as [string, number]),
  painted: () => page.evaluate(paintedMentions),
});
