import type { NearTerm } from './alias-table';
import type { EntryList } from './lazy-list';
import type { Hit } from './matcher';
import { isPastForm } from './past-forms';
import { endsSentence, isSpace } from './sentence';
import { textPattern } from './text-pattern';

/**
 * Events recognised by proximity. Reports word one event in many ways ("their talks in the Black
 * Sea resort city of Sochi", "the Sochi talks", "met in Sochi"), and no list of phrases holds them
 * all; but nearly every way puts what is particular to the event (an anchor: its place, its target,
 * its weapon) close to what happened (a trigger: "talks", "explosion", "seized"). An anchor and a
 * trigger of one event, in one sentence and at most NEAR_WORDS words apart, describe it.
 */
export const NEAR_WORDS = 8;
/**
 * A further anchor joins a trigger's description only this close to it ("attack on Khan
 * Sheikhoun", "explosion near Nyonoksa"): a description is the shortest phrase that carries it.
 */
const JOIN_WORDS = 2;
/** A gap longer than this holds more than NEAR_WORDS words of prose: not worth counting. */
export const NEAR_CHARS = 90;

/** Anchors and triggers of `event` (an index into the table's near events), and the words between. */
export interface NearSpan {
  start: number;
  end: number;
  event: number;
  /**
   * How many characters of the event's own words the description weighed, those of pairs it left
   * out included: where two events' descriptions overlap, the one whose words cover more is meant.
   */
  cover: number;
}

/**
 * Pairs each anchor or trigger hit with the closest earlier hit of the other role for the same
 * event. A trigger with the anchors close beside it is one description ("sarin attack" and
 * "attack on Khan Sheikhoun" are "sarin attack on Khan Sheikhoun"); a pair that overlaps a
 * description otherwise, with another trigger ("strike on a convoy … killed") or from further
 * away, adds nothing to it. A pair never spans
 * another name (`named`, sorted) but a partner of the event after its trigger (`partner`):
 * "Helsinki, where Trump met" names Trump rather than describing the summit. `hits` index
 * `terms`; they come from the one trie pass over the text, so this costs what the hits cost.
 */
export function findNear(text: string, hits: readonly Hit[], terms: EntryList<NearTerm>, named: readonly Named[], partner: Partner = () => false): NearSpan[] {
  // Most texts hold words of one role only: no pair, and nothing to sort.
  if (!bothRoles(hits, terms)) return [];
  const sorted = inOrder(hits) ? hits : [...hits].sort(byStartThenLongest);
  const spans: Pair[] = [];
  const lastOf = new Map<number, number>();
  const reach = new Map<number, number>();
  const events = eventsOf(terms);
  const ofEvent = (h: Hit, event: number) => events(h.entry).has(event);
  // The hits so far of each event in each role, in order: a word such as "talks" serves twenty
  // events, and each looks back only at the words of its own event.
  const seen: number[][] = [];
  const keyOf = (event: number, role: NearTerm['uses'][number]['role']) => event * 2 + (role === 'trigger' ? 1 : 0);
  for (let i = 0; i < sorted.length; i++) {
    const hit = sorted[i]!;
    const uses = terms.at(hit.entry)!.uses;
    for (const use of uses) {
      const earlier = seen[keyOf(use.event, use.role === 'trigger' ? 'anchor' : 'trigger')];
      for (let e = (earlier?.length ?? 0) - 1; e >= 0; e--) {
        const j = earlier![e]!;
        const before = sorted[j]!;
        if (hit.start - before.start > NEAR_CHARS) break;
        if (before.end > hit.start) continue;
        const words = wordsWithin(text, before.end, hit.start);
        if (words < 0) continue;
        const gap = text.slice(before.end, hit.start);
        if (partedBetween(text, before.end, hit.start) || RELATIVE_CLAUSE.test(gap) || CLAUSE_BETWEEN.test(gap)) break;
        if (ONLY_AND.test(gap)) continue;
        if (use.role === 'trigger' && APPOSITION_CLOSED.test(gap) && isNamed(named, before)) break;
        const partners =
          use.role === 'anchor' ? (name: Named) => (partnerBetween(text, before.end, name, hit.start) || POSSESSIVE_AFTER.test(text.slice(name.end, name.end + 3))) && partner(use.event, name.recordIds) : undefined;
        if (!nameFree(named, sorted, j, i + 1, events, use.event, before.end, hit.start, partners)) break;
        // Each term whole, where a longer word of the event holds it ("drone strike" around "strike").
        const first = widen(sorted, j, (h) => ofEvent(h, use.event));
        const second = widen(sorted, i, (h) => ofEvent(h, use.event));
        add(text, spans, lastOf, reach, { start: first.start, end: second.end, event: use.event, trigger: use.role === 'trigger' ? second : first, words, terms: [first, second] });
        break;
      }
    }
    for (const use of uses) {
      (seen[keyOf(use.event, use.role)] ??= []).push(i);
    }
  }
  return spans.map(({ start, end, event, terms }) => ({ start, end, event, cover: covered(terms) })).sort((a, b) => a.start - b.start);
}

