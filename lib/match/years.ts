/**
 * Years written beside a description. A year can rule an event out: "meddling in the 2020
 * election" is not the 2016 interference, whatever its words share with it; and a year can
 * name an event or a treaty with one plain noun ("the 2015 deal", "the 2018 summit").
 */

/** When a record began (a treaty: was signed), and the last year it was heard of. */
export type Years = readonly [first: number, last: number];

const YEAR = /(?<![\p{L}\p{N}$£€.,-])(1[89]\d\d|20\d\d)(?![\p{N}]|[.,]\d|\p{L})/gu;

/**
 * Whether no year written in text[start, end) comes after `years`. An earlier one may be a thing
 * the event concerns ("left the 1987 treaty"); a later one is another event.
 */
export function yearsAgree(text: string, start: number, end: number, years: Years | undefined): boolean {
  if (!years) return true;
  const words = text.slice(start, end);
  for (const m of words.matchAll(YEAR)) {
    if (Number(m[1]) > years[1]) return false;
  }
  return true;
}

/** At most this many words between a year and the noun it qualifies ("2015 Iran nuclear deal"). */
const BETWEEN_WORDS = 2;
/** A year, then up to BETWEEN_WORDS words, at the very end of the text given. */
const YEAR_BEFORE = /(?<![\p{L}\p{N}$£€.,-])(1[89]\d\d|20\d\d)(?:['\u2019]s)?((?:[ \u00a0]+\p{Ll}[\p{L}-]*){0,2})[ \u00a0]+$/u;

/**
 * The year written just before text[at] and where it starts ("the [2015 nuclear] deal"), if the
 * words between are lower-case qualifiers, not a clause or a name ("8 May 2018 Trump pulls"); else null.
 */
export function yearBefore(text: string, at: number, digits?: readonly number[]): { start: number; year: number } | null {
  const from = Math.max(0, at - 48);
  // Most words have no digit before them: settled without the pattern. `digits`, the text's own
  // (digitPositions), where many words of one text ask.
  if (!digitIn(digits ?? digitPositions(text, from, at), from, at)) return null;
  const m = YEAR_BEFORE.exec(text.slice(from, at));
  if (!m) return null;
  const between = m[2]!.trim().split(/[ \u00a0]+/u).filter(Boolean);
  if (between.length > BETWEEN_WORDS || between.some((w) => CLAUSE_WORDS.has(w.toLowerCase()))) return null;
  return { start: from + m.index, year: Number(m[1]) };
}

const isDigit = (c: number) => c >= 48 && c <= 57;

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
