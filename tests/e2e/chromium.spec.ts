import { chromium as playwright } from '@playwright/test';
import { demoUrl } from './support/paths';
import { activeTabId, devToolsPort, expect, readerOf, test } from './support/chromium';
import { paintedMentions, pointOnText } from '../../scripts/support/page-probe';
import { paintedAsRead } from './support/painting';

const ARTICLE = demoUrl('sochi-talks.html');

test('paints the people, places and events of a news article, and nothing else', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(ARTICLE);
  // Painting is progressive (the page is read in idle slices) and follows the screen: read to the end.
  // Each record's first mention is painted: the Mueller investigation's is a description ("the two-year inquiry").
  const painted = await paintedAsRead(readerOf(page), ['Sochi', 'Putin', 'Sergey Lavrov', 'two-year inquiry', 'Kim Jong Un', 'Kremlin', 'Michael Calvey']);
  for (const wrong of ['inflating', 'united', 'US$']) expect(painted.join('|')).not.toContain(wrong);
  // Nothing from the comment form's fields, and the page's markup is exactly as served.
  expect(await page.locator('backstory-mark').count()).toBe(0);
  const served = await (await page.request.get(ARTICLE)).text();
  const live = await page.evaluate(() => document.querySelector('article')!.innerHTML);
  const original = await page.evaluate((html) => new DOMParser().parseFromString(html, 'text/html').querySelector('article')!.innerHTML, served);
  expect(live).toBe(original);
});

test('hovering a mention shows its record from IndexedDB; Escape closes it', async ({ context, worker }) => {
  // Wait for the background's seed, then change one stored record: the popover must show the change.
  await worker.evaluate(async () => {
    const open = () =>
      new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('backstory');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const ask = <T>(request: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    for (;;) {
      const db = await open();
      if (db.objectStoreNames.contains('meta') && (await ask(db.transaction('meta').objectStore('meta').get('datasetVersion')))) {
        const store = db.transaction('records', 'readwrite').objectStore('records');
        const lavrov = await ask(store.get('sergey-lavrov'));
        await ask(store.put({ ...lavrov, summary: 'Stored in IndexedDB: Russia’s foreign minister.' }));
        db.close();
        return;
      }
      db.close();
      await new Promise((r) => setTimeout(r, 50));
    }
  });
  const page = await context.newPage();
  await page.goto(ARTICLE);
  await paintedAsRead(readerOf(page), ['Sergey Lavrov', 'Michael Calvey']);
  const point = await page.evaluate(pointOnText, ['Lavrov', 2] as [string, number]);
  await page.mouse.move(point.x, point.y);
  const card = page.locator('backstory-popover .bs-card');
  await expect(card).toBeVisible();
  await expect(card.locator('.bs-name')).toHaveText('Sergey Lavrov');
  await expect(card.locator('.bs-kind')).toHaveText('Person');
  await expect(card.locator('.bs-summary')).toHaveText('Stored in IndexedDB: Russia’s foreign minister.');
  await expect(card.locator('.bs-dates li').first()).toBeVisible();
  await expect(card.locator('.bs-sources a').first()).toHaveAttribute('href', /^https:\/\//);
  const box = (await card.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  // Moving onto the popover keeps it open; Escape closes it.
  await page.mouse.move(box.x + box.width / 2, box.y + 10, { steps: 4 });
  await expect(card).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
});

test('the popup counts the mentions, and its site switch is applied and remembered', async ({ context, worker, extensionId }) => {
  const page = await context.newPage();
  await page.goto(ARTICLE);
  await expect.poll(() => page.evaluate(paintedMentions)).toContain('Sochi');
  const tabId = await activeTabId(worker);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await expect(popup.getByTestId('mention-count')).toHaveText(/^\d+ mentions of \d+ subjects on this page$/);
  const switchControl = popup.getByRole('switch');
  await expect(switchControl).toBeChecked();

  await switchControl.uncheck();
  await expect(popup.getByTestId('mention-count')).toHaveText('Highlighting is off on this site.');
  await expect.poll(() => page.evaluate(paintedMentions)).toEqual([]);
  await page.reload();
  await page.evaluate(() => new Promise((r) => requestIdleCallback(r)));
  expect(await page.evaluate(paintedMentions)).toEqual([]);

  await popup.reload();
  await expect(popup.getByRole('switch')).not.toBeChecked();
  await popup.getByRole('switch').check();
  await expect.poll(() => page.evaluate(paintedMentions)).toContain('Sochi');
});

test('the timeline opens from the popover and lists the page’s events in date order', async ({ context, profileDir }) => {
  const page = await context.newPage();
  await page.goto(demoUrl('missile-test.html'));
  await paintedAsRead(readerOf(page), ['Pentagon', 'Geng Shuang']);
  const point = await page.evaluate(pointOnText, ['Pentagon', 0] as [string, number]);
  await page.mouse.move(point.x, point.y);
  await page.locator('backstory-popover .bs-timeline').click();

  // The real side panel is not one of Playwright's pages; a second DevTools client sees it.
  const cdp = await playwright.connectOverCDP(`http://127.0.0.1:${devToolsPort(profileDir)}`);
  try {
    const panel = await expect
      .poll(() => cdp.contexts().flatMap((c) => c.pages()).find((p) => p.url().endsWith('/sidepanel.html')))
      .toBeTruthy()
      .then(() => cdp.contexts().flatMap((c) => c.pages()).find((p) => p.url().endsWith('/sidepanel.html'))!);
    const entries = panel.locator('.bs-entry');
    await expect(entries.first()).toBeVisible();
    const names = await panel.locator('.bs-entry-name').allTextContents();
    expect(names).toEqual(expect.arrayContaining(['UN Security Council meeting on US missile plans']));
    const dates = await panel.locator('.bs-entry-date').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
    expect(dates).toEqual([...dates].sort());
    expect(dates.length).toBeGreaterThan(3);
  } finally {
    await cdp.close();
  }
});
