import type { MentionReport, PageMention, RecordCard } from '../protocol/api';
import type { ResolvedMention } from '../match/resolve';

/** What a page's mentions come to: how many in all, and each record with its count, in page order. */
export function summarisePage(
  mentions: readonly ResolvedMention[],
  cards: ReadonlyMap<string, RecordCard>,
): { total: number; mentions: PageMention[] } {
  const byRecord = new Map<string, PageMention>();
  for (const m of mentions) {
    const entry = byRecord.get(m.recordId);
    if (entry) entry.count += 1;
    else byRecord.set(m.recordId, { recordId: m.recordId, name: cards.get(m.recordId)?.record.name ?? m.text, count: 1 });
  }
  return { total: mentions.length, mentions: [...byRecord.values()] };
}

const CONTEXT = 30;
const readable = (text: string) => text.replace(/[\u0000\s]+/g, ' ');

/** Every mention as a plain report, in reading order; `text` is the text the mention was found in. */
export function reportMentions(
  mentions: ReadonlyArray<{ mention: ResolvedMention; text: string }>,
  painted: ReadonlySet<number>,
): MentionReport[] {
  return mentions.map(({ mention: m, text }, position) => ({
    text: m.text,
    recordId: m.recordId,
    alternatives: m.alternatives,
    confidence: m.confidence,
    via: m.via,
    position,
    painted: painted.has(position),
    before: readable(text.slice(Math.max(0, m.start - CONTEXT), m.start)),
    after: readable(text.slice(m.end, m.end + CONTEXT)),
  }));
}
