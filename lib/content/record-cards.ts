import type { DataSource, RecordCard } from '../protocol/api';
import { askBackground } from '../protocol/client';

/**
 * The records a page needs, fetched from the background in one batch after each scan (never
 * one message per hover), so that a popover fills at once.
 */
export interface RecordCards {
  get(id: string): RecordCard | undefined;
  /** Fetches the ids not yet held; resolves once they are here, or with the reason they are not. */
  load(ids: Iterable<string>): Promise<string | undefined>;
  source(): DataSource | undefined;
  all(): ReadonlyMap<string, RecordCard>;
}

export function createRecordCards(): RecordCards {
  const cards = new Map<string, RecordCard>();
  const asked = new Set<string>();
  let source: DataSource | undefined;
  return {
    get: (id) => cards.get(id),
    async load(ids) {
      const wanted = [...new Set(ids)].filter((id) => !asked.has(id));
      if (wanted.length === 0) return undefined;
      wanted.forEach((id) => asked.add(id));
      const answer = await askBackground('records/get', { ids: wanted });
      if (!answer.ok) {
        wanted.forEach((id) => asked.delete(id));
        return `Backstory could not load its data (${answer.error.message}).`;
      }
      for (const card of answer.value.cards) cards.set(card.record.id, card);
      source = answer.value.source;
      return undefined;
    },
    source: () => source,
    all: () => cards,
  };
}
