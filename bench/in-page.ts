/**
 * What the benchmark runs inside a page: Backstory's own content-script code (matcher, page
 * model, highlight painter) and the floor, a bare TreeWalker pass. Bundled into one script.
 */
import { createPageModel } from '../lib/content/page-model';
import { createHighlightPainter } from '../lib/dom/highlight-painter';
import type { AliasTable } from '../lib/match/alias-table';
import { decodeAutomata } from '../lib/match/automaton-codec';
import { createResolver } from '../lib/match/resolve';
import { rangeFor } from '../lib/dom/text-index';
import { yieldToPage } from '../lib/dom/yield-to-page';

interface Memory {
  usedJSHeapSize: number;
}
const heap = () => (performance as unknown as { memory?: Memory }).memory?.usedJSHeapSize ?? 0;

/** Reads every text node once: the least any highlighter must do. */
function floor() {
  const t0 = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += (n as Text).data.length;
  return { totalMs: performance.now() - t0, chars };
}

/** Backstory's path: load the matcher, read and match the page in slices, paint with highlights. */
async function backstory(table: AliasTable, sliceMs: number, compiledBase64: string) {
  // The extension fetches the compiled matcher as a file; here it arrives as text, decoded untimed.
  const bytes = Uint8Array.from(atob(compiledBase64), (c) => c.charCodeAt(0)).buffer;
  const heapBefore = heap();
  const t0 = performance.now();
  const automata = decodeAutomata(bytes, table.version);
  const resolver = createResolver(table, automata ? [automata[0]!, automata[1]!] : null);
  const loadMs = performance.now() - t0;
  const heapAfterLoad = heap();
  const model = createPageModel([document.body], resolver, () => false, { publishedDay: '2019-08-22' });
  const painter = createHighlightPainter(document);
  let longestSliceMs = 0;
  for (;;) {
    const s0 = performance.now();
    const more = model.readSome(() => performance.now() - s0 < sliceMs);
    const refs = model.mentions();
    painter.paint(refs.map((r) => ({ key: r.key, index: r.segment.index, start: r.mention.start, end: r.mention.end })));
    longestSliceMs = Math.max(longestSliceMs, performance.now() - s0);
    if (!more) break;
    await yieldToPage(window);
  }
  const totalMs = performance.now() - t0;
  const mentions = model.mentions().map((r) => rangeFor(r.segment.index, r.mention.start, r.mention.end).toString());
  return { loadMs, totalMs, longestSliceMs, heapBytes: heapAfterLoad - heapBefore, mentions };
}

interface MarkJs {
  markRegExp(re: RegExp, options: { done(count: number): void }): void;
}

/** The usual way: mark.js `markRegExp` with one alternation; it rewrites the DOM, then layout runs. */
function markRegExp(source: string) {
  const Mark = (window as unknown as { Mark: new (el: Element) => MarkJs }).Mark;
  const t0 = performance.now();
  let count = 0;
  new Mark(document.body).markRegExp(new RegExp(source, 'gi'), { done: (n) => (count = n) });
  const t1 = performance.now();
  void document.body.offsetHeight;
  const layoutMs = performance.now() - t1;
  const mentions = [...document.querySelectorAll('mark')].map((m) => m.textContent ?? '');
  return { totalMs: t1 - t0, layoutMs, count, mentions };
}

Object.assign(window, { backstoryBench: { floor, backstory, markRegExp } });
