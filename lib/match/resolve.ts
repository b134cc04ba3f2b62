import type { AliasFile, AliasTable, CueEntry, CueRule, NearTerm, ResolverTable } from './alias-table';
import { joinLists } from './lazy-list';
import { disambiguate } from './disambiguate';
import { honorificFits } from './honorifics';
import { namesAnother } from './namesake';
import { verbInCapitals } from './caps-modal';
import { insideLongerName } from './longer-name';
import { beginsUnknownName } from './unknown-name';
import { byWeekday, onItsWeekday } from './weekday-cues';
import { byPair } from './pair-cues';
import { countsAgree } from './counts';
import { dropNumbers, foldCue, foldText } from './fold';
import type { CompiledMatcher } from './matcher-file';
import { findHits, findMentions, longestLeftmost, type Hit, type Matcher, type Mention } from './matcher';
import { dateCues, datedElsewhere, datedToItsEvent, onItsDate } from './cue-dates';
import { findDatePhrases, type DatePhrase } from './date-phrase';
import { byDay } from './day-cues';
import { byMonth } from './month-cues';
import { findNear, type NearSpan } from './near';
import { byDate, byObject, byObjectName, byOwner, byYear, restatesName, withoutOtherTreaties, type FoundCue } from './pinned-cues';
import { byTarget } from './target-cues';
import { addSplitTriggers } from './split-verbs';
import { treatiesOf } from './trigger-uses';
import { inCompound, namesMonth, negated } from './term-filters';
import { bestCovered, bestSupported, clearOfNames, joinSameEvent, latestFirst, pastFirst, unambiguous } from './choose-cues';
import { standsForItsRecord } from './short-forms';
import { yearsAgree } from './years';
import { pronounInCapitals } from './caps-pronoun';

/** A mention as the reader meets it: one record chosen, with how sure that choice is. */
export interface ResolvedMention {
  start: number;
  end: number;
  text: string;
  recordId: string;
  /** Other records the words may mean, most likely first. */
  alternatives: string[];
  /** 0 to 1; below CONFIDENCE_THRESHOLD a mention is not painted, though it still answers a hover. */
  confidence: number;
  /** Named by an alias, or recognised from a phrase that describes an event. */
  via: 'alias' | 'cue';
  /** The folded words: a reader's correction applies to every mention with the same key. */
  key: string;
}

export interface ResolveContext {
  publishedDay?: string;
  /** The reader's choices on this page: key to record id. */
  corrections?: ReadonlyMap<string, string>;
  /** Records named unambiguously anywhere on the page, beyond this text. */
  onPage?: ReadonlySet<string>;
  /** How many parts of the page name each record: the most named of several Kims is "Kim". */
  namedCounts?: ReadonlyMap<string, number>;
}

export const CONFIDENCE_THRESHOLD = 0.6;
const CUE_CONFIDENCE = 0.8;

export interface Resolver {
  aliases: Matcher;
  people: ReadonlySet<string>;
  women: ReadonlySet<string>;
  /** One trie for the cue phrases and, after them, the anchor and trigger words. */
  cues: Matcher<CueEntry | NearTerm>;
  table: ResolverTable;
  /** Each cue phrase's rule, valid as long as the phrase is specific (see phraseRule); made as hits need it. */
  phraseRules: CueRule[];
}

/** What matching found in one text, before the page's context decides what it means. */
export interface Found {
  /** The text matched. */
  text: string;
  named: Mention[];
  cues: FoundCue[];
  /** Records this text names without ambiguity. */
  sure: Set<string>;
}

/**
 * A resolver for the file's table and the matcher compiled from it at build time, as a page makes
 * it; or for a whole table, with its tries built now.
 */
