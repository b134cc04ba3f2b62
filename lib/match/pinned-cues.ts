/**
 * Descriptions that a year, a month or a person's name pins to one event, where its trigger word
 * alone would not: "the 2015 deal", "poisoned in March", "Mueller's inquiry". Each may fit
 * several records; `decide` settles which by the page (lib/match/resolve.ts).
 */
import type { CueRule, NearTable } from './alias-table';
import { foldCue } from './fold';
import type { DatePhrase } from './date-phrase';
import { isBlank } from './char-class';
import type { Hit, Mention } from './matcher';
import { NEAR_CHARS, wordsWithin } from './near';
import { sentenceAround } from './sentence';
import type { NamedObject } from './split-verbs';
import { datedTriggerUses, eventTriggerUses, treatiesOf } from './trigger-uses';
import { digitPositions, yearBefore } from './years';
import { textPattern } from './text-pattern';

/**
 * A description found in a text. `byYear`: named by a year and a plain noun ("the 2015 deal");
 * `byDate`: a trigger beside a month, which the page's date settles ("poisoned in March");
 * `byOwner`: a person's and one of their events' words ("Mueller's inquiry"). `dated`: a month
 * phrase in or just after a description, which may rule its event out (lib/match/cue-dates.ts).
 */
export interface FoundCue extends Mention {
  cue: CueRule;
  byYear?: true;
  byDate?: DatePhrase;
  /** `byDate` written before the event's word ("the Nov. 6 midterms"): it may be a day still to come (lib/match/day-cues.ts). */
  byDay?: true;
  /** A weekday beside a trigger, 0 for Sunday, which the page's date settles (lib/match/weekday-cues.ts). */
  weekday?: number;
  byOwner?: true;
  /** Two names joined by a dash before a trigger: "the Trump–Kim summit" (lib/match/pair-cues.ts). */
  byPair?: true;
  /** A trigger and the name of what it was done to or with ("seizure of Crimea"; lib/match/target-cues.ts). */
  byTarget?: true;
  dated?: DatePhrase;
  /** Of a proximity description: the characters of its event's words it weighed (lib/match/near.ts). */
  cover?: number;
}

/** "The 2015 deal": a year, then a trigger word of an event or a treaty that began or was signed that year. */
export function byYear(near: NearTable, text: string, termHits: readonly Hit[], cues: FoundCue[]): void {
  const { terms, events } = near;
  let digits: number[] | undefined;
  for (const hit of termHits) {
    const uses = terms.at(hit.entry)!.uses;
    if (!uses.some((u) => u.role === 'trigger')) continue;
    const year = yearBefore(text, hit.start, (digits ??= digitPositions(text)));
    if (!year) continue;
    for (const use of uses) {
      const cue = events[use.event]!;
      if (use.role !== 'trigger' || cue.years?.[0] !== year.year) continue;
      const words = text.slice(year.start, hit.end);
      cues.push({ start: year.start, end: hit.end, text: words, recordIds: [cue.recordId], key: foldCue(words), cue, byYear: true });
    }
  }
}

/** A comma and a conjunction: what follows is another clause, with its own date. */
const NEXT_CLAUSE = /,[ \u00a0]+(?:and|but)[ \u00a0]/;

/**
 * A trigger word of an event and a month phrase in one sentence, a few words apart, with no other
 * name between: "poisoned in March", "captured near the Kerch Strait last November". A verb and a
 * month alone ("opened in May") are too common to mean one event, so the sentence must also hold
 * one of the event's anchors or name what it concerns. Whether the month is the event's is for
 * `decide`, which knows the page's date.
 */
export function byDate(
  near: NearTable,
  people: ReadonlySet<string>,
  text: string,
  termHits: readonly Hit[],
  named: readonly Mention[],
  cues: FoundCue[],
  datePhrases: () => DatePhrase[],
): void {
  const { events } = near;
  for (const hit of termHits) {
    const uses = datedTriggerUses(near, hit.entry);
    if (uses.length === 0) continue;
    for (const date of datePhrases()) {
      if (date.start < hit.end) continue;
      if (date.start - hit.end > NEAR_CHARS) break;
      // The month after the trigger, as reports put it: one before it usually dates something else ("in May and for attacks").
      const from = hit.end;
      const to = date.start;
      // "Flew over Japan, and on 15 September a second one": the month is the next clause's.
      if (from > to || wordsWithin(text, from, to) < 0 || NEXT_CLAUSE.test(text.slice(from, to))) continue;
      const between = named.filter((m) => m.start < to && m.end > from && m.recordIds.length > 0);
      const start = hit.start;
      const end = date.end;
      const words = text.slice(start, end);
      const sentence = sentenceAround(text, hit.start);
      for (const use of uses) {
        const cue = events[use.event]!;
        // What the event is about may be named in its description ("left the INF Treaty last August"),
        // but not a person, whose name the reader should meet on its own ("met Kim Jong Un last month").
        if (between.some((m) => !m.recordIds.some((id) => cue.with.includes(id) && !people.has(id)))) continue;
        if (!anchoredIn(sentence, near, termHits, named, use.event)) continue;
        cues.push({ start, end, text: words, recordIds: [cue.recordId], key: foldCue(words), cue, byDate: date });
      }
    }
  }
}

