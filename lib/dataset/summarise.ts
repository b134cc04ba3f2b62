import { compareDates } from './dates';
import type { Dataset } from './types';
import { RECORD_KINDS } from './types';
import type { DatasetSummary } from '../protocol/api';

const TOP_SOURCES = 10;

/** Counts for the "About the data" page: records by kind, the sources they cite, the years covered. */
export function summariseDataset(dataset: Dataset): DatasetSummary {
  const byKind = RECORD_KINDS.map((kind) => ({ kind, count: dataset.records.filter((r) => r.kind === kind).length }));
  const citing = new Map<string, Set<string>>();
  for (const record of dataset.records) {
    for (const source of record.sources) {
      const site = new URL(source.url).hostname.replace(/^www\./, '');
      const ids = citing.get(site) ?? new Set<string>();
      ids.add(record.id);
      citing.set(site, ids);
    }
  }
  const sources = [...citing]
    .map(([site, ids]) => ({ site, records: ids.size }))
    .sort((a, b) => b.records - a.records || a.site.localeCompare(b.site))
    .slice(0, TOP_SOURCES);
  const starts = dataset.records.filter((r) => r.kind === 'event' && r.start).map((r) => r.start!).sort(compareDates);
  return {
    version: dataset.version,
    records: dataset.records.length,
    byKind,
    sources,
    ...(starts.length > 0 ? { earliest: starts[0]!, latest: starts[starts.length - 1]! } : {}),
  };
}
