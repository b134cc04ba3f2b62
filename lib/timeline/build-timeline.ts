import { compareDates } from '../dataset/dates';
import type { DatasetRecord } from '../dataset/types';
import type { RelatedRef, TimelineEntry } from '../protocol/api';

/**
 * The dated events a page touches, oldest first: the events it names, and the events that the
 * records it names relate to.
 */
export function buildTimeline(mentioned: readonly DatasetRecord[], related: readonly DatasetRecord[]): TimelineEntry[] {
  const mentionedIds = new Set(mentioned.map((r) => r.id));
  const byId = new Map<string, TimelineEntry>();
  const add = (record: DatasetRecord, via?: string) => {
    if (record.kind !== 'event' || !record.start) return;
    let entry = byId.get(record.id);
    if (!entry) {
      entry = {
        id: record.id,
        name: record.name,
        kind: record.kind,
        start: record.start,
        ...(record.end ? { end: record.end } : {}),
        summary: record.summary,
        mentioned: mentionedIds.has(record.id),
        via: [],
      };
      byId.set(record.id, entry);
    }
    if (via && !entry.via.includes(via)) entry.via.push(via);
  };
  mentioned.forEach((r) => add(r));
  const relatedById = new Map(related.map((r) => [r.id, r]));
  for (const record of mentioned) {
    for (const id of record.related) {
      const target = relatedById.get(id);
      if (target && !mentionedIds.has(id)) add(target, record.name);
    }
  }
  return [...byId.values()].sort(
    (a, b) => compareDates(a.start, b.start) || compareDates(a.end ?? a.start, b.end ?? b.start) || a.name.localeCompare(b.name),
  );
}

/** The ids that `records` relate to and that are not among them. */
export function relatedIdsOf(records: readonly DatasetRecord[]): string[] {
  const have = new Set(records.map((r) => r.id));
  return [...new Set(records.flatMap((r) => r.related))].filter((id) => !have.has(id));
}

export function toRelatedRef(record: DatasetRecord): RelatedRef {
  return { id: record.id, name: record.name, kind: record.kind, ...(record.start ? { start: record.start } : {}) };
}
