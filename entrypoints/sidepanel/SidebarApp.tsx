import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { TimelineView } from '../../components/TimelineView';
import { useDataStatus } from '../../lib/pages/use-data-status';
import { targetTab } from '../../lib/pages/target-tab';
import type { PageState, TimelineEntry } from '../../lib/protocol/api';
import { askBackground, askTab, isPageChangedNotice } from '../../lib/protocol/client';

/** Wires the timeline to the active tab: it follows tab switches, navigation and page changes. */
export function SidebarApp() {
  const [loading, setLoading] = useState(true);
  const [page, setPage] = useState<PageState | null>(null);
  const [entries, setEntries] = useState<TimelineEntry[]>([]);
  const status = useDataStatus();

  useEffect(() => {
    let activeTabId: number | undefined;
    let generation = 0;
    const load = async () => {
      const mine = ++generation;
      const tab = await targetTab();
      activeTabId = tab?.id;
      const answer = tab ? await askTab(tab.id, 'page/state', {}) : null;
      const state = answer?.ok ? answer.value : null;
      const ids = state?.enabled ? state.mentions.map((m) => m.recordId) : [];
      const timeline = ids.length > 0 ? await askBackground('timeline/get', { ids }) : null;
      if (mine !== generation) return;
      setPage(state);
      setEntries(timeline?.ok ? timeline.value.entries : []);
      setLoading(false);
    };
    const onActivated = () => void load();
    const onUpdated = (tabId: number, change: { status?: string }) => {
      if (tabId === activeTabId && change.status === 'complete') void load();
    };
    const onMessage = (message: unknown, sender: { tab?: { id?: number } }) => {
      if (isPageChangedNotice(message) && sender.tab?.id === activeTabId) void load();
      return undefined;
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.runtime.onMessage.addListener(onMessage);
    void load();
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, []);

  return <TimelineView loading={loading} page={page} entries={entries} status={status} />;
}
