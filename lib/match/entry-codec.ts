import type { AliasEntry, CaseRule } from './alias-table';

/** A list of patterns read by position: an array, or entries decoded only when a hit needs them. */
export interface EntryList<E> {
  readonly length: number;
  at(index: number): E | undefined;
}

type Packed = [folded: string, variants: Array<[text: string, rule: CaseRule]>, recordIds: string[], short?: 1];

const align = (n: number) => (n + 3) & ~3;

/**
 * The alias entries as one section of the compiled matcher file: a count, the offsets of each
 * entry's bytes, then each entry as UTF-8 JSON. Parsing a large alias table in one piece takes far
 * longer than a frame and keeps every entry in memory; a page needs only those it meets. The
 * entries must be unique by their folded words, since a trie node reports one pattern.
 */
export function encodeEntries(entries: readonly AliasEntry[]): Uint8Array {
  const seen = new Set<string>();
  const encoder = new TextEncoder();
  const bodies = entries.map((e) => {
    if (seen.has(e.folded)) throw new Error(`Alias entries repeat "${e.folded}"`);
    seen.add(e.folded);
    const packed: Packed = [e.folded, e.variants.map((v) => [v.text, v.rule]), e.recordIds];
    if (e.short) packed.push(1);
    return encoder.encode(JSON.stringify(packed));
  });
  const head = 4 * (entries.length + 2);
  const size = bodies.reduce((sum, b) => sum + b.length, 0);
  const bytes = new Uint8Array(align(head + size));
  const view = new DataView(bytes.buffer);
  view.setUint32(0, entries.length, true);
  let at = head;
  bodies.forEach((body, k) => {
    view.setUint32(4 * (k + 1), at, true);
    bytes.set(body, at);
    at += body.length;
  });
  view.setUint32(4 * (entries.length + 1), at, true);
  return bytes;
}

/** The entries of a section written by encodeEntries, each decoded on first use; null if malformed. */
export function decodeEntries(buffer: ArrayBuffer, byteOffset: number): EntryList<AliasEntry> | null {
  if (byteOffset % 4 !== 0 || byteOffset + 8 > buffer.byteLength) return null;
  const count = new DataView(buffer, byteOffset).getUint32(0, true);
  if (byteOffset + 4 * (count + 2) > buffer.byteLength) return null;
  const offsets = new Uint32Array(buffer, byteOffset + 4, count + 1);
  const bytes = new Uint8Array(buffer, byteOffset);
  if (offsets[count]! > bytes.length) return null;
  const decoder = new TextDecoder();
  const decoded = new Map<number, AliasEntry>();
  return {
    length: count,
    at(index) {
      if (!(index >= 0 && index < count)) return undefined;
      let entry = decoded.get(index);
      if (!entry) {
        const [folded, variants, recordIds, short] = JSON.parse(decoder.decode(bytes.subarray(offsets[index]!, offsets[index + 1]!))) as Packed;
        entry = { folded, variants: variants.map(([text, rule]) => ({ text, rule })), recordIds };
        if (short) entry.short = true;
        decoded.set(index, entry);
      }
      return entry;
    },
  };
}
