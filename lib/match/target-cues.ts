/**
 * Descriptions by what an event was done to: "the seizure of Crimea", "a meeting of the UN Security
 * Council", "struck Abqaiq". Reports put the event's object in more phrases than a record can list,
 * but the object is itself a record, one of the event's targets (lib/match/near-cues.ts), written
 * right after one of its trigger words.
 */
import type { NearTable } from './alias-table';
import { foldCue } from './fold';
import type { Hit, Mention } from './matcher';
import type { FoundCue } from './pinned-cues';
import { eventTriggerUses } from './trigger-uses';
import { isBlank, isLowerCaseAt } from './char-class';
import { insideLongerName } from './longer-name';
import { isPastForm } from './past-forms';

/**
 * Words that may stand between a trigger and its object: "seizure of", "strike on". Not "with": what
 * comes after it is a partner or a means ("held with South Korea"), not what the event was done to.
 */
const PREPOSITIONS = new Set(['of', 'on', 'against', 'into', 'at', 'to', 'from', 'over']);

/**
 * Words that may follow an object and leave it the object: a clause or a phrase goes on ("the
 * seizure of Crimea in 2014", "the meeting of the Security Council that followed"). Any other
 * lower-case word makes the name a modifier of a noun ("struck Salisbury nerve agent labs",
 * "fired FBI agents"), and so does a possessive ("review of the FBI's investigation"): the noun is
 * what the trigger acts on.
 */
const AFTER_OBJECT = new Set([
  'a', 'after', 'against', 'an', 'and', 'are', 'as', 'at', 'before', 'but', 'by', 'during', 'for', 'from', 'had', 'has', 'have',
  'in', 'into', 'is', 'last', 'on', 'or', 'over', 'since', 'that', 'the', 'this', 'to', 'was', 'were', 'when', 'which', 'who',
  'will', 'with', 'would',
]);

/** Whether the name ending at `end` qualifies what follows it: a lower-case word, or, in the possessive, whatever it owns. */
function modifiesNext(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  if ((c === 39 || c === 0x2019) && text[end + 1] === 's') return true;
  if (!isBlank(c)) return false;
  let k = end + 1;
  const start = k;
  while (k < text.length && isLowerCaseAt(text, k)) k++;
  const next = text.slice(start, k);
  // A verb in the past goes on with the clause: "the seizure of Crimea sparked sanctions".
  return k > start && !AFTER_OBJECT.has(next) && !isPastForm(next);
}

/**
 * Whether text[from, to) joins a trigger to its object: spaces only ("struck Abqaiq"), "the", or a
 * preposition, perhaps with "the" after it ("meeting of the UN Security Council"). Read by hand:
 * this runs after every trigger word that has a name after it.
 */
export function joinsObject(text: string, from: number, to: number): boolean {
  const words: string[] = [];
  let k = from;
  for (;;) {
    if (k >= to) break;
    if (!isBlank(text.charCodeAt(k))) return false;
    while (k < to && isBlank(text.charCodeAt(k))) k++;
    if (k >= to) break;
    const start = k;
    while (k < to && !isBlank(text.charCodeAt(k))) k++;
    words.push(text.slice(start, k));
    if (words.length > 2) return false;
  }
  if (words.length === 0) return from < to;
  // A verb's object may come with its article: "hacking the Democratic National Committee".
  if (words.length === 1 && words[0] === 'the') return true;
  if (!PREPOSITIONS.has(words[0]!)) return false;
  return words.length === 1 || words[1] === 'the';
}

/**
 * A trigger word and, right after it, the name of one of its events' targets (lib/match/near-cues.ts):
 * each event with that trigger and target is a candidate, and `decide` keeps it only where the
 * page's date and names settle on one (lib/match/choose-cues.ts, `unambiguous`).
 */
export function byTarget(near: NearTable, text: string, termHits: readonly Hit[], named: readonly Mention[], cues: FoundCue[]): void {
  if (named.length === 0) return;
  for (const hit of termHits) {
    const uses = eventTriggerUses(near, hit.entry);
    if (uses.length === 0) continue;
    const name = named[firstFrom(named, hit.end)];
    if (!name || name.start - hit.end > 12 || name.recordIds.length !== 1) continue;
    const target = name.recordIds[0]!;
    if (!joinsObject(text, hit.end, name.start) || insideLongerName(text, name.start, name.end) || modifiesNext(text, name.end)) continue;
    const words = text.slice(hit.start, name.end);
    for (const use of uses) {
      const cue = near.events[use.event]!;
      if (!cue.targets?.includes(target)) continue;
      cues.push({ start: hit.start, end: name.end, text: words, recordIds: [cue.recordId], key: foldCue(words), cue, byTarget: true });
    }
  }
}

/** The index of the first of `named` (in order) that starts at or after `at`. */
function firstFrom(named: readonly Mention[], at: number): number {
  let lo = 0;
  let hi = named.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (named[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
