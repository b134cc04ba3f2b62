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
import { rangeFor } from '../lib/dom/text-index';
import { toRelatedRef } from '../lib/timeline/build-timeline';

/**
 * Milliseconds from the dwell to the popover's DOM filled, for the first hover on a page (the
 * popover's host created, its code run for the first time) and for a later one; -1 if no mention
 * is on screen.
 */
export function hoverToPopover(model: PageModel, records: readonly DatasetRecord[]): { first: number; later: number } {
  const byId = new Map(records.map((r) => [r.id, r]));
  // The batch the content script fetches after a scan: a card for every record on the page.
  const cards = new Map<string, RecordCard>();
  for (const ref of model.mentions()) {
    const record = byId.get(ref.mention.recordId);
    if (record && !cards.has(record.id)) cards.set(record.id, { record, related: record.related.flatMap((id) => (byId.has(id) ? [toRelatedRef(byId.get(id)!)] : [])) });
  }
  // Any mention on screen answers a hover, painted or not (by default only first mentions are).
  const targets = model
    .mentions()
    .map((r) => rangeFor(r.segment.index, r.mention.start, r.mention.end).getClientRects()[0])
    .filter((box): box is DOMRect => box !== undefined && box.top > 0 && box.bottom < innerHeight && box.width > 0);
  if (targets.length < 2) return { first: -1, later: -1 };
  let container: ShadowRoot | null = null;
  const hover = (target: DOMRect) => {
    const t0 = performance.now();
    if (!container) {
      const host = document.createElement(POPOVER_HOST);
      host.style.cssText = POPOVER_HOST_STYLE;
      document.body.append(host);
      container = host.attachShadow({ mode: 'open' });
    }
    const ref = mentionAtPoint(model, document, target.left + target.width / 2, target.top + target.height / 2);
    const card = ref ? (cards.get(ref.mention.recordId) ?? null) : null;
    if (!ref || !card) return -1;
    render(
      h(FloatingCard, { anchor: target, label: card.record.name }, h(Popover, { card, mentionText: ref.mention.text, publishedDay: '2019-08-22', onOpenTimeline() {}, onClose() {} })),
      container,
    );
    const ms = performance.now() - t0;
    return (container.textContent ?? '').includes(card.record.name) ? ms : -1;
  };
  const result = { first: hover(targets[0]!), later: hover(targets[targets.length - 1]!) };
  if (container) {
    render(null, container);
    (container as ShadowRoot).host.remove();
  }
  return result;
}
