/** Whether the month or year a description gives is its event's (lib/match/date-phrase.ts). */
import type { CueRule } from './alias-table';
import { monthMeant, type DatePhrase } from './date-phrase';
import { wordsWithin } from './near';
import type { FoundCue } from './pinned-cues';

/**
 * Gives each description the month phrase in it or just after it ("seized … on 25 November"), or
 * else the full date that opens its line, as a timeline labels each entry ("June 20, 2019: Iran
 * shoots down a US drone"), for `decide` to check.
 */
export function dateCues(text: string, cues: FoundCue[], phrases: readonly DatePhrase[]): void {
  if (phrases.length === 0) return;
  for (let k = 0; k < cues.length; k++) {
    const c = cues[k]!;
    if (c.byDate) continue;
    const date =
      phrases.find((p) => {
        if (p.start < c.start || p.start > c.end + 24) return false;
        const words = wordsWithin(text, c.end, Math.max(c.end, p.start));
        return words >= 0 && words <= 2;
      }) ?? phrases.find((p) => p.year !== undefined && p.end <= c.start && opensLine(text, p.start) && !lineBreakIn(text, p.end, c.start));
    if (date) cues[k] = { ...c, dated: date };
  }
}

/** Whether only blanks stand between the start of a line (of the text, or after a block break) and `at`. */
function opensLine(text: string, at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (c === 0 || c === 10) return true;
    if (c !== 32 && c !== 160 && c !== 9) return false;
  }
  return true;
}

function lineBreakIn(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0 || c === 10) return true;
  }
  return false;
}

/**
 * Whether the month and year written with a description are when its event began, which pins it
 * to that event however long ago that was: "November 25, 2018: Russia seizes Ukrainian ships near
 * Kerch", in a timeline of 2020, can only be the Kerch Strait incident.
 */
export function datedToItsEvent(c: FoundCue, day: string): boolean {
  return c.dated !== undefined && c.dated.year !== undefined && onItsDate(c.dated, day, c.cue);
}

/**
 * Whether a trigger's month or year phrase, read on `day`, is when the event began: to the day, give
 * or take one, where both give a day. `upcoming`: a day that names an event ("the Nov. 6 midterms")
 * may also be one still to come this year.
 */
export function onItsDate(date: DatePhrase, day: string, cue: CueRule, upcoming = false): boolean {
  if (!cue.began) return false;
  const meant = readings(date, day, upcoming);
  if (!meant.some((m) => m === cue.began!.slice(0, m.length))) return false;
  return date.day === undefined || cue.began.length < 10 || Math.abs(Number(cue.began.slice(8, 10)) - date.day) <= 1;
}

/**
 * Whether a month phrase, read on `day`, rules out the event: in a year after its last, or in a
 * past year before its first ("left the ABM Treaty in 2002" is not the 2019 withdrawal). A year
 * still to come is left alone: it may speak of the event before it happened ("due in 2019").
 */
export function datedElsewhere(date: DatePhrase, day: string, cue: CueRule): boolean {
  if (cue.years === undefined) return false;
  // Read before the event, a month without a year may be the coming one ("his meeting in Singapore on June 12", in May).
  const years = readings(date, day, day < cue.from).map((m) => Number(m.slice(0, 4)));
  return years.every((year) => year > cue.years![1] || (year < cue.years![0] && year < Number(day.slice(0, 4))));
}

/**
 * The months a phrase may mean, read on `day` (lib/match/date-phrase.ts, `monthMeant`), and the
 * others a month without its year may mean. "Last May", written in June, may be the May just gone
 * or, since that one would more often be "last month", the May of the year before: a June 2019
 * report of "the walk-out from the nuclear deal last May" means May 2018. And where the event may
 * still be to come (`coming`), a month is also this year's ("the Nov. 6 midterms", "his meeting
 * in Singapore on June 12" in May).
 */
function readings(date: DatePhrase, day: string, coming: boolean): string[] {
  const meant = monthMeant(date, day);
  if (date.year !== undefined || date.monthsBack !== undefined || date.month === 0) return [meant];
  const previous = (Number(day.slice(5, 7)) + 10) % 12 + 1;
  if (date.last) return date.month === previous ? [meant, `${Number(meant.slice(0, 4)) - 1}${meant.slice(4)}`] : [meant];
  const thisYear = `${day.slice(0, 4)}-${String(date.month).padStart(2, '0')}`;
  return coming && thisYear !== meant ? [meant, thisYear] : [meant];
}
