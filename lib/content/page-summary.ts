import type { Mention } from '../match/matcher';
import type { PageMention, RecordCard } from '../protocol/api';

/** What a page's mentions come to: how many in all, and each record with its count, in page order. */
export function summarisePage(
  mentions: readonly Mention[],
  cards: ReadonlyMap<string, RecordCard>,
): { total: number; mentions: PageMention[] } {
  const byRecord = new Map<string, PageMention>();
  for (const m of mentions) {
    const recordId = m.recordIds[0];
    if (recordId === undefined) continue;
    const entry = byRecord.get(recordId);
    if (entry) entry.count += 1;
    else byRecord.set(recordId, { recordId, name: cards.get(recordId)?.record.name ?? m.text, count: 1 });
  }
  return { total: mentions.length, mentions: [...byRecord.values()] };
}
