import { browser } from 'wxt/browser';
import type { BackgroundApi, ContentApi, PageChangedNotice } from './api';
import { describeError, fail, type Result } from './result';

function isResult(value: unknown): value is Result<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

async function settle<T>(sending: Promise<unknown>): Promise<Result<T>> {
  try {
    const answer = await sending;
    return isResult(answer) ? (answer as Result<T>) : fail('unreachable', 'no answer');
  } catch (error) {
    return fail('unreachable', describeError(error));
  }
}

/** Asks the background; a background that cannot be reached is an `unreachable` result, not a throw. */
export function askBackground<K extends keyof BackgroundApi>(
  type: K,
  payload: BackgroundApi[K]['request'],
): Promise<Result<BackgroundApi[K]['response']>> {
  return settle(browser.runtime.sendMessage({ backstory: 1, type, payload }));
}

/**
 * Asks a tab's content script; a tab without one (a browser page) answers `unreachable`. The
 * top frame answers unless `allFrames` is set, as for announcements every frame must hear.
 */
export function askTab<K extends keyof ContentApi>(
  tabId: number,
  type: K,
  payload: ContentApi[K]['request'],
  allFrames = false,
): Promise<Result<ContentApi[K]['response']>> {
  const message = { backstory: 1, type, payload };
  return settle(allFrames ? browser.tabs.sendMessage(tabId, message) : browser.tabs.sendMessage(tabId, message, { frameId: 0 }));
}

export function notifyPageChanged(site: string): void {
  const notice: PageChangedNotice = { backstory: 1, type: 'page/changed', payload: { site } };
  // Nobody may be listening (no sidebar open); that is not an error.
  browser.runtime.sendMessage(notice).catch(() => undefined);
}

export function isPageChangedNotice(raw: unknown): raw is PageChangedNotice {
  return typeof raw === 'object' && raw !== null && (raw as PageChangedNotice).backstory === 1 && (raw as PageChangedNotice).type === 'page/changed';
}
