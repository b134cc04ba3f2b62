/**
 * What the benchmark runs inside a page: Backstory's own content-script code (matcher, page
 * model, highlight painter) and the floor, a bare TreeWalker pass. Bundled into one script.
 */
import { createPageModel } from '../lib/content/page-model';
import type { DatasetRecord } from '../lib/dataset/types';
import { hoverToPopover } from './hover';
import { articleScope } from '../lib/dom/article-root';
import { POPOVER_HOST } from '../lib/content/popover-ui';
import { createHighlightPainter } from '../lib/dom/highlight-painter';
import { paintInView } from '../lib/content/paint-in-view';
import type { AliasFile } from '../lib/match/alias-table';
import { decodeMatcherFile } from '../lib/match/matcher-file';
import { CONFIDENCE_THRESHOLD, createResolver, findInText } from '../lib/match/resolve';
import { yieldToPage } from '../lib/dom/yield-to-page';
import { READING_PACE, readProgressively } from '../lib/content/read-progressively';

/** Resolves once the browser has rendered a frame: what is on screen is then what was painted. */
const rendered = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

interface Memory {
  usedJSHeapSize: number;
}
const heap = () => (performance as unknown as { memory?: Memory }).memory?.usedJSHeapSize ?? 0;
/** A full collection (Chromium started with --expose-gc), so that the heap holds only what is kept. */
const collect = () => (window as unknown as { gc?: () => void }).gc?.();

/**
 * The matcher's bytes (the compiled file, as the extension maps it) as an ArrayBuffer, decoded
 * without a string per byte: that garbage, collected while Backstory ran, had been charged to it.
 */
function bytesOf(compiledBase64: string): ArrayBuffer {
  const text = atob(compiledBase64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes.buffer;
}

/**
 * What the matcher costs the content script in memory: the alias table parsed from its file, the
 * compiled tries mapped, the resolver made and used once on the page (so that what it makes on first
 * use, lookup tables and the entries it met, counts), everything else collected; the file's buffer
 * counts too. The code runs once beforehand, so that compiled code, which the content script holds
 * whatever the dictionary, is not counted.
 */
function matcherMemory(tableJson: string, compiledBase64: string): number {
  const text = document.body.textContent ?? '';
  const matchOnce = (bytes: ArrayBuffer) => {
    const table = JSON.parse(tableJson) as AliasFile;
    const resolver = createResolver(table, decodeMatcherFile(bytes, table.version)!);
    findInText(resolver, text);
    return resolver;
  };
  matchOnce(bytesOf(compiledBase64));
  const bytes = bytesOf(compiledBase64);
  collect();
  const before = heap();
  // Kept reachable across the collection that follows, so that it is counted.
  keptResolver = matchOnce(bytes);
  collect();
  return heap() - before + bytes.byteLength;
}
let keptResolver: unknown;

/** Reads every text node once: the least any highlighter must do. */
async function floor() {
  await rendered();
  const t0 = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += (n as Text).data.length;
  return { totalMs: performance.now() - t0, chars };
}

/** The longest main-thread task the browser reports from now on (rendering included), in ms. */
function watchLongTasks(): () => number {
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
  });
  observer.observe({ type: 'longtask' });
  return () => {
    for (const entry of observer.takeRecords()) longest = Math.max(longest, entry.duration);
    observer.disconnect();
    return longest;
  };
}

