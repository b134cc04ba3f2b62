import { defineConfig } from '@playwright/test';

export const DEMO_PORT = Number(process.env.BACKSTORY_DEMO_PORT ?? 5417);

// End-to-end tests load the built extension into Debian's Chromium (Playwright) and Firefox ESR
// (puppeteer-core over WebDriver BiDi). One worker: each test starts its own browser.
export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  outputDir: 'test-results',
  webServer: {
    command: 'npx tsx scripts/serve-demo.ts',
    url: `http://localhost:${DEMO_PORT}/`,
    env: { PORT: String(DEMO_PORT) },
    reuseExistingServer: !process.env.CI,
  },
});