/**
 * Whether a sentence also holds one of the event's anchors or names what it concerns: what a verb
 * and a date alone ("opened in May", "met on Thursday") need to mean one event.
 */
export function anchoredIn(sentence: { start: number; end: number }, near: NearTable, termHits: readonly Hit[], named: readonly Mention[], event: number): boolean {
  const inSentence = (s: { start: number; end: number }) => s.start >= sentence.start && s.end <= sentence.end;
  const cue = near.events[event]!;
  return (
    termHits.some((h) => inSentence(h) && near.terms.at(h.entry)!.uses.some((u) => u.event === event && u.role === 'anchor')) ||
    named.some((m) => inSentence(m) && m.recordIds.some((id) => cue.with.includes(id)))
  );
}

/** A possessive and at most one word between a name and a trigger: "Robert Mueller's inquiry", "Putin's annual address". */
const OWNS = textPattern(String.raw`^['\u2019]s[ \u00a0]+(?:[\p{Ll}-]+[ \u00a0]+)?$`);
/** Cheap to test before looking for the name: most triggers have no possessive before them. */
const POSSESSIVE = /['\u2019]s[ \u00a0]/u;

/** "Mueller's [inquiry]": a person's name, and a trigger of the one event that concerns them and has that word. */
export function byOwner(near: NearTable, people: ReadonlySet<string>, text: string, termHits: readonly Hit[], named: readonly Mention[], cues: FoundCue[]): void {
  const { terms, events } = near;
  for (const hit of termHits) {
    // "Kim's end-of-year deadline": a trigger inside a compound word is not one.
    if (text[hit.end] === '-' || !POSSESSIVE.test(text.slice(Math.max(0, hit.start - 24), hit.start))) continue;
    const owner = named.find((m) => m.end < hit.start && hit.start - m.end <= 24 && OWNS.test(text.slice(m.end, hit.start)));
    if (!owner || owner.recordIds.length !== 1 || !people.has(owner.recordIds[0]!)) continue;
    // Only a word that is theirs for one event alone: "Trump's summit" could be any of several.
    const theirs = terms.at(hit.entry)!.uses.filter((u) => u.role === 'trigger' && events[u.event]!.with.includes(owner.recordIds[0]!));
    if (theirs.length !== 1) continue;
    const cue = events[theirs[0]!.event]!;
    // The name stays the reader's to hover on its own; the event is the words after it.
    const start = owner.end + text.slice(owner.end).search(/[ \u00a0]/u) + 1;
    const words = text.slice(start, hit.end);
    cues.push({ start, end: hit.end, text: words, recordIds: [cue.recordId], key: foldCue(words), cue, byOwner: true });
  }
}

/**
 * "Found Paul Manafort guilty": a phrasal trigger split by a person's name alone, where the word
 * is theirs for one event only, describes that event, as "Mueller's inquiry" does (`byOwner`).
 */
export function byObjectName(near: NearTable, people: ReadonlySet<string>, objects: readonly NamedObject[], cues: FoundCue[]): void {
  for (const { hit, name } of objects) {
    const person = name.recordIds.length === 1 ? name.recordIds[0]! : undefined;
    if (!person || !people.has(person)) continue;
    const theirs = eventTriggerUses(near, hit.entry).filter((u) => near.events[u.event]!.with.includes(person));
    if (theirs.length !== 1) continue;
    const cue = near.events[theirs[0]!.event]!;
    cues.push({ start: hit.start, end: hit.end, text: hit.text, recordIds: [cue.recordId], key: foldCue(hit.text), cue });
  }
}

/**
 * Between a trigger and the treaty it acts on: "from" or "of", "the", and up to two words that
 * qualify the treaty ("pulled out of the landmark INF Treaty", "withdraw from the Treaty on Open
 * Skies"). Without the preposition, a verb and a treaty are as often a headline's way of naming
 * the treaty ("US quits Cold War-era INF Treaty").
 */
const TO_OBJECT = textPattern(String.raw`^[ \u00a0]+(?:of|from)[ \u00a0]+(?:the[ \u00a0]+)?(?:[\p{L}-]+[ \u00a0]+){0,2}$`);

/**
 * "Withdrew from the INF Treaty", "will pull out of 1987 nuclear pact": a trigger of an event with
 * the treaty it concerns for its object, by name or by its year, describes it, as its own anchor
 * would. A treaty is particular enough where "withdrew" is not; the event's date window still
 * applies. Events that fit the same words are left to `decide`, which takes the latest.
 */
export function byObject(near: NearTable, text: string, termHits: readonly Hit[], named: readonly Mention[], cues: FoundCue[]): void {
  const { events } = near;
  const treaties = treatiesOf(near);
  const byYears = cues.filter((c) => c.byYear && c.cue.treaty);
  for (const hit of termHits) {
    const uses = eventTriggerUses(near, hit.entry);
    if (uses.length === 0) continue;
    const object = objectAfter(hit.end, named, byYears, treaties);
    if (!object || !TO_OBJECT.test(text.slice(hit.end, object.start)) || wordsWithin(text, hit.end, object.start) < 0) continue;
    const words = text.slice(hit.start, object.end);
    for (const use of uses) {
      const cue = events[use.event]!;
      if (object.ids.some((id) => cue.with.includes(id))) cues.push({ start: hit.start, end: object.end, text: words, recordIds: [cue.recordId], key: foldCue(words), cue });
    }
  }
}

/** The treaty named first after `from`, by its name or by a year and a noun, and which treaties it may be. */
function objectAfter(from: number, named: readonly Mention[], byYears: readonly FoundCue[], treaties: ReadonlySet<string>): { start: number; end: number; ids: string[] } | null {
  const name = named.find((m) => m.start >= from);
  const years = byYears.filter((c) => c.start >= from && (!name || c.start < name.start));
  const first = years.length > 0 ? Math.min(...years.map((c) => c.start)) : undefined;
  if (first !== undefined && first - from <= 40) {
    const at = years.filter((c) => c.start === first);
    return { start: first, end: at[0]!.end, ids: at.map((c) => c.cue.recordId) };
  }
  if (!name || name.start - from > 40 || name.recordIds.length !== 1 || !treaties.has(name.recordIds[0]!)) return null;
  return { start: name.start, end: name.end, ids: [name.recordIds[0]!] };
}

/**
 * A description that holds a treaty it does not concern is not the event: "will pull out of 1987
 * nuclear pact" is about the INF Treaty, not the Iran deal, and "suspend the Intermediate-Range
 * Nuclear Forces Treaty" is not the suspension of New START, whose anchor "treaty" it holds. The
 * treaty is named, or written as a year and a noun; where the year fits several treaties ("the 2015
 * nuclear deal": the Iran deal, or Minsk II), one of them the description's own, the description
 * settles which.
 */
export function withoutOtherTreaties(cues: FoundCue[], named: readonly Mention[], treatyIds: ReadonlySet<string>): FoundCue[] {
  const treaties = [
    ...cues.filter((c) => c.byYear && c.cue.treaty).map((c) => ({ start: c.start, end: c.end, id: c.cue.recordId })),
    ...named.filter((m) => m.recordIds.length === 1 && treatyIds.has(m.recordIds[0]!)).map((m) => ({ start: m.start, end: m.end, id: m.recordIds[0]! })),
  ];
  if (treaties.length === 0) return cues;
  const concerns = (c: FoundCue, id: string) => id === c.cue.recordId || c.cue.with.includes(id) || (c.cue.targets?.includes(id) ?? false);
  return cues.filter(
    (c) =>
      c.byYear ||
      !treaties.some((t) => t.start >= c.start && t.end <= c.end && !treaties.some((o) => o.start === t.start && o.end === t.end && concerns(c, o.id))),
  );
}

/**
 * A comma and an article after a name: what follows, up to the next comma, restates it ("the Open
 * Skies Treaty, the 1992 agreement", "Otto Warmbier, the American student who died last year").
 */
const APPOSITION = /^[ \u00a0]*,[ \u00a0]+(?:the|a|an)[ \u00a0]+(?:[^,;:.!?\u0000]*[ \u00a0])?$/iu;
const APPOSITION_CHARS = 60;

/**
 * Whether a description restates, in apposition, the name just before it: "the Intermediate-Range
 * Nuclear Forces Treaty, the 1987 agreement between Reagan and Gorbachev" is an epithet of the
 * treaty already named there, and "Otto Warmbier, the American student who died last year" one of
 * the person named, like "the Russian foreign minister" after Lavrov's name; a second mark on it
 * would only repeat the first. So does one that runs up to its own event's name ("seizes the
 * British-flagged tanker Stena Impero"): the name is the mention.
 */
export function restatesName(text: string, cue: FoundCue, named: readonly Mention[], people: ReadonlySet<string>): boolean {
  const restated = (m: Mention) =>
    cue.byYear ? m.recordIds.includes(cue.cue.recordId) : m.recordIds.length === 1 && m.short !== true && people.has(m.recordIds[0]!);
  return named.some(
    (m) =>
      (m.end <= cue.start && cue.start - m.end <= APPOSITION_CHARS && restated(m) && APPOSITION.test(text.slice(m.end, cue.start))) ||
      (m.start === cue.end + 1 && m.recordIds.length === 1 && m.recordIds[0] === cue.cue.recordId && isBlank(text.charCodeAt(cue.end))),
  );
}
