import { buildAutomaton, scan, type Automaton } from './aho-corasick';
import type { AliasEntry, AliasTable } from './alias-table';
import { boundaryAllows, caseAllows } from './case-rules';
import { foldText } from './fold';

/** A mention found in a text: offsets are into that text, `end` exclusive. */
export interface Mention {
  start: number;
  end: number;
  /** The page's own words for it. */
  text: string;
  /** The records the alias may mean, most likely first. */
  recordIds: string[];
}

export interface Matcher {
  automaton: Automaton;
  entries: readonly AliasEntry[];
}

export function createMatcher(table: AliasTable): Matcher {
  return { automaton: buildAutomaton(table.entries.map((e) => e.folded)), entries: table.entries };
}

/** Every mention in `text`, leftmost first; where candidates overlap, the longest wins. */
export function findMentions(matcher: Matcher, text: string): Mention[] {
  const folded = foldText(text);
  const candidates: Mention[] = [];
  scan(matcher.automaton, folded.text, (pattern, foldedEnd) => {
    const entry = matcher.entries[pattern]!;
    const start = folded.origin[foldedEnd - entry.folded.length]!;
    const end = folded.origin[foldedEnd - 1]! + 1;
    if (!boundaryAllows(text, start, end)) return;
    const found = text.slice(start, end);
    if (!entry.variants.some((v) => caseAllows(v, found))) return;
    candidates.push({ start, end, text: found, recordIds: entry.recordIds });
  });
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: Mention[] = [];
  let reached = 0;
  for (const candidate of candidates) {
    if (candidate.start < reached) continue;
    chosen.push(candidate);
    reached = candidate.end;
  }
  return chosen;
}
