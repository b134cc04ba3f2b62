import type { AliasEntry } from './alias-table';
import { decodeEntries, encodeEntries, type EntryList } from './entry-codec';
import { decodeTries, encodeTries } from './trie-codec';
import type { Trie } from './word-trie';

/** What the content script maps from the compiled matcher file: the two tries and the alias entries. */
export interface CompiledMatcher {
  /** The aliases' trie, then the cues'. */
  tries: readonly [Trie, Trie];
  aliases: EntryList<AliasEntry>;
}

/** The file: the tries' blob's length, the blob (trie-codec.ts), then the entries' section (entry-codec.ts). */
export function encodeMatcherFile(version: string, tries: readonly [Trie, Trie], aliases: readonly AliasEntry[]): Uint8Array {
  const trieBytes = encodeTries(version, tries);
  const entryBytes = encodeEntries(aliases);
  const file = new Uint8Array(8 + trieBytes.length + entryBytes.length);
  // The blob starts at 8 so that its arrays, and the entries after it, stay 4-byte aligned.
  new DataView(file.buffer).setUint32(0, trieBytes.length, true);
  file.set(trieBytes, 8);
  file.set(entryBytes, 8 + trieBytes.length);
  return file;
}

/** The compiled matcher in `buffer`; null if it is not one, or was built for another dataset version. */
export function decodeMatcherFile(buffer: ArrayBuffer, version: string): CompiledMatcher | null {
  if (buffer.byteLength < 8) return null;
  const trieLength = new DataView(buffer).getUint32(0, true);
  const tries = decodeTries(buffer, version, 8);
  const aliases = tries?.length === 2 ? decodeEntries(buffer, 8 + trieLength) : null;
  return tries && aliases ? { tries: [tries[0]!, tries[1]!], aliases } : null;
}
