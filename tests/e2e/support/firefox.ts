import { test as base } from '@playwright/test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { paintedMentions, pointOnText } from '../../../scripts/support/page-probe';
import type { PageReader } from './painting';
import { FIREFOX, FIREFOX_BUILD } from './paths';

/**
 * Debian's Firefox ESR, driven by puppeteer-core over WebDriver BiDi (Playwright can drive only
 * its own patched Firefox), with the built extension installed as a temporary add-on.
 */
export const test = base.extend<{ firefox: Browser }>({
  firefox: async ({}, use) => {
    const browser = await puppeteer.launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath: FIREFOX,
      headless: true,
      defaultViewport: { width: 1200, height: 800 },
    });
    await browser.installExtension(FIREFOX_BUILD);
    await use(browser);
    await browser.close();
  },
});

export const expect = test.expect;

/** Reading a puppeteer page: see paintedAsRead. */
export const readerOf = (page: Page): PageReader => ({
  scrollTo: (text) => page.evaluate(pointOnText, [text, 0] as [string, number]),
  painted: () => page.evaluate(paintedMentions),
});
