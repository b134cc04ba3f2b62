import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PopupView } from '../../components/PopupView';
import { targetTab, type TargetTab } from '../../lib/pages/target-tab';
import type { DataStatus, PageState } from '../../lib/protocol/api';
import { askBackground, askTab } from '../../lib/protocol/client';
import { openSidebar } from '../../lib/sidebar/open-sidebar';
import { useDataStatus } from '../../lib/pages/use-data-status';

/** Waits, in ms, before asking again a web page whose content script has not started yet (a page just loaded, on a busy machine). */
const ASK_AGAIN = [100, 200, 400, 800, 1500, 2000, 2500, 3000];

/** The page's state; a web page that does not answer yet is asked again, briefly, before it counts as one Backstory does not run on. */
async function askPageState(target: TargetTab) {
  let answer = await askTab(target.id, 'page/state', {});
  if (!/^https?:/.test(target.url ?? '')) return answer;
  for (const wait of ASK_AGAIN) {
    if (answer.ok) break;
    await new Promise((resolve) => setTimeout(resolve, wait));
    answer = await askTab(target.id, 'page/state', {});
  }
  return answer;
}

/** Wires the popup view to the current tab's content script and to the background. */
export function PopupApp() {
  const [tab, setTab] = useState<TargetTab | null>(null);
  const [page, setPage] = useState<PageState | null>(null);
  const [loading, setLoading] = useState(true);
  const [highlightAll, setHighlightAll] = useState(false);
  const status: DataStatus | null = useDataStatus();

  const refresh = async (target: TargetTab | null) => {
    const answer = target ? await askPageState(target) : null;
    setPage(answer?.ok ? answer.value : null);
    setLoading(false);
  };

  useEffect(() => {
    void askBackground('settings/get', {}).then((answer) => answer.ok && setHighlightAll(answer.value.highlightAll));
    void targetTab().then((target) => {
      setTab(target);
      return refresh(target);
    });
  }, []);

  return (
    <PopupView
      loading={loading}
      page={page}
      status={status}
      highlightAll={highlightAll}
      aboutUrl={browser.runtime.getURL('/about.html')}
      onToggleAll={async (all) => {
        setHighlightAll(all);
        await askBackground('settings/set', { highlightAll: all });
      }}
      onToggleSite={async (enabled) => {
        if (!page) return;
        setPage({ ...page, enabled });
        await askBackground('site/set', { site: page.site, enabled });
        await refresh(tab);
      }}
      onOpenTimeline={() => {
        void openSidebar(tab?.windowId).then((opened) => opened && window.close());
      }}
    />
  );
}