export function createResolver(file: AliasFile, compiled: CompiledMatcher): Resolver {
  const table: ResolverTable = { ...file, cues: compiled.cues, near: { ...file.near, terms: compiled.terms } };
  // Alias entries are unique by their words (buildAliasTable groups them), so they have no twins.
  const aliases = { trie: compiled.tries[0], entries: compiled.aliases, twins: new Map() };
  const cues = { trie: compiled.tries[1], entries: joinLists(compiled.cues, compiled.terms), twins: new Map(file.twins) };
  return { aliases, people: new Set(file.people), women: new Set(file.women), cues, table, phraseRules: [] };
}

/**
 * The matching pass: the expensive part, done once per text. Cues need the page's date, so
 * without one (`withCues` false) their pass is skipped.
 */
export function findInText(resolver: Resolver, text: string, withCues = true): Found {
  // Fold once: the aliases match the folded text, the cues the same without its numbers.
  const folded = foldText(text);
  const named = findMentions(resolver.aliases, text, folded);
  const cuesWanted = withCues && resolver.cues.entries.length > 0;
  const cueHits = cuesWanted ? findHits(resolver.cues, text, dropNumbers(text, folded)) : [];
  const phrases = resolver.table.cues.length;
  const cues: FoundCue[] = [];
  const termHits: Hit[] = [];
  for (const h of cueHits) {
    if (h.entry >= phrases) {
      const term = resolver.table.near.terms.at(h.entry - phrases)!;
      // The hit is this pass's own: renumbered in place for the near terms, not copied.
      if (!inCompound(text, h, term) && !negated(text, h, term) && !namesMonth(h)) {
        h.entry -= phrases;
        termHits.push(h);
      }
    }
    else {
      const rule = (resolver.phraseRules[h.entry] ??= phraseRule(resolver.table.cues.at(h.entry)!));
      if (!yearsAgree(text, h.start, h.end, rule.years)) continue;
      cues.push({ start: h.start, end: h.end, text: h.text, recordIds: [rule.recordId], key: resolver.table.cues.at(h.entry)!.folded, cue: rule });
    }
  }
  // Month and year phrases, read once and only if wanted.
  let months: DatePhrase[] | undefined;
  const datePhrases = () => (months ??= findDatePhrases(text));
  // A split trigger may be the text's only term, where a name is its object ("found Paul Manafort guilty").
  if (termHits.length > 0 || (cuesWanted && named.length > 0)) {
    byObjectName(resolver.table.near, resolver.people, addSplitTriggers(text, termHits, resolver.table.near, named), cues);
  }
  if (termHits.length > 0) {
    byYear(resolver.table.near, text, termHits, cues);
    byDate(resolver.table.near, resolver.people, text, termHits, named, cues, datePhrases);
    byDay(resolver.table.near, text, termHits, cues, datePhrases);
    byWeekday(resolver.table.near, text, termHits, named, cues);
    byMonth(resolver.table.near, text, termHits, cues);
    byOwner(resolver.table.near, resolver.people, text, termHits, named, cues);
    byPair(resolver.table.near, (words) => nearTermOf(resolver, words), text, termHits, named, cues);
    byObject(resolver.table.near, text, termHits, named, cues);
    byTarget(resolver.table.near, text, termHits, withTreatiesNamed(named, cues), cues);
  }
  if (termHits.length > 1) {
    for (const span of findNear(text, termHits, resolver.table.near.terms, named, (event, ids) => isPartner(resolver, event, ids))) {
      const cue = resolver.table.near.events[span.event]!;
      const kept = nearSpan(span, cue, named);
      if (!kept || !yearsAgree(text, kept.start, kept.end, cue.years)) continue;
      const words = text.slice(kept.start, kept.end);
      cues.push({ start: kept.start, end: kept.end, text: words, recordIds: [cue.recordId], key: foldCue(words), cue, cover: span.cover });
    }
  }
  const described = cues.length > 0 ? withoutOtherTreaties(cues, named, treatiesOf(resolver.table.near)) : cues;
  if (described.length > 0) dateCues(text, described, datePhrases());
  return { text, named, cues: described, sure: new Set(named.filter((m) => m.recordIds.length === 1 && !m.short).map((m) => m.recordIds[0]!)) };
}

