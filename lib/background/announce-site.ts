import { browser } from 'wxt/browser';
import { askTab } from '../protocol/client';

/** Tells every tab's content script that a site was switched on or off; each checks its own site. */
export async function announceSite(site: string, enabled: boolean): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs.flatMap((tab) => (tab.id === undefined ? [] : [askTab(tab.id, 'page/site-changed', { site, enabled })])));
}
