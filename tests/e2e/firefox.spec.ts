import { demoUrl } from './support/paths';
import { expect, readerOf, test } from './support/firefox';
import { pointOnText } from '../../scripts/support/page-probe';
import { paintedAsRead } from './support/painting';

test('Firefox: paints mentions and shows a record’s popover on hover', async ({ firefox }) => {
  const page = await firefox.newPage();
  await page.goto(demoUrl('missile-test.html'));
  const painted = await paintedAsRead(readerOf(page), ['Security Council', 'Pentagon', 'Mark Esper', 'Geng Shuang']);
  expect(painted.join('|')).not.toMatch(/UNITED|inflating/);
  expect(await page.$$eval('backstory-mark', (marks) => marks.length)).toBe(0);

  const point = await page.evaluate(pointOnText, ['Esper', 1] as [string, number]);
  await page.mouse.move(point.x, point.y);
  const card = await page.waitForSelector('backstory-popover >>> .bs-card', { visible: true });
  expect(await card!.$eval('.bs-name', (el) => el.textContent)).toBe('Mark Esper');
  expect(await card!.$eval('.bs-kind', (el) => el.textContent)).toBe('Person');
  expect(await card!.$$eval('.bs-dates li', (items) => items.length)).toBeGreaterThan(0);

  await page.keyboard.press('Escape');
  await page.waitForSelector('backstory-popover >>> .bs-card', { hidden: true });
});
