interface Span {
  start: number;
  end: number;
}

/**
 * The mentions a caret offset can belong to, from sorted, non-overlapping mentions. A caret sits
 * between characters, so the offset may be a mention's end as well as inside it.
 */
export function mentionsAtOffset(mentions: readonly Span[], offset: number): number[] {
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

/**
 * Which mentions to paint: those confident enough, and by default only the first of each record,
 * so that a page stays calm; every mention still answers a hover.
 */
export function mentionsToPaint(mentions: ReadonlyArray<{ recordId: string; confidence: number }>, all: boolean, threshold: number): number[] {
  const seen = new Set<string>();
  const chosen: number[] = [];
  mentions.forEach((m, i) => {
    if (m.confidence < threshold || (!all && seen.has(m.recordId))) return;
    seen.add(m.recordId);
    chosen.push(i);
  });
  return chosen;
}
