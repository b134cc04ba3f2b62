import type { PartialDate } from './types';

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** True for a real calendar date written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export function isPartialDate(value: unknown): value is PartialDate {
  if (typeof value !== 'string') return false;
  const m = PARTIAL.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  if (year < 1000) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

/** Orders dates chronologically; a coarser date sorts before the finer dates it contains. */
export function compareDates(a: PartialDate, b: PartialDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** "14 May 2019", "May 2019" or "2019". */
export function formatDate(date: PartialDate): string {
  const m = PARTIAL.exec(date);
  if (!m) return date;
  if (m[2] === undefined) return m[1]!;
  const month = MONTHS[Number(m[2]) - 1]!;
  if (m[3] === undefined) return `${month} ${m[1]}`;
  return `${Number(m[3])} ${month} ${m[1]}`;
}

/**
 * Whether a date had certainly come by `day` (an ISO `YYYY-MM-DD`): a partial date counts only
 * once its whole span has begun, so "2019-05" has come by 2019-05-01.
 */
export function hasHappenedBy(date: PartialDate, day: string): boolean {
  return date <= day.slice(0, date.length);
}