/**
 * The names, with the treaties that years name ("the 2015 nuclear deal", "the 1987 pact") among
 * them: what a trigger acts on, as a treaty's own name would be ("walked out of the 2015 nuclear deal").
 */
function withTreatiesNamed(named: readonly Mention[], cues: readonly FoundCue[]): readonly Mention[] {
  const treaties = cues.filter((c) => c.cue.treaty);
  if (treaties.length === 0) return named;
  return [...named, ...treaties].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The near term written as `words`, found by the trie the cue pass walks: no other index is kept. */
function nearTermOf(resolver: Resolver, words: string): number | undefined {
  const phrases = resolver.table.cues.length;
  const hit = findHits(resolver.cues, words).find((h) => h.start === 0 && h.end === words.length && h.entry >= phrases);
  return hit && hit.entry - phrases;
}

/** Whether a name means one person only, and one of the people the event was between. */
function isPartner(resolver: Resolver, event: number, ids: readonly string[]): boolean {
  return ids.length === 1 && resolver.people.has(ids[0]!) && resolver.table.near.events[event]!.with.includes(ids[0]!);
}

/**
 * A proximity span as the reader should meet it: widened over a name its anchor is part of
 * ("Kerch" in "Kerch Strait"), and none where a name means the event there already. A name that
 * may mean several records does not: the description settles which ("Sochi agreement on a
 * demilitarised zone" is the 2018 one).
 */
function nearSpan(span: NearSpan, cue: CueRule, named: readonly Mention[]): { start: number; end: number } | null {
  let { start, end } = span;
  for (const m of named) {
    if (m.end <= span.start) continue;
    if (m.start >= span.end) break;
    if (m.recordIds.length === 1 && m.recordIds[0] === cue.recordId) return null;
    start = Math.min(start, m.start);
    end = Math.max(end, m.end);
  }
  return { start, end };
}

/**
 * Whether deciding `found` asks anything of the page's context: a described event (its related
 * records, the page's date), a name that may mean several records, or a surname alone. Names of
 * one record each are decided the same way on any page, so a change of context leaves them be.
 */
export function dependsOnContext(found: Found): boolean {
  return found.cues.length > 0 || found.named.some((m) => m.recordIds.length > 1 || m.short === true);
}

/** The deciding pass: cheap, so it is redone whenever the page's context changes. */
export function decide(resolver: Resolver, found: Found, context: ResolveContext = {}): ResolvedMention[] {
  const day = context.publishedDay;
  const named = (id: string) => found.sure.has(id) || (context.onPage?.has(id) ?? false);
  // An event still to come yields to one that has happened before the page's names are weighed:
  // otherwise it could tie with it, and the tie names neither.
  const admitted = found.cues.filter(
    (c) =>
      day !== undefined &&
      (c.cue.ahead ?? c.cue.from) <= day &&
      // A year or a month pins the event: the window that keeps vaguer words from meaning it for long does not apply.
      (day <= c.cue.to || c.byDate !== undefined || c.byYear !== undefined || datedToItsEvent(c, day) || (c.byTarget !== undefined && day <= twoYearsOn(c.cue.from))) &&
      c.cue.with.some(named) &&
      (!c.byDate || onItsDate(c.byDate, day, c.cue, c.byDay)) &&
      (c.weekday === undefined || onItsWeekday(c.weekday, day, c.cue)) &&
      countsAgree(c.text, c.cue.counts) &&
      (!c.dated || !datedElsewhere(c.dated, day, c.cue)) &&
      !restatesName(found.text, c, found.named, resolver.people),
  );
  const valid = unambiguous(admitted.length > 1 ? pastFirst(admitted, day!) : admitted, named, found);
  const cues = clearOfNames(valid.length > 1 ? joinSameEvent(bestCovered(bestSupported(valid, found.text)), found.text) : valid, found.named, found.text);
  // Where cues of several events cover the same words, the latest event is the likeliest; where
  // the words say "first", the earliest ("tested its first intercontinental ballistic missile").
  if (cues.length > 1) cues.sort(latestFirst);
  // Named mentions are already leftmost-longest; only cues can overlap them.
  const spans: Array<Mention & { cue?: CueRule }> = cues.length > 0 ? longestLeftmost([...found.named, ...cues]) : found.named;
  // A view, not a copy: this runs for every segment, and the page may name hundreds of records.
  const onPage = { has: named };
  // One pass, one object per mention: this runs for every segment of the page.
  const decided: ResolvedMention[] = [];
  const mentionAt = (at: number) => spans.some((s) => s.start === at);
  const push = (span: Mention, recordId: string, alternatives: string[], confidence: number, via: ResolvedMention['via']) =>
    decided.push({ start: span.start, end: span.end, text: span.text, key: span.key, recordId, alternatives, confidence, via });
  for (const span of spans) {
    if (span.recordIds.length === 0) continue;
    if (span.cue) {
      push(span, span.cue.recordId, [], CUE_CONFIDENCE, 'cue');
      continue;
    }
    if (insideLongerName(found.text, span.start, span.end) || pronounInCapitals(found.text, span.start, span.end) || verbInCapitals(found.text, span.start, span.end)) continue;
    if (beginsUnknownName(found.text, span.start, span.end, mentionAt)) continue;
    let ids = span.recordIds;
    if (!span.text.includes(' ') && ids.every((id) => resolver.people.has(id))) {
      if (namesAnother(found.text, span.start)) continue;
      ids = honorificFits(found.text, span.start, ids, resolver.women);
      if (ids.length === 0) continue;
    }
    if (span.short) {
      // A short form: it means a record named in full on the page, the most named if several.
      const meant = mostNamed(ids.filter((id) => onPage.has(id) || (span.kin?.some(named) ?? false)), context.namedCounts);
      if (!meant || !standsForItsRecord(found.text, span)) continue;
      ids = [meant];
    }
    const corrected = context.corrections?.get(span.key);
    if (corrected && ids.includes(corrected)) push(span, corrected, ids.filter((id) => id !== corrected), 1, 'alias');
    else if (ids.length === 1) push(span, ids[0]!, [], 1, 'alias');
    else {
      const choice = disambiguate(ids, onPage, resolver.table.hints, day);
      push(span, choice.recordId, choice.alternatives, choice.confidence, 'alias');
    }
  }
  return decided;
}

/**
 * A phrase of four words or more is specific enough to mean its event for two years at least,
 * however narrow the window the dataset gives for shorter, vaguer phrases.
 */
function phraseRule(cue: CueEntry): CueRule {
  const rule: CueRule = { recordId: cue.recordId, with: cue.with, from: cue.from, to: cue.to, ...(cue.years ? { years: cue.years } : {}) };
  if (cue.folded.split(' ').length < 4) return rule;
  const twoYears = twoYearsOn(cue.from);
  return twoYears > cue.to ? { ...rule, to: twoYears } : rule;
}

/**
 * How long words specific to an event mean it at least, whatever narrower window the dataset
 * gives vaguer words: a phrase of four words or more, or a trigger and the event's object ("a
 * meeting of the UN Security Council" months after it was called).
 */
function twoYearsOn(from: string): string {
  return `${Number(from.slice(0, 4)) + 2}${from.slice(4)}`;
}

/** The one candidate, or the one named more often than every other; else none. */
function mostNamed(candidates: readonly string[], counts: ReadonlyMap<string, number> | undefined): string | undefined {
  if (candidates.length <= 1) return candidates[0];
  const scored = candidates.map((id) => ({ id, n: counts?.get(id) ?? 0 })).sort((a, b) => b.n - a.n);
  return scored[0]!.n > scored[1]!.n ? scored[0]!.id : undefined;
}

export function resolveMentions(resolver: Resolver, text: string, context: ResolveContext = {}): ResolvedMention[] {
  return decide(resolver, findInText(resolver, text), context);
}
