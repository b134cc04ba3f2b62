/**
 * "The Nov. 6 midterms", "the July 25 call", "the 13 June tanker attacks": a day written before
 * an event's word names the event that began that day, as reports name an event by its date. The
 * day must be the event's own (`decide` reads it against the page's date, lib/match/cue-dates.ts).
 */
import type { NearTable } from './alias-table';
import { isDigit } from './char-class';
import { foldCue } from './fold';
import type { DatePhrase } from './date-phrase';
import type { Hit } from './matcher';
import type { FoundCue } from './pinned-cues';
import { usesDatedTo } from './trigger-uses';
import { textPattern } from './text-pattern';

/** Between the day and the event's word: a possessive, and at most one word ("the June 13 tanker attacks"). */
const DAY_TO_WORD = textPattern(String.raw`^(?:['\u2019]s)?[ \u00a0]+(?:\p{L}+[ \u00a0]+)?$`);
/** A day used as a name's first word comes after "the": a timeline's "12 May 2019 Four ships …" labels an entry instead. */
const THE_BEFORE = textPattern(String.raw`(?:^|[^\p{L}])the[ \u00a0]+$`, 'i');
/** How far back from a word its day may start ("September 14, 2019 drone"). */
const REACH = 32;

export function byDay(near: NearTable, text: string, termHits: readonly Hit[], cues: FoundCue[], datePhrases: () => DatePhrase[]): void {
  for (const hit of termHits) {
    // Most words have no digit just before them: settled without reading the dates.
    if (!hasDigitBefore(text, hit.start)) continue;
    const uses = usesDatedTo(near, hit.entry, 'day');
    if (uses.length === 0) continue;
    const date = datePhrases().find((d) => d.day !== undefined && !d.last && d.end <= hit.start && hit.start - d.end <= 24 && DAY_TO_WORD.test(text.slice(d.end, hit.start)));
    if (!date || !THE_BEFORE.test(text.slice(Math.max(0, date.start - 8), date.start))) continue;
    const words = text.slice(date.start, hit.end);
    for (const use of uses) {
      const cue = near.events[use.event]!;
      cues.push({ start: date.start, end: hit.end, text: words, recordIds: [cue.recordId], key: foldCue(words), cue, byDate: date, byDay: true });
    }
  }
}

function hasDigitBefore(text: string, at: number): boolean {
  for (let k = Math.max(0, at - REACH); k < at; k++) if (isDigit(text.charCodeAt(k))) return true;
  return false;
}
