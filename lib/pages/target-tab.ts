import { browser } from 'wxt/browser';

export interface TargetTab {
  id: number;
  windowId: number;
  url?: string;
}

/**
 * The tab an extension page speaks about: the one named by `?tabId=` (a page opened for a
 * given tab), else the active tab of the page's own window.
 */
export async function targetTab(search = location.search): Promise<TargetTab | null> {
  const named = Number(new URLSearchParams(search).get('tabId'));
  const tab = Number.isInteger(named) && named > 0
    ? await browser.tabs.get(named).catch(() => undefined)
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (!tab || tab.id === undefined) return null;
  return { id: tab.id, windowId: tab.windowId, ...(tab.url ? { url: tab.url } : {}) };
}
