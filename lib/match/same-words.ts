import type { Hit } from './matcher';

/**
 * The automaton keeps one output per pattern, the first entry with those words, so an entry whose
 * folded words equal an earlier one's is never reported: a near term that is also a phrase once
 * numbers are left out ("presidential race", from "2016 presidential race"), or one phrase of two
 * records ("expelled Russian diplomats"). Each hit is given back for every entry with its words.
 */
const twinsOf = new WeakMap<readonly { folded: string }[], Map<number, number[]>>();

/** For each first entry of a run of entries with the same words, the later ones. */
function twins(entries: readonly { folded: string }[]): Map<number, number[]> {
  let map = twinsOf.get(entries);
  if (map) return map;
  map = new Map();
  const first = new Map<string, number>();
  for (let k = 0; k < entries.length; k++) {
    const at = first.get(entries[k]!.folded);
    if (at === undefined) first.set(entries[k]!.folded, k);
    else map.set(at, [...(map.get(at) ?? []), k]);
  }
  twinsOf.set(entries, map);
  return map;
}

/** `hits` with a copy of each for every later entry that shares its entry's words. */
export function withSameWords(entries: readonly { folded: string }[], hits: readonly Hit[]): readonly Hit[] {
  const map = twins(entries);
  if (map.size === 0 || !hits.some((h) => map.has(h.entry))) return hits;
  return hits.flatMap((h) => [h, ...(map.get(h.entry) ?? []).map((entry) => ({ ...h, entry }))]);
}
