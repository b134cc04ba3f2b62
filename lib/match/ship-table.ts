import type { AliasFile, AliasTable } from './alias-table';
import { encodeMatcherFile } from './matcher-file';
import { buildTrie, type Trie } from './word-trie';

/**
 * What the extension ships for a table, built once at build time: the small JSON file (events'
 * rules, hints, people) and the compiled matcher file with the tries and every list they index.
 */
export function shipTable(table: AliasTable): { file: AliasFile; matcher: Uint8Array } {
  const { entries, cues, near, ...rest } = table;
  const { terms, ...nearRules } = near;
  return { file: { ...rest, near: nearRules }, matcher: encodeMatcherFile(table.version, resolverTries(table), { aliases: entries, cues, terms }) };
}

/** The two tries a resolver walks: the aliases', and the cue phrases' followed by the near terms'. */
function resolverTries(table: AliasTable): [Trie, Trie] {
  return [buildTrie(table.entries.map((e) => e.folded)), buildTrie([...table.cues, ...table.near.terms].map((e) => e.folded))];
}
