import { demoUrl } from './support/paths';
import { expect, test } from './support/chromium';
import { paintedMentions, pointOnText } from '../../scripts/support/page-probe';

test('“Not this?” offers the other meanings of shared words, and the choice is remembered for the page', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(demoUrl('syria-brief.html'));
  await expect.poll(() => page.evaluate(paintedMentions)).toEqual(expect.arrayContaining(['Vladimir Putin', 'United States']));

  const hover = async () => {
    await page.mouse.move(0, 0);
    const point = await page.evaluate(pointOnText, ['Sochi agreement', 0] as [string, number]);
    await page.mouse.move(point.x, point.y);
  };
  const card = page.locator('backstory-popover .bs-card');
  await hover();
  // Published the day after the 2019 memorandum: that is the likelier meaning.
  await expect(card.locator('.bs-name')).toHaveText('Sochi memorandum on northern Syria');
  await card.getByText('Not this?').click();
  await card.getByRole('button', { name: /Sochi agreement on Idlib/ }).click();
  await expect(card).toBeHidden();

  await hover();
  await expect(card.locator('.bs-name')).toHaveText('Sochi agreement on Idlib');
  await page.keyboard.press('Escape');

  await page.reload();
  await expect.poll(() => page.evaluate(paintedMentions)).toEqual(expect.arrayContaining(['Vladimir Putin', 'United States']));
  await hover();
  await expect(card.locator('.bs-name')).toHaveText('Sochi agreement on Idlib');
});
