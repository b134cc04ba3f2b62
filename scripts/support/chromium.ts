// Launching Debian's Chromium with the built extension: shared by the tests, the demo, the
// evaluation and the benchmark.
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { fileURLToPath } from 'node:url';

export const CHROME_BUILD = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));
export const CHROMIUM = process.env.BACKSTORY_CHROMIUM ?? '/usr/bin/chromium';

/** This machine's Chromium needs no sandbox as root, and must not call Google's services. */
export const CHROMIUM_FLAGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];

export interface LaunchOptions {
  profileDir: string;
  headless: boolean;
  /** An unpacked extension to load, if any. */
  extension?: string;
  args?: string[];
  viewport?: { width: number; height: number } | null;
}

export function launchChromium(options: LaunchOptions): Promise<BrowserContext> {
  const extension = options.extension ? [`--disable-extensions-except=${options.extension}`, `--load-extension=${options.extension}`] : [];
  return chromium.launchPersistentContext(options.profileDir, {
    executablePath: CHROMIUM,
    headless: options.headless,
    viewport: options.viewport === undefined ? { width: 1200, height: 800 } : options.viewport,
    args: [...CHROMIUM_FLAGS, ...extension, ...(options.args ?? [])],
  });
}

/** The extension's background service worker, once it has started. */
export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}
