/**
 * Years written beside a description. A year can rule an event out: "meddling in the 2020
 * election" is not the 2016 interference, whatever its words share with it; and a year can
 * name an event or a treaty with one plain noun ("the 2015 deal", "the 2018 summit").
 */

import { isBlank, isDigit, isLetterAt, isLetterOrDigitAt, isLowerCaseAt } from './char-class';

/** When a record began (a treaty: was signed), and the last year it was heard of. */
export type Years = readonly [first: number, last: number];

/**
 * Whether no year written in text[start, end) comes after `years`. An earlier one may be a thing
 * the event concerns ("left the 1987 treaty"); a later one is another event. A year stands alone:
 * no letter, digit, currency, point or comma joined before it, and no letter, digit, or point or
 * comma with a digit after it ("$2020", "1,2020" and "2020s" are none).
 */
export function yearsAgree(text: string, start: number, end: number, years: Years | undefined): boolean {
  if (!years) return true;
  for (let k = start; k + 4 <= end; k++) {
    if (yearEndingAt(text, k + 4, start) !== k || (k + 4 < end && joinedAfter(text, k + 4, end))) continue;
    if (Number(text.slice(k, k + 4)) > years[1]) return false;
  }
  return true;
}

/** Whether what follows a year at `at` (before `end`) joins it: a letter or digit, or a point or comma before a digit. */
function joinedAfter(text: string, at: number, end: number): boolean {
  if (isLetterOrDigitAt(text, at)) return true;
  const c = text.charCodeAt(at);
  return (c === 46 || c === 44) && at + 1 < end && isDigit(text.charCodeAt(at + 1));
}

/** At most this many words between a year and the noun it qualifies ("2015 Iran nuclear deal"). */
const BETWEEN_WORDS = 2;

/** What may not stand right before a year for it to be one: a letter, a digit, a currency, a point, a comma, a hyphen. */
const joinsYear = (text: string, k: number) => isLetterOrDigitAt(text, k) || '$£€.,-'.includes(text[k]!);

/**
 * The year that ends at `end` (exclusive), perhaps with "'s" after it ("the 2015's"), standing
 * alone: where it starts, or -1. A year is 18xx, 19xx or 20xx.
 */
function yearEndingAt(text: string, end: number, from: number): number {
  let digitsEnd = end;
  if (text[end - 1] === 's' && (text[end - 2] === "'" || text[end - 2] === '\u2019')) digitsEnd = end - 2;
  const start = digitsEnd - 4;
  if (start < from) return -1;
  for (let k = start; k < digitsEnd; k++) if (!isDigit(text.charCodeAt(k))) return -1;
  const century = text.slice(start, start + 2);
  if (century !== '18' && century !== '19' && century !== '20') return -1;
  return start > from && joinsYear(text, start - 1) ? -1 : start;
}

/**
 * The year written just before text[at] and where it starts ("the [2015 nuclear] deal"), if the
 * words between are lower-case qualifiers, not a clause or a name ("8 May 2018 Trump pulls"); else
 * null. Read backwards by hand, within the 48 characters before: this runs beside every trigger
 * word, and a pattern with Unicode classes costs a page more to compile than all its uses.
 */
export function yearBefore(text: string, at: number, digits?: readonly number[]): { start: number; year: number } | null {
  const from = Math.max(0, at - 48);
  // Most words have no digit before them: settled without reading further. `digits`, the text's
  // own (digitPositions), where many words of one text ask.
  if (!digitIn(digits ?? digitPositions(text, from, at), from, at)) return null;
  let p = at;
  if (p <= from || !isBlank(text.charCodeAt(p - 1))) return null;
  let found: { start: number; words: string[] } | null = null;
  const words: string[] = [];
  for (;;) {
    while (p > from && isBlank(text.charCodeAt(p - 1))) p--;
    const start = yearEndingAt(text, p, from);
    // The year furthest back wins, as a pattern read from the left would find it.
    if (start >= 0) found = { start, words: [...words] };
    if (words.length === BETWEEN_WORDS) break;
    let w = p;
    while (w > from && (isLetterAt(text, w - 1) || text[w - 1] === '-')) w--;
    if (w === p || w <= from || !isLowerCaseAt(text, w) || !isBlank(text.charCodeAt(w - 1))) break;
    words.unshift(text.slice(w, p));
    p = w;
  }
  if (!found || found.words.some((w) => CLAUSE_WORDS.has(w.toLowerCase()))) return null;
  return { start: found.start, year: Number(text.slice(found.start, found.start + 4)) };
}


/** Where the digits of text[from, to) are, in order: found once for a text whose words all ask. */
export function digitPositions(text: string, from = 0, to = text.length): number[] {
  const at: number[] = [];
  for (let k = from; k < to; k++) if (isDigit(text.charCodeAt(k))) at.push(k);
  return at;
}

/** Whether some position in `digits` (in order) lies in [from, to). */
function digitIn(digits: readonly number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = digits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (digits[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < digits.length && digits[lo]! < to;
}

/** Words that make "in 2015 the deal" or "2015 and the summit" two things, not one name. */
const CLAUSE_WORDS = new Set(['and', 'or', 'but', 'the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'that', 'when', 'as', 'was', 'is', 'were', 'are']);
