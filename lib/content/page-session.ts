import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createHighlightPainter, supportsHighlights } from '../dom/highlight-painter';
import { readPublishedDate } from '../dom/read-published-date';
import { createWrapPainter } from '../dom/wrap-painter';
import type { AliasTable } from '../match/alias-table';
import { createMatcher } from '../match/matcher';
import { siteOf } from '../page/site';
import type { ContentApi, DataSource, PageState, RecordCard } from '../protocol/api';
import { askBackground, notifyPageChanged } from '../protocol/client';
import { dispatch, type Handlers } from '../protocol/dispatch';
import { contentChecks } from '../protocol/validate';
import { createHoverController } from './hover-controller';
import { createPopoverUi, POPOVER_HOST } from './popover-ui';
import { summarisePage } from './page-summary';
import { scanPage, indexPositions, type PageScan } from './scan-page';
import { collectText } from '../dom/text-index';

const isOwnUi = (el: Element) => el.tagName === POPOVER_HOST.toUpperCase();
const TIMELINE_HINT = 'Open the timeline from the Backstory button in the toolbar.';

/** Everything the content script does on one page, from first scan to teardown. */
export async function startPageSession(ctx: ContentScriptContext, table: AliasTable): Promise<void> {
  const site = siteOf(location.href);
  if (!site) return;
  const doc = document;
  const matcher = createMatcher(table);
  const painter = supportsHighlights(window) ? createHighlightPainter(doc) : createWrapPainter(doc);
  ctx.onInvalidated(() => painter.destroy());
  const publishedDay = readPublishedDate(doc);

  let enabled = true;
  let scan: PageScan | null = null;
  let cards = new Map<string, RecordCard>();
  let source: DataSource | undefined;
  let problem: string | undefined;
  let timelineHint: string | undefined;

  const hover = createHoverController(ctx, {
    doc,
    scan: () => scan,
    painter,
    popover: () => createPopoverUi(ctx),
    render(ui, index, anchor) {
      const mention = scan!.mentions[index]!;
      const card = cards.get(mention.recordIds[0] ?? '') ?? null;
      ui.show({
        anchor,
        card,
        mentionText: mention.text,
        ...(publishedDay ? { publishedDay } : {}),
        ...(source ? { source } : {}),
        ...(problem && !card ? { problem } : {}),
        ...(timelineHint ? { timelineHint } : {}),
        timelineFromToolbar: import.meta.env.FIREFOX,
        onClose: () => hover.close(),
        onOpenTimeline: () => {
          void askBackground('sidebar/open', {}).then((answer) => {
            timelineHint = answer.ok && answer.value.opened ? undefined : TIMELINE_HINT;
            hover.refresh();
          });
        },
      });
    },
  });

  const run = async () => {
    scan = scanPage(doc.body, matcher, isOwnUi);
    painter.paint(scan.index, scan.painted.map((i) => scan!.mentions[i]!));
    // Wrapping splits text nodes: index the page again for hit-testing (the text is unchanged).
    if (painter.mode === 'wrap') {
      const index = collectText(doc.body, isOwnUi);
      scan = { ...scan, index, nodePosition: indexPositions(index) };
    }
    notifyPageChanged(site);
    const ids = [...new Set(scan.mentions.flatMap((m) => m.recordIds.slice(0, 1)))];
    if (ids.length === 0) return;
    const answer = await askBackground('records/get', { ids });
    if (answer.ok) {
      cards = new Map(answer.value.cards.map((c) => [c.record.id, c]));
      source = answer.value.source;
      problem = undefined;
    } else {
      problem = `Backstory could not load its data (${answer.error.message}).`;
    }
    hover.refresh();
    notifyPageChanged(site);
  };

  const stop = () => {
    hover.close();
    painter.clear();
    scan = null;
    notifyPageChanged(site);
  };

  const state = (): PageState => ({
    url: location.href,
    site,
    enabled,
    ...(publishedDay ? { publishedAt: publishedDay } : {}),
    ...summarisePage(scan?.mentions ?? [], cards),
  });

  const handlers: Handlers<ContentApi, undefined> = {
    'page/state': () => state(),
    'page/site-changed': async (change) => {
      if (change.site !== site || change.enabled === enabled) return { applied: false };
      enabled = change.enabled;
      if (enabled) await run();
      else stop();
      return { applied: true };
    },
  };
  const listener = (message: unknown) => dispatch<ContentApi, undefined>(message, contentChecks, handlers, undefined);
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));

  const siteAnswer = await askBackground('site/get', { site });
  enabled = siteAnswer.ok ? siteAnswer.value.enabled : true;
  if (!enabled || ctx.isInvalid) return;
  await new Promise<void>((resolve) => ctx.requestIdleCallback(() => resolve(), { timeout: 1500 }));
  if (ctx.isValid && enabled) await run();
}
