import type { AliasEntry, CueEntry, NearTerm } from './alias-table';
import { decodeEntries, encodeEntries } from './entry-codec';
import { decodeList, encodeList, listBytes, type EntryList } from './lazy-list';
import { decodeTerm, encodeTerm } from './term-codec';
import { decodeTries, encodeTries } from './trie-codec';
import type { Trie } from './word-trie';

/** What the content script maps from the compiled matcher file: the tries and the lists they index. */
export interface CompiledMatcher {
  /** The aliases' trie, then the cues'. */
  tries: readonly [Trie, Trie];
  aliases: EntryList<AliasEntry>;
  cues: EntryList<CueEntry>;
  terms: EntryList<NearTerm>;
}

type Use = NearTerm['uses'][number];

/**
 * The file: the tries' blob's length, the blob (trie-codec.ts), then the alias entries
 * (entry-codec.ts), the cue phrases (each as JSON) and the near terms (term-codec.ts), every
 * section a list that a page decodes item by item as hits need them (lazy-list.ts).
 */
export function encodeMatcherFile(
  version: string,
  tries: readonly [Trie, Trie],
  lists: { aliases: readonly AliasEntry[]; cues: readonly CueEntry[]; terms: readonly NearTerm[] },
): Uint8Array {
  const sections = [
    encodeTries(version, tries),
    encodeEntries(lists.aliases),
    encodeList(lists.cues.map((c) => JSON.stringify(c))),
    encodeList(lists.terms.map(encodeTerm)),
  ];
  const file = new Uint8Array(8 + sections.reduce((sum, s) => sum + s.length, 0));
  // The blob starts at 8 so that its arrays, and the sections after it, stay 4-byte aligned.
  new DataView(file.buffer).setUint32(0, sections[0]!.length, true);
  let at = 8;
  for (const section of sections) {
    file.set(section, at);
    at += section.length;
  }
  return file;
}

/** The compiled matcher in `buffer`; null if it is not one, or was built for another dataset version. */
export function decodeMatcherFile(buffer: ArrayBuffer, version: string): CompiledMatcher | null {
  if (buffer.byteLength < 8) return null;
  const tries = decodeTries(buffer, version, 8);
  if (tries?.length !== 2) return null;
  let at = 8 + new DataView(buffer).getUint32(0, true);
  const aliases = decodeEntries(buffer, at);
  if (!aliases) return null;
  at += listBytes(buffer, at);
  const cues = decodeList(buffer, at, (text) => JSON.parse(text) as CueEntry);
  if (!cues) return null;
  at += listBytes(buffer, at);
  // An event has two uses, anchor and trigger, and thousands of terms list them: each is held once.
  const shared: Use[] = [];
  const use = (event: number, role: Use['role']) => (shared[event * 2 + (role === 'trigger' ? 1 : 0)] ??= { event, role });
  const terms = decodeList(buffer, at, (text) => decodeTerm(text, use));
  return terms ? { tries: [tries[0]!, tries[1]!], aliases, cues, terms } : null;
}
