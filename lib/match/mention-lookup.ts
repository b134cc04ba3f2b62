import type { Mention } from './matcher';

/**
 * The mentions a caret offset can belong to, from sorted, non-overlapping mentions. A caret sits
 * between characters, so the offset may be a mention's end as well as inside it.
 */
export function mentionsAtOffset(mentions: readonly Mention[], offset: number): number[] {
  let lo = 0;
  let hi = mentions.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start <= offset) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const found: number[] = [];
  for (let i = Math.max(0, last - 1); i <= last; i++) {
    const m = mentions[i]!;
    if (m.start <= offset && offset <= m.end) found.push(i);
  }
  return found.reverse();
}

/** The first mention of each record: the ones painted when the reader wants a calm page. */
export function firstMentionOfEach(mentions: readonly Mention[]): number[] {
  const seen = new Set<string>();
  const firsts: number[] = [];
  mentions.forEach((m, i) => {
    const id = m.recordIds[0];
    if (id !== undefined && !seen.has(id)) {
      seen.add(id);
      firsts.push(i);
    }
  });
  return firsts;
}