const byStartThenLongest = (a: Span, b: Span) => a.start - b.start || b.end - a.end;

/** Whether the hits are already leftmost first, the longest first where they start together. */
function inOrder(hits: readonly Hit[]): boolean {
  for (let k = 1; k < hits.length; k++) if (byStartThenLongest(hits[k - 1]!, hits[k]!) > 0) return false;
  return true;
}

/** Whether some hit is an anchor and some hit a trigger, of whatever events: a pair needs both. */
function bothRoles(hits: readonly Hit[], terms: EntryList<NearTerm>): boolean {
  let anchor = false;
  let trigger = false;
  for (const hit of hits) {
    for (const use of terms.at(hit.entry)!.uses) {
      if (use.role === 'trigger') trigger = true;
      else anchor = true;
    }
    if (anchor && trigger) return true;
  }
  return false;
}

type EventsOf = (entry: number) => ReadonlySet<number>;
const eventTables = new WeakMap<EntryList<NearTerm>, Array<Set<number>>>();

/** Each term's events, made once per term: a pair asks it of every hit around it. */
function eventsOf(terms: EntryList<NearTerm>): EventsOf {
  let table = eventTables.get(terms);
  if (!table) eventTables.set(terms, (table = []));
  return (entry) => (table[entry] ??= new Set(terms.at(entry)!.uses.map((u) => u.event)));
}

interface Pair extends Omit<NearSpan, 'cover'> {
  trigger: Span;
  /** Words between the two terms. */
  words: number;
  /** The event's words weighed for this description. */
  terms: Span[];
}

/** How many characters the spans cover, each counted once where they overlap. */
function covered(spans: readonly Span[]): number {
  let total = 0;
  let end = -1;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.end <= end) continue;
    total += s.end - Math.max(s.start, end);
    end = s.end;
  }
  return total;
}

/** The extent of sorted[at] and of every hit that overlaps it and is `wanted`. */
function widen(sorted: readonly Hit[], at: number, wanted: (h: Hit) => boolean): Span {
  const hit = sorted[at]!;
  let { start, end } = hit;
  for (let k = at - 1; k >= 0 && hit.start - sorted[k]!.start <= NEAR_CHARS; k--) {
    if (sorted[k]!.end > hit.start && wanted(sorted[k]!)) start = Math.min(start, sorted[k]!.start);
  }
  for (let k = at + 1; k < sorted.length && sorted[k]!.start < hit.end; k++) if (wanted(sorted[k]!)) end = Math.max(end, sorted[k]!.end);
  return { start, end };
}

/** `reach` holds, per event, the end of the last pair weighed, kept or not: a pair left out still speaks of that description. */
function add(text: string, spans: Pair[], lastOf: Map<number, number>, reach: Map<number, number>, pair: Pair): void {
  const last = lastOf.get(pair.event);
  const previous = last === undefined ? undefined : spans[last];
  const reached = reach.get(pair.event) ?? -1;
  reach.set(pair.event, Math.max(reached, pair.end));
  if (previous && Math.max(previous.end, reached) > pair.start) {
    const sameTrigger = previous.trigger.start < pair.trigger.end && pair.trigger.start < previous.trigger.end;
    const terms = [...previous.terms, ...pair.terms];
    if (sameTrigger && pair.words <= JOIN_WORDS) spans[last!] = { ...previous, start: Math.min(previous.start, pair.start), end: Math.max(previous.end, pair.end), terms };
    else if (sameTrigger && previous.trigger.end === previous.end && pair.trigger.start === pair.start && isPastForm(text.slice(pair.trigger.start, pair.trigger.end))) {
      // A verb between its subject and what follows it: what happened is the verb and its complement.
      spans[last!] = { ...pair, terms };
    } else spans[last!] = { ...previous, terms };
    return;
  }
  lastOf.set(pair.event, spans.push(pair) - 1);
}

interface Span {
  start: number;
  end: number;
}

interface Named extends Span {
  recordIds: readonly string[];
}

/** Whether a name of these records is one of the event's own partners: the people it was between. */
export type Partner = (event: number, recordIds: readonly string[]) => boolean;

/**
 * Whether `name` stands between a trigger ending at `from` and an anchor at `to` as whom the event
 * was with, the anchor where it was: "meeting with Kim Jong Un in Singapore", "met Moon Jae-in in
 * Pyongyang". Said otherwise the name is what the trigger acts on ("recognise Juan Guaido as
 * interim president", "fired James Comey as FBI director") and stays the reader's to hover.
 */
