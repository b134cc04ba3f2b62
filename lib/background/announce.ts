import { browser } from 'wxt/browser';
import { askTab } from '../protocol/client';

async function everyTab(send: (tabId: number) => Promise<unknown>): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs.flatMap((tab) => (tab.id === undefined ? [] : [send(tab.id)])));
}

/** Tells every tab's content script that a site was switched on or off; each checks its own site. */
export function announceSite(site: string, enabled: boolean): Promise<void> {
  return everyTab((tabId) => askTab(tabId, 'page/site-changed', { site, enabled }, true));
}

/** Tells every tab's content script that the reader's settings changed. */
export function announceSettings(settings: { highlightAll: boolean }): Promise<void> {
  return everyTab((tabId) => askTab(tabId, 'page/settings-changed', settings, true));
}
