import { compareDates, hasHappenedBy } from '../dataset/dates';
import type { KeyDate } from '../dataset/types';

export interface SplitDates {
  /** Dates that had come by the article's publication (all of them when that day is unknown). */
  before: KeyDate[];
  /** Dates after publication: what has happened since. */
  since: KeyDate[];
}

/** Key dates in order, split at the day the article was published. */
export function splitAtPublication(dates: readonly KeyDate[], publishedDay: string | undefined): SplitDates {
  const sorted = [...dates].sort((a, b) => compareDates(a.date, b.date));
  if (!publishedDay) return { before: sorted, since: [] };
  return {
    before: sorted.filter((d) => hasHappenedBy(d.date, publishedDay)),
    since: sorted.filter((d) => !hasHappenedBy(d.date, publishedDay)),
  };
}
