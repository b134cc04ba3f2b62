import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { articleScope } from '../dom/article-root';
import { createHighlightPainter, supportsHighlights } from '../dom/highlight-painter';
import { watchMutations } from '../dom/mutation-watcher';
import { yieldToPage } from '../dom/yield-to-page';
import type { PaintItem } from '../dom/painter';
import { readPublishedDate } from '../dom/read-published-date';
import { rangeFor } from '../dom/text-index';
import { createWrapPainter, MARK_TAG } from '../dom/wrap-painter';
import type { AliasFile } from '../match/alias-table';
import { mentionsToPaint } from '../match/mention-lookup';
import { CONFIDENCE_THRESHOLD, createResolver } from '../match/resolve';
import { pageKey, siteOf } from '../page/site';
import type { ContentApi, PageState, RelatedRef } from '../protocol/api';
import { askBackground, notifyPageChanged } from '../protocol/client';
import { dispatch, type Handlers } from '../protocol/dispatch';
import { contentChecks } from '../protocol/validate';
import { mentionAtPoint } from './hit-test';
import { createHoverController } from './hover-controller';
import { createPageModel, type MentionRef, type PageModel } from './page-model';
import { paintInView } from './paint-in-view';
import { READING_PACE, readProgressively } from './read-progressively';
import { reportMentions, summarisePage } from './page-summary';
import { createPopoverUi, POPOVER_HOST, type PopoverView } from './popover-ui';
import { loadCompiledMatcher } from './load-matcher';
import { createRecordCards } from './record-cards';

const TIMELINE_HINT = 'Open the timeline from the Backstory button in the toolbar.';
const isOwnNode = (node: Node) =>
  node.nodeType === Node.ELEMENT_NODE
    ? ['STYLE', POPOVER_HOST.toUpperCase(), MARK_TAG.toUpperCase()].includes((node as Element).tagName) &&
      ((node as Element).tagName !== 'STYLE' || (node as HTMLElement).dataset.backstory !== undefined)
    : node.parentElement?.tagName === MARK_TAG.toUpperCase();

/** A frame of another origin is not the reader's page: stay out of it. */
function isForeignFrame(): boolean {
  try {
    return window.top !== window && window.top!.location.origin !== location.origin;
  } catch {
    return true;
  }
}

