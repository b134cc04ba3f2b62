// Reading what the extension knows, from its service worker: shared by the tests and the evaluation.
import type { Worker } from '@playwright/test';
import type { MentionReport } from '../../lib/protocol/api';

/** The id of the active tab, as the extension knows it (the extension may not read tab URLs). */
export function activeTabId(worker: Worker): Promise<number> {
  return worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    return tab.id;
  });
}

/**
 * Every mention Backstory found on a tab, through the documented `page/mentions` message. Until
 * the content script is there and its first scan is done, it waits rather than read half a page.
 */
export function readMentions(worker: Worker, tabId: number): Promise<MentionReport[]> {
  return worker.evaluate(async (id) => {
    for (;;) {
      const answer = (await chrome.tabs
        .sendMessage(id, { backstory: 1, type: 'page/mentions', payload: {} }, { frameId: 0 })
        .catch(() => undefined)) as { ok: true; value: { scanned: boolean; mentions: MentionReport[] } } | undefined;
      if (answer?.ok && answer.value.scanned) return answer.value.mentions;
      await new Promise((r) => setTimeout(r, 50));
    }
  }, tabId);
}
