import { CHROME_BUILD, extensionWorker, launchChromium } from '../../scripts/support/chromium';
import { demoUrl } from './support/paths';
import { expect, readerOf, test } from './support/chromium';
import { pointOnText } from '../../scripts/support/page-probe';
import { paintedAsRead } from './support/painting';

test('a database the extension cannot open: the bundled copy is served, and the reader is told', async ({ profileDir }) => {
  // First run: let the extension seed, then leave its database at a version it cannot open,
  // as a newer release, a downgrade or a damaged profile would.
  const first = await launchChromium({ profileDir, headless: true, extension: CHROME_BUILD });
  const worker = await extensionWorker(first);
  await worker.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('backstory', 99);
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(request.error);
      }),
  );
  await first.close();

  const context = await launchChromium({ profileDir, headless: true, extension: CHROME_BUILD });
  try {
    const extensionId = new URL((await extensionWorker(context)).url()).host;
    const page = await context.newPage();
    await page.goto(demoUrl('sochi-talks.html'));
    await paintedAsRead(readerOf(page), ['Sochi', 'Michael Calvey']);
    const point = await page.evaluate(pointOnText, ['Pompeo', 3] as [string, number]);
    await page.mouse.move(point.x, point.y);
    const card = page.locator('backstory-popover .bs-card');
    await expect(card.locator('.bs-name')).toHaveText('Mike Pompeo');
    await expect(card).toContainText('Served from the bundled copy');

    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(popup.getByRole('status')).toHaveText(/Local database unavailable: using the bundled copy/);
  } finally {
    await context.close();
  }
});
