import { demoUrl } from './support/paths';
import { expect, test } from './support/firefox';
import { paintedMentions, pointOnText } from '../../scripts/support/page-probe';

test('Firefox: paints mentions and shows a record’s popover on hover', async ({ firefox }) => {
  const page = await firefox.newPage();
  await page.goto(demoUrl('missile-test.html'));
  await expect.poll(() => page.evaluate(paintedMentions)).toEqual(expect.arrayContaining(['Security Council', 'Pentagon', 'Mark Esper', 'Geng Shuang']));
  const painted = await page.evaluate(paintedMentions);
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
