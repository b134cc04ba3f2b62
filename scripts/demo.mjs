// `npm run demo`: serves the demo news pages and opens them in a browser with the built extension.
// Chromium by default; `npm run demo -- --firefox` for Firefox. Without a display, it runs the
// same demo headless and saves a screenshot of a popover, saying so.
import { chromium } from '@playwright/test';
import puppeteer from 'puppeteer-core';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDemo } from './serve-demo.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const firefox = process.argv.includes('--firefox');
const build = join(root, '.output', firefox ? 'firefox-mv2' : 'chrome-mv3');
const executable = firefox
  ? (process.env.BACKSTORY_FIREFOX ?? '/usr/bin/firefox-esr')
  : (process.env.BACKSTORY_CHROMIUM ?? '/usr/bin/chromium');
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) || process.platform !== 'linux';

if (!existsSync(build)) {
  console.error(`No build at ${build}: run "npm run build" first.`);
  process.exit(1);
}
if (!existsSync(executable)) {
  console.error(`No browser at ${executable}. Install it, or point BACKSTORY_${firefox ? 'FIREFOX' : 'CHROMIUM'} at one.`);
  process.exit(1);
}

const server = await serveDemo(Number(process.env.PORT ?? 5417)).catch(() => serveDemo(0));
const base = `http://localhost:${server.address().port}/`;
const article = `${base}sochi-talks.html`;
console.log(`Demo news pages: ${base}`);
if (!hasDisplay) {
  console.log('No display found (DISPLAY is not set), so no browser window can open here.');
  console.log('Running the demo headless instead, to show that it works; on a desktop the browser opens for you.');
}

const chromiumFlags = ['--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'];
if (process.getuid?.() === 0) chromiumFlags.push('--no-sandbox');

async function hoverAndShoot(page, word) {
  await page.waitForFunction(() => CSS.highlights.has('backstory-mention'), { timeout: 15000 });
  const point = await page.evaluate((w) => {
    const walker = document.createTreeWalker(document.querySelector('article') ?? document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.data.indexOf(w);
      if (at < 0) continue;
      n.parentElement.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + w.length);
      const r = range.getClientRects()[0];
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    return null;
  }, word);
  await page.mouse.move(point.x, point.y);
  await new Promise((r) => setTimeout(r, 800));
  const out = join(root, '.output', 'demo');
  mkdirSync(out, { recursive: true });
  const file = join(out, `${firefox ? 'firefox' : 'chromium'}-popover.png`);
  await page.screenshot({ path: file });
  console.log(`Highlights are painted and the popover opens: screenshot saved to ${file}`);
}

const profile = mkdtempSync(join(tmpdir(), 'backstory-demo-'));
if (firefox) {
  const browser = await puppeteer.launch({ browser: 'firefox', protocol: 'webDriverBiDi', executablePath: executable, headless: !hasDisplay, defaultViewport: null });
  await browser.installExtension(build);
  const page = await browser.newPage();
  await page.goto(article);
  if (!hasDisplay) {
    await page.setViewport({ width: 1200, height: 800 });
    await hoverAndShoot(page, 'Lavrov');
    await browser.close();
    server.close();
  } else {
    console.log('Firefox is open with Backstory loaded. Hover a highlighted name. Close the browser to stop.');
    browser.on('disconnected', () => server.close());
  }
} else {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: executable,
    headless: !hasDisplay,
    viewport: hasDisplay ? null : { width: 1200, height: 800 },
    args: [...chromiumFlags, `--disable-extensions-except=${build}`, `--load-extension=${build}`],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(article);
  if (!hasDisplay) {
    await hoverAndShoot(page, 'Lavrov');
    await context.close();
    server.close();
  } else {
    console.log('Chromium is open with Backstory loaded. Hover a highlighted name. Close the browser to stop.');
    context.on('close', () => server.close());
  }
}
