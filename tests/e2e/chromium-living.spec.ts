import { demoUrl } from './support/paths';
import { activeTabId, expect, test } from './support/chromium';
import { paintedMentions } from '../../scripts/support/page-probe';
import { readMentions } from '../../scripts/support/extension-probe';


test('a live page is read as it grows, and every mention can be read back', async ({ context, worker }) => {
  const page = await context.newPage();
  await page.goto(demoUrl('live-blog.html'));
  await expect.poll(() => page.evaluate(paintedMentions)).toContain('Mike Pompeo');
  const tabId = await activeTabId(worker);
  const before = await readMentions(worker, tabId);
  // "has formally left the INF Treaty" describes the US withdrawal, and the description holds the name.
  expect(before.map((m) => m.recordId)).toEqual(expect.arrayContaining(['inf-us-withdrawal-2019', 'mike-pompeo']));
  for (const m of before) expect(m).toMatchObject({ confidence: expect.any(Number), position: expect.any(Number) });

  await page.getByRole('button', { name: 'Show newer posts' }).click();
  await expect.poll(() => page.evaluate(paintedMentions)).toContain('Jens Stoltenberg');
  const after = await readMentions(worker, tabId);
  const stoltenberg = after.find((m) => m.text === 'Jens Stoltenberg');
  expect(stoltenberg).toMatchObject({ recordId: 'jens-stoltenberg', painted: true });
  // The new post went in at the top: its mentions come first in reading order.
  expect(stoltenberg!.position).toBeLessThan(after.find((m) => m.text === 'Mike Pompeo')!.position);
  expect(after.length).toBeGreaterThan(before.length);
});

test('“highlight every mention” paints repeats too, and is remembered', async ({ context, worker, extensionId }) => {
  const page = await context.newPage();
  await page.goto(demoUrl('sochi-talks.html'));
  await expect.poll(() => page.evaluate(paintedMentions)).toContain('Sochi');
  const firstOnly = (await page.evaluate(paintedMentions)).length;
  const tabId = await activeTabId(worker);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await popup.getByLabel('Highlight every mention, not just the first').check();
  await expect.poll(async () => (await page.evaluate(paintedMentions)).length).toBeGreaterThan(firstOnly);
  const all = await readMentions(worker, tabId);
  expect(all.every((m) => m.painted || m.confidence < 0.6)).toBe(true);
  await popup.reload();
  await expect(popup.getByLabel('Highlight every mention, not just the first')).toBeChecked();
});

test('the About page reports the dataset', async ({ context, extensionId }) => {
  const about = await context.newPage();
  await about.goto(`chrome-extension://${extensionId}/about.html`);
  await expect(about.getByTestId('about-version')).toHaveText(/^Version \w+: \d+ records/);
  await expect(about.getByRole('row', { name: /Event/ })).toBeVisible();
  await expect(about.getByText(/wikipedia\.org: cited by \d+ records/)).toBeVisible();
});

test('on a long page, mentions far below the screen are painted as the reader scrolls to them', async ({ context, worker }) => {
  const page = await context.newPage();
  await page.goto(demoUrl('sochi-talks.html'));
  await expect.poll(() => page.evaluate(paintedMentions)).toContain('Sochi');
  // The story grows by many screens, and its last paragraph names someone new.
  await page.evaluate(() => {
    const article = document.querySelector('article')!;
    for (let i = 0; i < 80; i++) article.insertAdjacentHTML('beforeend', '<p>The talks went on through the afternoon, aides said, and little was agreed.</p>');
    article.insertAdjacentHTML('beforeend', '<p id="last">Jens Stoltenberg said the alliance was watching closely.</p>');
  });
  const tabId = await activeTabId(worker);
  await expect.poll(async () => (await readMentions(worker, tabId)).find((m) => m.text === 'Jens Stoltenberg')?.painted).toBe(true);
  // Found and chosen for painting, but many screens below: not drawn yet.
  expect(await page.evaluate(paintedMentions)).not.toContain('Jens Stoltenberg');

  await page.evaluate(() => document.getElementById('last')!.scrollIntoView({ block: 'center' }));
  await expect.poll(() => page.evaluate(paintedMentions)).toContain('Jens Stoltenberg');
  // Far above now: the first screen's highlights were let go, and come back on the way up.
  expect(await page.evaluate(paintedMentions)).not.toContain('Sochi');
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect.poll(() => page.evaluate(paintedMentions)).toContain('Sochi');
});