/** Backstory's path: load the matcher, read and match the page in slices, paint with highlights. */
async function backstory(tableJson: string, compiledBase64: string, records: DatasetRecord[]) {
  // The extension fetches the compiled matcher as a file; here it arrives as text, decoded untimed,
  // and what the harness left behind is collected before the clock starts.
  const bytes = bytesOf(compiledBase64);
  collect();
  // A content script starts once the page is loaded and idle: its first layout is done.
  await rendered();
  const longTasks = watchLongTasks();
  const t0 = performance.now();
  // Ready to match: the alias table parsed from its file's text, as the content script does, the matcher file mapped.
  const table = JSON.parse(tableJson) as AliasFile;
  const resolver = createResolver(table, decodeMatcherFile(bytes, table.version)!);
  const loadMs = performance.now() - t0;
  // The article and what to skip in it, found as the content script finds them.
  const { roots, skip } = articleScope(document, POPOVER_HOST);
  const model = createPageModel(roots, resolver, skip, { publishedDay: '2019-08-22' });
  // The page was given the manifest's highlight rules before it was parsed, as the extension does.
  const painter = createHighlightPainter(document, true);
  // Our part of a repaint after scrolling: finding the blocks in view and painting them.
  let frameWorkMs = 0;
  const inView = paintInView(window, painter, () => model, () => ({ all: false, threshold: CONFIDENCE_THRESHOLD }), {
    onFrame: (run) =>
      requestAnimationFrame(() => {
        const f0 = performance.now();
        run();
        frameWorkMs += performance.now() - f0;
      }),
    onScroll(run) {
      document.addEventListener('scroll', run, { capture: true, passive: true });
      return () => document.removeEventListener('scroll', run, { capture: true });
    },
    quiet: (write) => write(),
  });
  // The content script's own loop: slices, yields, and a paint now and then.
  let longestSliceMs = 0;
  let workMs = 0;
  let sliceStart = performance.now();
  await readProgressively(model, {
    ...READING_PACE,
    now: () => performance.now(),
    yieldToPage: async () => {
      longestSliceMs = Math.max(longestSliceMs, performance.now() - sliceStart);
      workMs += performance.now() - sliceStart;
      await yieldToPage(window);
      sliceStart = performance.now();
    },
    paint: () => inView.paint(),
    stillWanted: () => true,
  });
  longestSliceMs = Math.max(longestSliceMs, performance.now() - sliceStart);
  workMs += performance.now() - sliceStart;
  await rendered();
  const totalMs = performance.now() - t0;
  const longestTaskMs = longTasks();

  // A jump to the middle of the page: our work to paint the new screen's mentions (the frame
  // waits for it; the browser's own cost of drawing the new screen is not ours).
  window.scrollTo(0, document.documentElement.scrollHeight / 2);
  await rendered();
  const scrollPaintMs = frameWorkMs;
  const paintedInView = [...(CSS.highlights.get('backstory-mention') ?? [])].filter((r) => {
    const box = (r as Range).getBoundingClientRect();
    return box.bottom > 0 && box.top < innerHeight;
  }).length;

  // What was found, read as text (not as live Ranges, which would slow each later change of the page).
  const mentions = model.mentions().map((r) => r.segment.index.text.slice(r.mention.start, r.mention.end));

  const hoverMs = await hoverToPopover(model, records);

  // One paragraph changes: the work is that paragraph's, not the page's.
  const paragraphs = document.querySelectorAll('article p');
  const changed = paragraphs[Math.floor(paragraphs.length / 2)];
  let updateMs = 0;
  if (changed) {
    changed.append(' Sergei Lavrov spoke of the INF Treaty.');
    // The page's change is laid out first, as the browser would before its next frame anyway.
    void document.body.offsetHeight;
    const u0 = performance.now();
    model.update([changed.lastChild!]);
    inView.paint();
    updateMs = performance.now() - u0;
  }
  inView.stop();
  return { loadMs, totalMs, workMs, longestSliceMs, longestTaskMs, scrollPaintMs, paintedInView, hoverMs, updateMs, mentions };
}

interface MarkJs {
  markRegExp(re: RegExp, options: { done(count: number): void }): void;
}

/** The usual way: mark.js `markRegExp` with one alternation; it rewrites the DOM, then layout runs. */
async function markRegExp(source: string) {
  const Mark = (window as unknown as { Mark: new (el: Element) => MarkJs }).Mark;
  await rendered();
  const longTasks = watchLongTasks();
  const t0 = performance.now();
  let count = 0;
  new Mark(document.body).markRegExp(new RegExp(source, 'gi'), { done: (n) => (count = n) });
  const t1 = performance.now();
  // Its rewrite of the DOM is on screen once layout has run and a frame is rendered.
  void document.body.offsetHeight;
  await rendered();
  const layoutMs = performance.now() - t1;
  const longestTaskMs = longTasks();
  const mentions = [...document.querySelectorAll('mark')].map((m) => m.textContent ?? '');
  return { totalMs: t1 - t0, layoutMs, longestTaskMs, count, mentions };
}

Object.assign(window, { backstoryBench: { floor, backstory, markRegExp, matcherMemory } });
