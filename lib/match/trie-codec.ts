import type { Trie } from './word-trie';

/**
 * Compiled tries as one binary blob, so that they are built once at build time and a page only
 * maps them: a header (magic, version hash, then each array's length and element size), then each
 * array, 4-byte aligned.
 */
const MAGIC = 0x42534d36; // "BSM6": word tries, nodes numbered breadth first, edge targets implied, tails
const FIELDS = ['edgeStart', 'edgeChar', 'output', 'tailStart', 'tailChar', 'tailOutput'] as const;
type Field = (typeof FIELDS)[number];
type TrieArray = Trie[Field];
/** Characters are one byte or two (word-trie.ts); the rest are 32-bit integers. */
const CHARS: ReadonlySet<Field> = new Set(['edgeChar', 'tailChar']);

const align = (n: number) => (n + 3) & ~3;
const HEADER_PER_FIELD = 8;

export function encodeTries(version: string, tries: readonly Trie[]): Uint8Array {
  const versionBytes = new TextEncoder().encode(version);
  const headerLength = align(12 + versionBytes.length + tries.length * FIELDS.length * HEADER_PER_FIELD);
  let total = headerLength;
  for (const a of tries) for (const f of FIELDS) total += align(a[f].byteLength);
  const buffer = new ArrayBuffer(total);
  const view = new DataView(buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, versionBytes.length, true);
  view.setUint32(8, tries.length, true);
  new Uint8Array(buffer, 12, versionBytes.length).set(versionBytes);
  let header = 12 + versionBytes.length;
  let offset = headerLength;
  for (const a of tries) {
    for (const f of FIELDS) {
      view.setUint32(header, a[f].length, true);
      view.setUint32(header + 4, a[f].BYTES_PER_ELEMENT, true);
      header += HEADER_PER_FIELD;
      new Uint8Array(buffer, offset, a[f].byteLength).set(new Uint8Array(a[f].buffer, a[f].byteOffset, a[f].byteLength));
      offset += align(a[f].byteLength);
    }
  }
  return new Uint8Array(buffer);
}

function view(field: Field, size: number, buffer: ArrayBuffer, offset: number, length: number): TrieArray | null {
  if (!CHARS.has(field)) return size === 4 ? new Int32Array(buffer, offset, length) : null;
  if (size === 1) return new Uint8Array(buffer, offset, length);
  return size === 2 ? new Uint16Array(buffer, offset, length) : null;
}

/**
 * The tries in a blob that starts at `start` (4-byte aligned) of `buffer`, as views on it (no
 * copying); null if it is not one, or not of `version`.
 */
export function decodeTries(buffer: ArrayBuffer, version: string, start = 0): Trie[] | null {
  if (start % 4 !== 0 || buffer.byteLength < start + 12) return null;
  const header = new DataView(buffer, start);
  if (header.getUint32(0, true) !== MAGIC) return null;
  const versionLength = header.getUint32(4, true);
  const count = header.getUint32(8, true);
  const headerLength = 12 + versionLength + count * FIELDS.length * HEADER_PER_FIELD;
  if (start + headerLength > buffer.byteLength) return null;
  if (new TextDecoder().decode(new Uint8Array(buffer, start + 12, versionLength)) !== version) return null;
  let at = 12 + versionLength;
  let offset = start + align(headerLength);
  const tries: Trie[] = [];
  for (let i = 0; i < count; i++) {
    const a: Partial<Record<Field, TrieArray>> = {};
    for (const f of FIELDS) {
      const length = header.getUint32(at, true);
      const size = header.getUint32(at + 4, true);
      at += HEADER_PER_FIELD;
      if (offset + length * size > buffer.byteLength) return null;
      const array = view(f, size, buffer, offset, length);
      if (!array) return null;
      a[f] = array;
      offset += align(length * size);
    }
    tries.push(a as Trie);
  }
  return tries;
}
