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
import type { DatasetRecord } from '../lib/dataset/types';
import type { RecordCard } from '../lib/protocol/api';
import { rangeFor } from '../lib/dom/text-index';
import { toRelatedRef } from '../lib/timeline/build-timeline';

/** Milliseconds from the dwell to the popover's DOM filled, for a mention on screen; -1 if none is. */
export function hoverToPopover(model: PageModel, records: readonly DatasetRecord[]): number {
  const byId = new Map(records.map((r) => [r.id, r]));
  // The batch the content script fetches after a scan: a card for every record on the page.
  const cards = new Map<string, RecordCard>();
  for (const ref of model.mentions()) {
    const record = byId.get(ref.mention.recordId);
    if (record && !cards.has(record.id)) cards.set(record.id, { record, related: record.related.flatMap((id) => (byId.has(id) ? [toRelatedRef(byId.get(id)!)] : [])) });
  }
  // Any mention on screen answers a hover, painted or not (by default only first mentions are).
  const target = model
    .mentions()
    .map((r) => rangeFor(r.segment.index, r.mention.start, r.mention.end).getClientRects()[0])
    .find((box) => box !== undefined && box.top > 0 && box.bottom < innerHeight && box.width > 0);
  if (!target) return -1;
  const host = document.createElement('backstory-popover');
  document.body.append(host);
  const container = host.attachShadow({ mode: 'open' });
  const t0 = performance.now();
  const ref = mentionAtPoint(model, document, target.left + target.width / 2, target.top + target.height / 2);
  const card = ref ? (cards.get(ref.mention.recordId) ?? null) : null;
  if (ref) {
    render(
      h(FloatingCard, { anchor: target, label: card?.record.name ?? ref.mention.text }, h(Popover, { card, mentionText: ref.mention.text, publishedDay: '2019-08-22', onOpenTimeline() {}, onClose() {} })),
      container,
    );
  }
  const ms = performance.now() - t0;
  const filled = container.textContent ?? '';
  render(null, container);
  host.remove();
  return ref && card && filled.includes(card.record.name) ? ms : -1;
}
