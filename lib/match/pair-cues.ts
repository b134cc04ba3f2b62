/**
 * "The Trump–Kim summit", "Putin-Trump talks": two names joined by a dash before a trigger name
 * the event between them, where one event with that word has both among its `with` records. The
 * page's date settles which, if several (`decide`); the names are part of the description, as in
 * a compound noun.
 */
import type { NearTable } from './alias-table';
import { foldCue } from './fold';
import type { Hit, Mention } from './matcher';
import type { FoundCue } from './pinned-cues';
import { textPattern } from './text-pattern';
import { eventTriggerUses } from './trigger-uses';

/** Between the pair and the trigger: a space, perhaps around one word ("Trump-Kim nuclear summit"). */
const PAIR_TO_TRIGGER = textPattern(String.raw`^[ \u00a0]+(?:\p{L}+[ \u00a0]+)?$`);
const isDash = (c: number) => c === 45 || c === 0x2010 || c === 0x2013 || c === 0x2014;

/** An ordinal before the pair: "the second Trump–Kim summit". */
const ORDINAL_BEFORE = textPattern(String.raw`(?:^|[^\p{L}])(first|second|third|fourth|fifth)[ \u00a0]+$`, 'i');

/** The near term written as these words, if the table has one: "second summit". */
export type TermOf = (words: string) => number | undefined;

/**
 * With an ordinal, the events whose anchors say so ("second summit" for the Hanoi summit), if any
 * do; else none, since the dataset need not hold every meeting of the two.
 */
function ofOrdinal(near: NearTable, termOf: TermOf, ordinal: string, trigger: string, events: readonly number[]): number[] {
  const entry = termOf(`${ordinal} ${trigger}`);
  if (entry === undefined) return [];
  const anchored = new Set(near.terms.at(entry)!.uses.filter((u) => u.role === 'anchor').map((u) => u.event));
  return events.filter((e) => anchored.has(e));
}

export function byPair(near: NearTable, termOf: TermOf, text: string, termHits: readonly Hit[], named: readonly Mention[], cues: FoundCue[]): void {
  if (named.length < 2) return;
  for (let k = 1; k < named.length; k++) {
    const [first, second] = [named[k - 1]!, named[k]!];
    if (second.start !== first.end + 1 || !isDash(text.charCodeAt(first.end))) continue;
    if (first.recordIds.some((id) => second.recordIds.includes(id))) continue;
    // A short name may mean several people ("Kim"): the event's own is the one meant.
    const among = (m: Mention, ids: readonly string[]) => m.recordIds.some((id) => ids.includes(id));
    for (const hit of termHits) {
      if (hit.start <= second.end || hit.start - second.end > 24) continue;
      if (!PAIR_TO_TRIGGER.test(text.slice(second.end, hit.start))) continue;
      let events = eventTriggerUses(near, hit.entry)
        .map((u) => u.event)
        .filter((e) => among(first, near.events[e]!.with) && among(second, near.events[e]!.with));
      const ordinal = ORDINAL_BEFORE.exec(text.slice(Math.max(0, first.start - 12), first.start));
      const start = ordinal ? first.start - ordinal[0].length + ordinal[0].search(/\S/u) : first.start;
      if (ordinal) events = ofOrdinal(near, termOf, ordinal[1]!, text.slice(hit.start, hit.end), events);
      const words = text.slice(start, hit.end);
      for (const event of events) {
        const cue = near.events[event]!;
        cues.push({ start, end: hit.end, text: words, recordIds: [cue.recordId], key: foldCue(words), cue, byPair: true });
      }
    }
  }
}
