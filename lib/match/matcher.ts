import { buildTrie, scanWords, type Trie } from './word-trie';
import type { AliasEntry, AliasTable } from './alias-table';
import { boundaryAllows, caseAllows } from './case-rules';
import type { EntryList } from './lazy-list';
import { foldText, type FoldedText } from './fold';
import { sameWordsAs } from './same-words';

/** A mention found in a text: offsets are into that text, `end` exclusive. */
export interface Mention {
  start: number;
  end: number;
  /** The page's own words for it. */
  text: string;
  /** The records the alias may mean, most likely first. */
  recordIds: string[];
  /** The alias as folded: the same for every way of writing it. */
  key: string;
  /** A short form (a surname alone, say), which counts only where the full name is on the page. */
  short?: true;
  /** Records whose full name on the page lets a short form count as well as its own (lib/match/family-names.ts). */
  kin?: string[];
}

/** Anything with a folded form to find and the case variants that may be found. */
export type Pattern = Pick<AliasEntry, 'folded' | 'variants'>;

export interface Matcher<E extends Pattern = AliasEntry> {
  trie: Trie;
  entries: EntryList<E>;
  /** For the first of entries with the same words, the later ones (see same-words.ts). */
  twins: ReadonlyMap<number, readonly number[]>;
}

export function createMatcher(table: Pick<AliasTable, 'entries'>): Matcher {
  return createPatternMatcher(table.entries);
}

export function createPatternMatcher<E extends Pattern>(entries: readonly E[]): Matcher<E> {
  return { trie: buildTrie(entries.map((e) => e.folded)), entries, twins: sameWordsAs(entries) };
}

/** A pattern found in a text: `entry` indexes the matcher's entries. */
export interface Hit {
  start: number;
  end: number;
  text: string;
  entry: number;
}

/** Every occurrence of every pattern that stands alone and is written in an allowed case. */
export function findHits<E extends Pattern>(matcher: Matcher<E>, text: string, folded: FoldedText = foldText(text)): Hit[] {
  const hits: Hit[] = [];
  const f = folded.codes;
  const { entries, twins } = matcher;
  // The scan finds whole words of the folded text only ("us" is never looked for in "thus").
  // A pattern's folded words are the text it matched; a list that leaves them out reads them here.
  let from = 0;
  let to = 0;
  const key = () => String.fromCharCode(...f.subarray(from, to));
  scanWords(matcher.trie, f, (pattern, foldedStart, foldedEnd) => {
    from = foldedStart;
    to = foldedEnd;
    const entry = entries.at(pattern, key)!;
    const start = folded.origin[foldedStart]!;
    const end = folded.origin[foldedEnd - 1]! + 1;
    if (!boundaryAllows(text, start, end)) return;
    const found = text.slice(start, end);
    if (entry.variants.some((v) => caseAllows(v, found))) hits.push({ start, end, text: found, entry: pattern });
    // Later entries with the same words, each under its own case rules (see same-words.ts).
    for (const k of twins.get(pattern) ?? []) {
      if (entries.at(k, key)!.variants.some((v) => caseAllows(v, found))) hits.push({ start, end, text: found, entry: k });
    }
  });
  return hits;
}

/** Leftmost first; where spans overlap, the longest wins. */
export function longestLeftmost<T extends { start: number; end: number }>(spans: readonly T[]): T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: T[] = [];
  let reached = 0;
  for (const span of sorted) {
    if (span.start < reached) continue;
    chosen.push(span);
    reached = span.end;
  }
  return chosen;
}

/**
 * Overlapping hits that mean the same record are one mention ("President Moon" and "Moon Jae-in"
 * in "President Moon Jae-in"), so that a title in an alias never cuts a name in two.
 */
function mergeSameRecord(hits: Hit[], entries: EntryList<AliasEntry>, text: string): Hit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Hit[] = [];
  for (const hit of sorted) {
    const last = merged[merged.length - 1];
    const ids = entries.at(hit.entry)!.recordIds;
    if (last && hit.start < last.end && hit.end > last.end && ids.length === 1 && entries.at(last.entry)!.recordIds.join() === ids.join()) {
      merged[merged.length - 1] = { ...last, end: hit.end, text: text.slice(last.start, hit.end) };
    } else merged.push(hit);
  }
  return merged;
}

/** Every mention in `text`, leftmost first; where candidates overlap, the longest wins. */
export function findMentions(matcher: Matcher, text: string, folded: FoldedText = foldText(text)): Mention[] {
  return longestLeftmost(mergeSameRecord(findHits(matcher, text, folded), matcher.entries, text)).map((h) => {
    const entry = matcher.entries.at(h.entry)!;
    const mention: Mention = { start: h.start, end: h.end, text: h.text, recordIds: entry.recordIds, key: entry.folded };
    if (entry.short) mention.short = true;
    if (entry.kin) mention.kin = entry.kin;
    return mention;
  });
}