function partnerBetween(text: string, from: number, name: Span, to: number): boolean {
  return PARTNER_BEFORE.test(text.slice(from, name.start)) && PARTNER_AFTER.test(text.slice(name.end, to));
}

/** A partner's possessive names whom the event befell or was done by: "killing Kim Jong Un's half-brother at Kuala Lumpur airport". */
const POSSESSIVE_AFTER = /^['\u2019]s[ \u00a0]/;
const PARTNER_BEFORE = /^[ \u00a0]+(?:with[ \u00a0]+)?$/;
const PARTNER_AFTER = /^[ \u00a0]+(?:in|at|on)[ \u00a0]+(?:the[ \u00a0]+)?$/;

/**
 * Whether no name lies in text[from, to), other than one that is itself a word of the event
 * ("Nyonoksa") among sorted[first, last): the pair's own two words among them, so that a name
 * that holds one ("meddled in the 2016 election", with "election") is what the event concerns.
 * After a trigger, one of the event's partners (`partners`) is what it was done with: "meeting
 * with Kim Jong Un in Singapore", "met President Moon Jae-in in Pyongyang".
 */
function nameFree(named: readonly Named[], sorted: readonly Hit[], first: number, last: number, eventsOf: EventsOf, event: number, from: number, to: number, partners?: (name: Named) => boolean): boolean {
  let lo = 0;
  let hi = named.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (named[mid]!.end <= from) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < named.length && named[k]!.start < to; k++) {
    const name = named[k]!;
    let own = false;
    for (let h = first; h < last && !own; h++) {
      const hit = sorted[h]!;
      own = hit.start < name.end && hit.end > name.start && eventsOf(hit.entry).has(event);
    }
    if (!own && !partners?.(name)) return false;
  }
  return true;
}

/**
 * How many words text[from, to) holds, or -1 if more than NEAR_WORDS or if a sentence or a block
 * ends in it (lib/match/sentence.ts).
 */
export function wordsWithin(text: string, from: number, to: number): number {
  let words = 0;
  let inWord = false;
  for (let k = from; k < to; k++) {
    if (endsSentence(text, k)) return -1;
    const c = text.charCodeAt(k);
    if (isSpace(c)) inWord = false;
    else if (!inWord) {
      inWord = true;
      if (++words > NEAR_WORDS) return -1;
    }
  }
  return words;
}

/**
 * A comma and a preposition after a name close the name's apposition: what follows attaches to the
 * sentence's verb, not to the name ("indicted 13 Russians, among them the Internet Research Agency,
 * on charges that…"), and the name stays the reader's.
 */
const APPOSITION_CLOSED = /^,[ \u00a0]+(?:on|in|at|for|over|after|with)[ \u00a0]/;

/** Whether a hit is, from end to end, one of the names found in the text. */
function isNamed(named: readonly Named[], hit: Span): boolean {
  return named.some((n) => n.start === hit.start && n.end === hit.end);
}

/**
 * A relative clause after a comma says something more of the name before it ("the Avangard
 * hypersonic glide vehicle, which entered service in December", "officers of Russian military
 * intelligence, twelve of whom were charged"): the name stays the reader's, and the clause is no
 * description that holds it.
 */
const RELATIVE_CLAUSE = textPattern(String.raw`,[ \u00a0]+(?:[\p{L}\p{N}]+[ \u00a0]+of[ \u00a0]+)?(?:which|who|whom|whose|where|when)(?![\p{L}])`, 'i');

/**
 * A conjunction that opens a clause parts what stands on its two sides: "the deaths in Khan
 * Sheikhoun came when a Syrian air strike hit" dates the deaths by a strike, and the anchor and the
 * trigger belong to two clauses, not one description. So does a reporting verb: "a former
 * ambassador to Vietnam, said the future of the talks" and "officials in Helsinki said the talks"
 * are the speaker, then what was said.
 */
const CLAUSE_BETWEEN = /[ \u00a0](?:when|because|while|although|whereas|unless|said|says|told|added)[ \u00a0]/i;

/**
 * Two terms with only "and" or "or" between are two items of a list, not one phrase: "expelling
 * British diplomats and closing the consulate" closes nothing of the diplomats'.
 */
const ONLY_AND = /^,?[ \u00a0]+(?:and|or)[ \u00a0]+$/u;

/**
 * Whether a colon or a semicolon parts text[from, to): a colon ends a label, a kicker or a
 * speaker's name ("5. Impeachment: two articles through committee", "Lavrov: talks went well"), a
 * semicolon one clause ("the President flew to Singapore; allies stand by the statement"), and the
 * words on their two sides are not one phrase.
 */
function partedBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 58 || c === 59) return true;
  }
  return false;
}
