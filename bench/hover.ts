/**
 * Hover to a filled popover, as the content script does it once the dwell has elapsed: find the
 * mention under the pointer, take its record from the batch fetched after the scan, and render
 * the popover in a shadow root.
 */
import { h, render } from 'preact';
import { FloatingCard } from '../components/FloatingCard';
import { Popover } from '../components/Popover';
import { mentionAtPoint } from '../lib/content/hit-test';
import type { PageModel } from '../lib/content/page-model';
import { POPOVER_HOST, POPOVER_HOST_STYLE } from '../lib/content/popover-ui';
import type { DatasetRecord } from '../lib/dataset/types';
import type { RecordCard } from '../lib/protocol/api';
import { unitsNearViewport } from '../lib/dom/near-viewport';
import { rangeFor } from '../lib/dom/text-index';
import { toRelatedRef } from '../lib/timeline/build-timeline';

/** Resolves once the browser has rendered a frame. */
const rendered = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * Milliseconds from the dwell's end to the popover's DOM filled, for the first hover on a page (its
 * code run once, unseen, while the pointer dwelt) and for a later one; -1 if no mention is on screen.
 * The browser's own layout of the popover, in the frame that follows, is not counted.
 */
export async function hoverToPopover(model: PageModel, records: readonly DatasetRecord[]): Promise<{ first: number; later: number }> {
  const byId = new Map(records.map((r) => [r.id, r]));
  // The batch the content script fetches after a scan: a card for every record on the page.
  const cards = new Map<string, RecordCard>();
  for (const ref of model.mentions()) {
    const record = byId.get(ref.mention.recordId);
    if (record && !cards.has(record.id)) cards.set(record.id, { record, related: record.related.flatMap((id) => (byId.has(id) ? [toRelatedRef(byId.get(id)!)] : [])) });
  }
  // Any mention on screen answers a hover, painted or not (by default only first mentions are).
  // Only the blocks in view are measured: every Range made stays live until collected, and slows
  // each later change of the page.
  const segments = model.segments();
  const [from, to] = unitsNearViewport(segments.length, (i) => segments[i]!.unit, window, 0);
  const targets = segments
    .slice(from, to)
    .flatMap((segment) => segment.mentions.map((m) => rangeFor(segment.index, m.start, m.end).getClientRects()[0]))
    .filter((box): box is DOMRect => box !== undefined && box.top > 0 && box.bottom < innerHeight && box.width > 0);
  if (targets.length < 2) return { first: -1, later: -1 };
  // The content script makes the popover's host when the pointer first rests on a mention, and
  // renders that mention's popover unseen; the dwell that follows gives the page frames to take it in.
  const host = document.createElement(POPOVER_HOST);
  host.style.cssText = POPOVER_HOST_STYLE;
  document.body.append(host);
  const container = host.attachShadow({ mode: 'open' });
  // As the content script does: the pointer's mention is found while it rests (hover-controller.ts
  // hit-tests each pointer move), and at the dwell's end the popover is anchored, shown and filled.
  const hover = (target: DOMRect, unseen = false) => {
    const ref = mentionAtPoint(model, document, target.left + target.width / 2, target.top + target.height / 2);
    const card = ref ? (cards.get(ref.mention.recordId) ?? null) : null;
    if (!ref || !card) return -1;
    const t0 = performance.now();
    const anchor = rangeFor(ref.segment.index, ref.mention.start, ref.mention.end).getBoundingClientRect();
    host.style.visibility = unseen ? 'hidden' : '';
    render(
      h(FloatingCard, { anchor, label: card.record.name }, h(Popover, { card, mentionText: ref.mention.text, publishedDay: '2019-08-22', onOpenTimeline() {}, onClose() {} })),
      container,
    );
    const ms = performance.now() - t0;
    return (container.textContent ?? '').includes(card.record.name) ? ms : -1;
  };
  hover(targets[0]!, true);
  await rendered();
  const first = hover(targets[0]!);
  await rendered();
  const result = { first, later: hover(targets[targets.length - 1]!) };
  render(null, container);
  host.remove();
  return result;
}
