import type { PaintItem } from '../dom/painter';
import { keyOf, type Segment } from './page-model';

export interface PaintChoice {
  /** Highlight every confident mention, not only the first of each record. */
  all: boolean;
  threshold: number;
}

/**
 * What to paint in segments [from, to) of the page: confident mentions, and by default only the
 * first of each record in the whole page, so a page stays calm. Only the segments before `to` are
 * visited, so painting what is in view near the top of a long page costs what is above it, not the page.
 */
export function paintItems(segments: readonly Segment[], from: number, to: number, choice: PaintChoice): PaintItem[] {
  const items: PaintItem[] = [];
  const seen = new Set<string>();
  for (let s = choice.all ? from : 0; s < Math.min(to, segments.length); s++) {
    const segment = segments[s]!;
    for (const mention of segment.mentions) {
      if (mention.confidence < choice.threshold) continue;
      const first = !seen.has(mention.recordId);
      if (first) seen.add(mention.recordId);
      if (s >= from && (choice.all || first)) items.push({ key: keyOf(segment, mention), index: segment.index, start: mention.start, end: mention.end });
    }
  }
  return items;
}
