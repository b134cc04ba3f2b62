// `npm run demo`: serves the demo news pages and opens them in a browser with the built extension.
// Chromium by default; `npm run demo -- --firefox` for Firefox. Without a display, it runs the
// same demo headless and saves a screenshot of a popover, saying so.
import puppeteer from 'puppeteer-core';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROME_BUILD, CHROMIUM, launchChromium } from './support/chromium';
import { pointOnText, popoverShown } from './support/page-probe';
import { serveStatic } from './support/serve-static';

interface DemoPage {
  waitForFunction(fn: () => boolean, options: { timeout: number }): Promise<unknown>;
  evaluate<A, R>(fn: (arg: A) => R, arg: A): Promise<R>;
  mouse: { move(x: number, y: number): Promise<void> };
  screenshot(options: { path: string }): Promise<unknown>;
}

const root = fileURLToPath(new URL('..', import.meta.url));
const firefox = process.argv.includes('--firefox');
const build = firefox ? join(root, '.output', 'firefox-mv2') : CHROME_BUILD;
const executable = firefox ? (process.env.BACKSTORY_FIREFOX ?? '/usr/bin/firefox-esr') : CHROMIUM;
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) || process.platform !== 'linux';

if (!existsSync(build)) {
  console.error(`No build at ${build}: run "npm run build" first.`);
  process.exit(1);
}
if (!existsSync(executable)) {
  console.error(`No browser at ${executable}. Install it, or point BACKSTORY_${firefox ? 'FIREFOX' : 'CHROMIUM'} at one.`);
  process.exit(1);
}

const demoDir = join(root, 'demo');
const site = await serveStatic(demoDir, Number(process.env.PORT ?? 5417)).catch(() => serveStatic(demoDir));
const article = `${site.url}sochi-talks.html`;
console.log(`Demo news pages: ${site.url}`);
if (!hasDisplay) {
  console.log('No display found (DISPLAY is not set), so no browser window can open here.');
  console.log('Running the demo headless instead, to show that it works; on a desktop the browser opens for you.');
}

/** Headless proof: hover a name, wait for the popover, and save what a reader would see. */
async function hoverAndShoot(page: DemoPage, word: string): Promise<void> {
  await page.waitForFunction(() => CSS.highlights.has('backstory-mention'), { timeout: 15000 });
  const point = await page.evaluate(pointOnText, [word, 0] as [string, number]);
  await page.mouse.move(point.x, point.y);
  await page.waitForFunction(popoverShown, { timeout: 15000 });
  const out = join(root, '.output', 'demo');
  mkdirSync(out, { recursive: true });
  const file = join(out, `${firefox ? 'firefox' : 'chromium'}-popover.png`);
  await page.screenshot({ path: file });
  console.log(`Highlights are painted and the popover opens: screenshot saved to ${file}`);
}

/** Headless: prove it and stop. With a display: leave the browser to the reader. */
async function present(page: DemoPage, name: string, close: () => Promise<void>, onClosed: (stop: () => void) => void): Promise<void> {
  if (!hasDisplay) {
    await hoverAndShoot(page, 'Lavrov');
    await close();
    site.close();
    return;
  }
  console.log(`${name} is open with Backstory loaded. Hover a highlighted name. Close the browser to stop.`);
  onClosed(() => site.close());
}

if (firefox) {
  // The headless window's size is set at launch: Firefox ESR's WebDriver BiDi has no command for
  // the screen orientation that resizing a page later also sends.
  const viewport = hasDisplay ? null : { width: 1200, height: 800 };
  const browser = await puppeteer.launch({ browser: 'firefox', protocol: 'webDriverBiDi', executablePath: executable, headless: !hasDisplay, defaultViewport: viewport });
  await browser.installExtension(build);
  const page = await browser.newPage();
  await page.goto(article);
  await present(page as unknown as DemoPage, 'Firefox', () => browser.close(), (stop) => browser.on('disconnected', stop));
} else {
  const context = await launchChromium({
    profileDir: mkdtempSync(join(tmpdir(), 'backstory-demo-')),
    headless: !hasDisplay,
    extension: build,
    viewport: hasDisplay ? null : { width: 1200, height: 800 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(article);
  await present(page as unknown as DemoPage, 'Chromium', () => context.close(), (stop) => context.on('close', stop));
}
