import type { AliasEntry } from './alias-table';
import { foldAlias } from './fold';

/** A list of patterns read by position: an array, or entries decoded only when a hit needs them. */
export interface EntryList<E> {
  readonly length: number;
  at(index: number): E | undefined;
}

const FIELD = '\u001f';
const ITEM = '\u001e';
const EXACT = '\u001d';
const SHORT = 's';

const align = (n: number) => (n + 3) & ~3;

/**
 * One entry as text: its variants (an exact one marked), its record ids, a mark if it is a short
 * form, its folded words only where they are not the first variant's, and the relatives whose
 * naming lets a first name stand; empty fields at the end are left out. Control characters part
 * the fields, since no alias or id holds one.
 */
function pack(e: AliasEntry): string {
  const fields = [
    e.variants.map((v) => (v.rule === 'exact' ? EXACT : '') + v.text).join(ITEM),
    e.recordIds.join(ITEM),
    e.short ? SHORT : '',
    foldAlias(e.variants[0]?.text ?? '') === e.folded ? '' : e.folded,
    (e.kin ?? []).join(ITEM),
  ];
  while (fields[fields.length - 1] === '') fields.pop();
  return fields.join(FIELD);
}

function unpack(line: string): AliasEntry {
  const [variants = '', ids = '', short, folded, kin] = line.split(FIELD);
  const entry: AliasEntry = {
    folded: '',
    variants: variants.split(ITEM).map((v) => (v[0] === EXACT ? { text: v.slice(1), rule: 'exact' } : { text: v, rule: 'name' })),
    recordIds: ids === '' ? [] : ids.split(ITEM),
  };
  entry.folded = folded || foldAlias(entry.variants[0]!.text);
  if (short === SHORT) entry.short = true;
  if (kin) entry.kin = kin.split(ITEM);
  return entry;
}

/**
 * The alias entries as one section of the compiled matcher file: a count, the offsets of each
 * entry's bytes, then each entry as UTF-8 text. Parsing a large alias table in one piece takes far
 * longer than a frame and keeps every entry in memory; a page needs only those it meets. The
 * entries must be unique by their folded words, since a trie node reports one pattern.
 */
export function encodeEntries(entries: readonly AliasEntry[]): Uint8Array {
  const seen = new Set<string>();
  const encoder = new TextEncoder();
  const bodies = entries.map((e) => {
    if (seen.has(e.folded)) throw new Error(`Alias entries repeat "${e.folded}"`);
    if (e.variants.length === 0) throw new Error(`Alias entry "${e.folded}" has no variant`);
    seen.add(e.folded);
    return encoder.encode(pack(e));
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
        entry = unpack(decoder.decode(bytes.subarray(offsets[index]!, offsets[index + 1]!)));
        decoded.set(index, entry);
      }
      return entry;
    },
  };
}
