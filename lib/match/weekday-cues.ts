/**
 * "Thursday's explosion", "were detained late on Thursday", "would be re-elected on Sunday":
 * reports of the week date an event by its weekday, which the page's date turns into a day. A
 * trigger of an event known to the day, with a weekday's possessive right before it or the
 * weekday a few lower-case words after it, describes that event where the weekday, the nearest
 * before or after the page's date, is one of the event's days (`onItsWeekday`, which
 * `decide` asks). After a trigger, where a weekday may date anything, the sentence must also hold
 * one of the event's anchors or name what it concerns, as a month must (`byDate`).
 */
import type { CueRule, NearTable } from './alias-table';
import { foldCue } from './fold';
import type { Hit, Mention } from './matcher';
import { anchoredIn, type FoundCue } from './pinned-cues';
import { sentenceAround } from './sentence';
import { textPattern } from './text-pattern';
import { usesDatedTo } from './trigger-uses';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY = String.raw`(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)`;
/** After the trigger: at most three lower-case words, then "(late|early) (on) Thursday". */
const WEEKDAY_AFTER = textPattern(String.raw`^(?:[ \u00a0]+\p{Ll}+){0,3}?[ \u00a0]+(?:(?:late|early)[ \u00a0]+)?(?:on[ \u00a0]+)?${WEEKDAY}(?![\p{L}\p{N}])`);
/** Before it: "Thursday's explosion", "Sunday's presidential election". */
const WEEKDAY_BEFORE = textPattern(String.raw`(?<![\p{L}\p{N}])${WEEKDAY}['\u2019]s[ \u00a0]+(?:\p{Ll}+[ \u00a0]+)?$`);
/** Cheap to test first: most text near a trigger names no weekday. */
const ANY_WEEKDAY = /(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day/;

export function byWeekday(near: NearTable, text: string, termHits: readonly Hit[], named: readonly Mention[], cues: FoundCue[]): void {
  if (!ANY_WEEKDAY.test(text)) return;
  for (const hit of termHits) {
    const uses = usesDatedTo(near, hit.entry, 'day').filter((u) => u.role === 'trigger');
    // A trigger inside a name ("the Crossfire Hurricane investigation") is the name's.
    if (uses.length === 0 || named.some((m) => m.start <= hit.start && m.end >= hit.end)) continue;
    const before = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, hit.start - 40), hit.start));
    const after = before ? null : WEEKDAY_AFTER.exec(text.slice(hit.end, hit.end + 60));
    const match = before ?? after;
    if (!match) continue;
    const start = before ? hit.start - before[0].length : hit.start;
    const end = before ? hit.end : hit.end + after![0].length;
    const weekday = WEEKDAYS.indexOf(match[1]!.toLowerCase());
    const sentence = sentenceAround(text, hit.start);
    const words = text.slice(start, end);
    for (const use of uses) {
      if (before === null && !anchoredIn(sentence, near, termHits, named, use.event)) continue;
      const cue = near.events[use.event]!;
      cues.push({ start, end, text: words, recordIds: [cue.recordId], key: foldCue(words), cue, weekday });
    }
  }
}

const DAY_MS = 86_400_000;

/** Whether the weekday, read on `day` as the nearest one before it (or that day) or after it, is one of the event's days. */
export function onItsWeekday(weekday: number, day: string, cue: CueRule): boolean {
  if (!cue.began || cue.began.length < 10) return false;
  const published = Date.parse(`${day.slice(0, 10)}T00:00:00Z`);
  const began = Date.parse(`${cue.began}T00:00:00Z`);
  const ended = cue.ended ? Date.parse(`${cue.ended}T00:00:00Z`) : began;
  if (Number.isNaN(published) || Number.isNaN(began)) return false;
  const own = new Date(published).getUTCDay();
  const past = published - ((own - weekday + 7) % 7) * DAY_MS;
  const coming = published + ((weekday - own + 7) % 7 || 7) * DAY_MS;
  return (past >= began && past <= ended) || (coming >= began && coming <= ended);
}
