import type { RecordHint } from './alias-table';

export interface Choice {
  recordId: string;
  /** The other candidates, most likely first. */
  alternatives: string[];
  /** The winner's share of the evidence, 0 to 1. */
  confidence: number;
}

const YEAR_MS = 365.25 * 24 * 3600 * 1000;

function yearsBetween(earlier: string, later: string): number {
  const t = (d: string) => Date.parse(`${d}${'-01-01'.slice(d.length - 4)}`);
  return Math.max(0, (t(later) - t(earlier)) / YEAR_MS);
}

/**
 * Chooses among the records an alias may mean, from what the page says around it: records
 * related to a candidate that the page names count for it, and so does being recent news on the
 * publication day; a candidate that had not yet begun on that day is ruled out.
 */
export function disambiguate(
  candidates: readonly string[],
  onPage: { has(id: string): boolean },
  hints: Readonly<Record<string, RecordHint>>,
  publishedDay?: string,
): Choice {
  const scored = candidates.map((id) => {
    const hint = hints[id];
    if (!hint) return { id, score: 1 };
    if (publishedDay && hint.start && hint.start.slice(0, publishedDay.length) > publishedDay) return { id, score: 0 };
    const context = hint.related.filter((r) => onPage.has(r)).length;
    const recency = publishedDay && hint.start ? 2 / (1 + yearsBetween(hint.end ?? hint.start, publishedDay)) : 0;
    return { id, score: 1 + 2 * context + recency };
  });
  scored.sort((a, b) => b.score - a.score);
  const total = scored.reduce((sum, s) => sum + s.score, 0);
  return {
    recordId: scored[0]!.id,
    alternatives: scored.slice(1).map((s) => s.id),
    confidence: total > 0 ? scored[0]!.score / total : 0,
  };
}
