/**
 * A list read by position: an array, or items decoded only when they are first asked for. `key`
 * gives the item's folded words where the file leaves them out because the trie that found it
 * holds them (entry-codec.ts); a list that stores them ignores it.
 */
export interface EntryList<E> {
  readonly length: number;
  at(index: number, key?: () => string): E | undefined;
}

const align = (n: number) => (n + 3) & ~3;

/**
 * Items as one section of a binary file: a count, the offsets of each item's bytes, then each item
 * as UTF-8 text, padded to a 4-byte boundary. A page reads only the items it meets.
 */
export function encodeList(texts: readonly string[]): Uint8Array {
  const encoder = new TextEncoder();
  const bodies = texts.map((t) => encoder.encode(t));
  const head = 4 * (texts.length + 2);
  const bytes = new Uint8Array(align(head + bodies.reduce((sum, b) => sum + b.length, 0)));
  const view = new DataView(bytes.buffer);
  view.setUint32(0, texts.length, true);
  let at = head;
  bodies.forEach((body, k) => {
    view.setUint32(4 * (k + 1), at, true);
    bytes.set(body, at);
    at += body.length;
  });
  view.setUint32(4 * (texts.length + 1), at, true);
  return bytes;
}

/** The items of a section written by encodeList at `byteOffset`, each unpacked on first use; null if malformed. */
export function decodeList<T>(buffer: ArrayBuffer, byteOffset: number, unpack: (text: string, key?: () => string) => T): EntryList<T> | null {
  if (byteOffset % 4 !== 0 || byteOffset + 8 > buffer.byteLength) return null;
  const count = new DataView(buffer, byteOffset).getUint32(0, true);
  if (byteOffset + 4 * (count + 2) > buffer.byteLength) return null;
  const offsets = new Uint32Array(buffer, byteOffset + 4, count + 1);
  const bytes = new Uint8Array(buffer, byteOffset);
  if (offsets[count]! > bytes.length) return null;
  const decoder = new TextDecoder();
  const decoded = new Map<number, T>();
  return {
    length: count,
    at(index, key) {
      if (!(index >= 0 && index < count)) return undefined;
      let item = decoded.get(index);
      if (item === undefined) {
        item = unpack(decoder.decode(bytes.subarray(offsets[index]!, offsets[index + 1]!)), key);
        decoded.set(index, item);
      }
      return item;
    },
  };
}

/** The byte length of the section that starts at `byteOffset`, padding included. */
export function listBytes(buffer: ArrayBuffer, byteOffset: number): number {
  const count = new DataView(buffer, byteOffset).getUint32(0, true);
  return align(new DataView(buffer, byteOffset).getUint32(4 * (count + 1), true));
}

/** Two lists read as one, the second's items after the first's. */
export function joinLists<A, B>(first: EntryList<A>, second: EntryList<B>): EntryList<A | B> {
  return { length: first.length + second.length, at: (k, key) => (k < first.length ? first.at(k, key) : second.at(k - first.length, key)) };
}
