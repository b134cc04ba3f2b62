/**
 * How the deciding pass chooses among the descriptions found in a text, once the page's date and
 * names have ruled some out (lib/match/resolve.ts, `decide`).
 */
import { foldCue } from './fold';
import type { Mention } from './matcher';
import type { FoundCue } from './pinned-cues';
import type { Found } from './resolve';
import { sentenceAround } from './sentence';
import { textPattern } from './text-pattern';

/**
 * A year, a month or a name, and a word, may fit several records; their sentence, then the
 * page, settles which: the one it names itself, else the one with the most of its related records
 * named. A tie names none of them.
 */
export function unambiguous(cues: FoundCue[], named: (id: string) => boolean, found: Found): FoundCue[] {
  const loose = (c: FoundCue) => c.byYear !== undefined || c.byDate !== undefined || c.weekday !== undefined || c.byOwner !== undefined || c.byPair !== undefined || c.byTarget !== undefined;
  if (!cues.some(loose)) return cues;
  // The sentence counts first ("Iran … the 2015 deal" on a page that also names Minsk), then the page.
  const score = (c: FoundCue) => {
    const sentence = sentenceAround(found.text, c.start);
    const here = new Set(found.named.filter((m) => m.start >= sentence.start && m.end <= sentence.end && m.recordIds.length === 1).map((m) => m.recordIds[0]!));
    return (here.has(c.cue.recordId) ? 1e6 : 0) + c.cue.with.filter((id) => here.has(id)).length * 1e4 + (named(c.cue.recordId) ? 1000 : 0) + c.cue.with.filter(named).length;
  };
  return cues.filter((c) => {
    if (!loose(c)) return true;
    const mine = score(c);
    return !cues.some((o) => o !== c && loose(o) && o.start === c.start && o.end === c.end && o.cue.recordId !== c.cue.recordId && score(o) >= mine);
  });
}

/**
 * Where descriptions of two events overlap, the one whose event the rest of the sentence
 * describes too is meant: "Four ships, two of them Saudi tankers, are damaged by explosions off the
 * Emirati port of Fujairah" holds the May attacks ("four ships") beside the words both share.
 */
export function bestSupported(cues: FoundCue[], text: string): FoundCue[] {
  const overlap = (a: FoundCue, b: FoundCue) => a.start < b.end && b.start < a.end;
  // Descriptions of c's event elsewhere in its sentence, clear of the words contested with `rival`.
  const support = (c: FoundCue, rival: FoundCue) => {
    const sentence = sentenceAround(text, c.start);
    return cues.filter((o) => o.cue.recordId === c.cue.recordId && o.start >= sentence.start && o.start < sentence.end && !overlap(o, rival)).length;
  };
  return cues.filter((c) => !cues.some((o) => o.cue.recordId !== c.cue.recordId && overlap(o, c) && support(o, c) > support(c, o)));
}

/**
 * Where proximity descriptions of two events overlap, the one whose own words cover more of the
 * phrase is meant, not the one whose nearest anchor happens to reach further: "blew up the tunnel
 * entrances at its Punggye-ri test site" holds the demolition's tunnels and test site, and only the
 * place of the earlier nuclear test. Equal covers are left to the later event (`decide`).
 */
export function bestCovered(cues: FoundCue[]): FoundCue[] {
  if (!cues.some((c) => c.cover !== undefined)) return cues;
  return cues.filter((c) => c.cover === undefined || !cues.some((o) => o.cover !== undefined && o.cue.recordId !== c.cue.recordId && o.start < c.end && c.start < o.end && o.cover > c.cover!));
}

/** Words that fit an event that has happened do not describe one still to come. */
export function pastFirst(cues: FoundCue[], day: string): FoundCue[] {
  const begun = cues.filter((c) => c.cue.from <= day);
  if (begun.length === cues.length || begun.length === 0) return cues;
  return cues.filter((c) => c.cue.from <= day || !begun.some((b) => b.start < c.end && c.start < b.end));
}

/** Only "and" between two descriptions: "carried out its sixth" and "most powerful nuclear test" are one phrase. */
const TWO_LETTERS = textPattern(String.raw`\p{L}{2}`);
const AND_BETWEEN = /^[ \u00a0]+and[ \u00a0]+$/u;

/**
 * Overlapping cues of one event are one mention ("signed a decree suspending" and "decree
 * suspending Russia's participation"), and so are two joined by "and" ("indicted 13 Russian
 * nationals and three Russian companies").
 */
export function joinSameEvent(cues: FoundCue[], text: string): FoundCue[] {
  const joined: FoundCue[] = [];
  const meets = (j: FoundCue, c: FoundCue) => j.end > c.start || (c.start - j.end <= 6 && AND_BETWEEN.test(text.slice(j.end, c.start)));
  for (const c of [...cues].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const at = joined.findIndex((j) => j.cue.recordId === c.cue.recordId && meets(j, c));
    if (at < 0) joined.push(c);
    else if (c.end > joined[at]!.end) joined[at] = { ...joined[at]!, end: c.end, text: text.slice(joined[at]!.start, c.end) };
  }
  return joined;
}

/**
 * A description that a name runs into at its start is cut back to the name's end: "Paul
 * Manafort" and "Manafort was convicted" are a name and "was convicted", and the reader meets
 * both, where the name, leftmost, would otherwise leave out the description whole. One the name
 * leaves without a word is dropped. Names the description holds whole stay in it.
 */
export function clearOfNames(cues: FoundCue[], named: readonly Mention[], text: string): FoundCue[] {
  return cues.flatMap((cue) => {
    let start = cue.start;
    for (const m of named) {
      if (m.start >= cue.start) break;
      if (m.end > start && m.end < cue.end && m.recordIds.length > 0 && !m.recordIds.includes(cue.cue.recordId)) start = m.end;
    }
    if (start === cue.start) return [cue];
    const words = text.slice(start, cue.end);
    const lead = /^(['\u2019]s\b)?[\s,;:]*/u.exec(words)![0].length;
    const kept = words.slice(lead);
    if (!TWO_LETTERS.test(kept)) return [];
    return [{ ...cue, start: start + lead, text: kept, key: foldCue(kept) }];
  });
}

const FIRST = /\bfirst\b/i;

/** The latest event first, except among descriptions that say "first", which come after the rest, earliest first. */
export function latestFirst(a: FoundCue, b: FoundCue): number {
  const [firstA, firstB] = [FIRST.test(a.text), FIRST.test(b.text)];
  if (firstA !== firstB) return firstA ? 1 : -1;
  const order = a.cue.from < b.cue.from ? 1 : a.cue.from > b.cue.from ? -1 : 0;
  return firstA ? -order : order;
}
