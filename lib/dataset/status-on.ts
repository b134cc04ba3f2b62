import { compareDates, hasHappenedBy } from './dates';
import type { KeyDate } from './types';

export interface StatusAt {
  status: string;
  since: string;
}

/** A record's standing on a day: the status of its latest key date that had come by then. */
export function statusOn(dates: readonly KeyDate[], day: string): StatusAt | null {
  let found: StatusAt | null = null;
  for (const d of [...dates].sort((a, b) => compareDates(a.date, b.date))) {
    if (d.status && hasHappenedBy(d.date, day)) found = { status: d.status, since: d.date };
  }
  return found;
}

/** Its latest standing of all. */
export function latestStatus(dates: readonly KeyDate[]): StatusAt | null {
  return statusOn(dates, '9999-12-31');
}
