/**
 * A trie keeps one output per node, the first pattern with those words, so an entry whose folded
 * words equal an earlier one's would never be reported: a near term that is also a phrase once
 * numbers are left out ("presidential race", from "2016 presidential race"), or one phrase of two
 * records ("expelled Russian diplomats"). The matcher reports each hit for all of them: for the
 * first entry of each run of entries with the same words, this gives the later ones.
 */
export function sameWordsAs(entries: readonly { folded: string }[]): ReadonlyMap<number, readonly number[]> {
  const map = new Map<number, number[]>();
  const first = new Map<string, number>();
  for (let k = 0; k < entries.length; k++) {
    const at = first.get(entries[k]!.folded);
    if (at === undefined) first.set(entries[k]!.folded, k);
    else map.set(at, [...(map.get(at) ?? []), k]);
  }
  return map;
}