/** Everything the content script does on one page, from first scan to teardown. */
export async function startPageSession(ctx: ContentScriptContext, table: AliasFile): Promise<void> {
  const site = siteOf(location.href);
  if (!site || isForeignFrame()) return;
  const compiled = await loadCompiledMatcher(table.version);
  if (!compiled || !ctx.isValid) return;
  const doc = document;
  const resolver = createResolver(table, compiled);
  const painter = supportsHighlights(window) ? createHighlightPainter(doc, true) : createWrapPainter(doc);
  const cards = createRecordCards();
  const corrections = new Map<string, string>();
  let enabled = true;
  let highlightAll = false;
  let model: PageModel | null = null;
  let publishedDay: string | undefined;
  let problem: string | undefined;
  let timelineHint: string | undefined;
  let scanned = false;

  const watcher = watchMutations(doc.body, {
    schedule: (flush) => ctx.requestIdleCallback(flush, { timeout: 500 }),
    isOwn: isOwnNode,
    onChange: (nodes) => {
      if (!model || !enabled) return;
      if (model.roots().some((root) => !root.isConnected)) return void build();
      if (model.update(nodes)) void refreshPage();
    },
  });
  ctx.onInvalidated(() => {
    watcher.stop();
    painter.destroy();
  });

  const idle = () => new Promise<IdleDeadline>((resolve) => ctx.requestIdleCallback(resolve, { timeout: 200 }));
  const byKey = (key: string) => model?.byKey(key);
  const paintItem = (r: MentionRef): PaintItem => ({ key: r.key, index: r.segment.index, start: r.mention.start, end: r.mention.end });
  const mentions = () => model?.mentions() ?? [];

  const inView = paintInView(window, painter, () => model, () => ({ all: highlightAll, threshold: CONFIDENCE_THRESHOLD }), {
    onFrame: (run) => ctx.requestAnimationFrame(run),
    onScroll(run) {
      // Capturing on the document hears every scroller, the page's own panes included.
      const options = { capture: true, passive: true };
      ctx.addEventListener(doc, 'scroll', run, options);
      ctx.addEventListener(window, 'resize', run, { passive: true });
      return () => {
        doc.removeEventListener('scroll', run, options);
        window.removeEventListener('resize', run);
      };
    },
    quiet: (write) => watcher.quiet(write),
  });
  ctx.onInvalidated(() => inView.stop());
  const paint = () => inView.paint();

  const refreshPage = async () => {
    paint();
    notifyPageChanged(site);
    problem = await cards.load(mentions().flatMap((r) => [r.mention.recordId, ...r.mention.alternatives]));
    scanned = true;
    hover.refresh();
    notifyPageChanged(site);
  };

  const build = async () => {
    const { roots, skip } = articleScope(doc, POPOVER_HOST);
    publishedDay = readPublishedDate(doc, roots);
    const building = createPageModel(roots, resolver, skip, { ...(publishedDay ? { publishedDay } : {}), corrections });
    model = building;
    // Start when the page is idle; a long page never blocks the reader.
    await idle();
    const done = await readProgressively(building, {
      ...READING_PACE,
      now: () => performance.now(),
      yieldToPage: () => yieldToPage(window),
      paint,
      stillWanted: () => model === building && ctx.isValid,
    });
    if (done) await refreshPage();
  };

  const stop = () => {
    hover.close();
    watcher.quiet(() => painter.clear());
    model = null;
    notifyPageChanged(site);
  };

  const choose = async (ref: MentionRef, recordId: string) => {
    corrections.set(ref.mention.key, recordId);
    model?.setContext({ ...(publishedDay ? { publishedDay } : {}), corrections });
    hover.close();
    await refreshPage();
    await askBackground('corrections/set', { page: pageKey(location.href), key: ref.mention.key, recordId });
  };

  const hover = createHoverController(ctx, {
    doc,
    hitTest: (x, y) => (model ? (mentionAtPoint(model, doc, x, y)?.key ?? null) : null),
    rects: (key) => {
      const r = byKey(key);
      return r ? [...rangeFor(r.segment.index, r.mention.start, r.mention.end).getClientRects()] : [];
    },
    setActive: (key) => {
      const r = key ? byKey(key) : undefined;
      watcher.quiet(() => painter.setActive(r ? paintItem(r) : null));
    },
    popover: () => createPopoverUi(ctx),
    render(ui, key, anchor, unseen) {
      const ref = byKey(key);
      if (!ref) return;
      const { mention } = ref;
      const card = cards.get(mention.recordId) ?? null;
      const alternatives = mention.alternatives.flatMap((id): RelatedRef[] => {
        const alt = cards.get(id)?.record;
        return alt ? [{ id, name: alt.name, kind: alt.kind, ...(alt.start ? { start: alt.start } : {}) }] : [];
      });
      const view: PopoverView = {
        anchor,
        card,
        mentionText: mention.text,
        via: mention.via,
        alternatives,
        onChoose: (id) => void choose(ref, id),
        ...(publishedDay ? { publishedDay } : {}),
        ...(cards.source() ? { source: cards.source()! } : {}),
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
      };
      if (unseen) ui.prepare(view);
      else ui.show(view);
    },
  });

  const state = (): PageState => ({
    url: location.href,
    site,
    enabled,
    ...(publishedDay ? { publishedAt: publishedDay } : {}),
    ...summarisePage(
      mentions().map((r) => r.mention),
      cards.all(),
    ),
  });

  const choicesKnown = Promise.all([
    askBackground('site/get', { site }),
    askBackground('settings/get', {}),
    askBackground('corrections/get', { page: pageKey(location.href) }),
  ]).then(([siteAnswer, settingsAnswer, correctionsAnswer]) => {
    enabled = siteAnswer.ok ? siteAnswer.value.enabled : true;
    highlightAll = settingsAnswer.ok && settingsAnswer.value.highlightAll;
    if (correctionsAnswer.ok) for (const c of correctionsAnswer.value.corrections) corrections.set(c.key, c.recordId);
  });

  const handlers: Handlers<ContentApi, undefined> = {
    // Nothing is said of the page before the reader's choices for it are known.
    'page/state': async () => {
      await choicesKnown;
      return state();
    },
    'page/mentions': () => ({
      scanned,
      mentions: reportMentions(
        mentions().map((r) => ({ mention: r.mention, text: r.segment.index.text })),
        new Set(mentionsToPaint(mentions().map((r) => r.mention), highlightAll, CONFIDENCE_THRESHOLD)),
      ),
    }),
    'page/site-changed': async (change) => {
      if (change.site !== site || change.enabled === enabled) return { applied: false };
      enabled = change.enabled;
      if (enabled) await build();
      else stop();
      return { applied: true };
    },
    'page/settings-changed': async (change) => {
      if (change.highlightAll === highlightAll) return { applied: false };
      highlightAll = change.highlightAll;
      if (model) paint();
      return { applied: true };
    },
  };
  const listener = (message: unknown) => dispatch<ContentApi, undefined>(message, contentChecks, handlers, undefined);
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
  // Client-side navigation: a new article in the same document.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    if (enabled) void build();
  });

  await choicesKnown;
  if (!enabled || ctx.isInvalid) return;
  if (ctx.isValid && enabled) await build();
}
