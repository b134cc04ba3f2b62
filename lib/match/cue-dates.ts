/** Whether the month or year a description gives is its event's (lib/match/date-phrase.ts). */
import type { CueRule } from './alias-table';
import { monthMeant, type DatePhrase } from './date-phrase';
import { wordsWithin } from './near';
import type { FoundCue } from './pinned-cues';

/** Gives each description the month phrase in it or just after it ("seized … on 25 November"), for `decide` to check. */
export function dateCues(text: string, cues: FoundCue[], phrases: readonly DatePhrase[]): void {
  if (phrases.length === 0) return;
  for (let k = 0; k < cues.length; k++) {
    const c = cues[k]!;
    if (c.byDate) continue;
    const date = phrases.find((p) => {
      if (p.start < c.start || p.start > c.end + 24) return false;
      const words = wordsWithin(text, c.end, Math.max(c.end, p.start));
      return words >= 0 && words <= 2;
    });
    if (date) cues[k] = { ...c, dated: date };
  }
}

/**
 * Whether a trigger's month or year phrase, read on `day`, is when the event began: to the day, give
 * or take one, where both give a day. `upcoming`: a day that names an event ("the Nov. 6 midterms")
 * may also be one still to come this year.
 */
export function onItsDate(date: DatePhrase, day: string, cue: CueRule, upcoming = false): boolean {
  if (!cue.began) return false;
  const meant = [monthMeant(date, day)];
  if (upcoming && date.year === undefined && date.month > 0) meant.push(`${day.slice(0, 4)}-${String(date.month).padStart(2, '0')}`);
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
  const year = Number(monthMeant(date, day).slice(0, 4));
  return year > cue.years[1] || (year < cue.years[0] && year < Number(day.slice(0, 4)));
}
