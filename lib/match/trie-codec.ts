import type { Trie } from './word-trie';

/**
 * Compiled tries as one binary blob, so that they are built once at build time and a page only
 * maps them: a header (magic, version hash, sizes), then each array, 4-byte aligned.
 */
const MAGIC = 0x42534d34; // "BSM4": word tries, nodes numbered breadth first, edge targets implied
const FIELDS = ['edgeStart', 'edgeChar', 'output'] as const;
type Field = (typeof FIELDS)[number];

const align = (n: number) => (n + 3) & ~3;
const bytesOf = (field: Field, length: number) => align(length * (field === 'edgeChar' ? 2 : 4));

export function encodeTries(version: string, tries: readonly Trie[]): Uint8Array {
  const versionBytes = new TextEncoder().encode(version);
  const headerLength = align(12 + versionBytes.length + tries.length * FIELDS.length * 4);
  let total = headerLength;
  for (const a of tries) for (const f of FIELDS) total += bytesOf(f, a[f].length);
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
      header += 4;
      new Uint8Array(buffer, offset, a[f].byteLength).set(new Uint8Array(a[f].buffer, a[f].byteOffset, a[f].byteLength));
      offset += bytesOf(f, a[f].length);
    }
  }
  return new Uint8Array(buffer);
}

/**
 * The tries in a blob that starts at `start` (4-byte aligned) of `buffer`, as views on it (no
 * copying); null if it is not one, or not of `version`.
 */
export function decodeTries(buffer: ArrayBuffer, version: string, start = 0): Trie[] | null {
  if (start % 4 !== 0 || buffer.byteLength < start + 12) return null;
  const view = new DataView(buffer, start);
  if (view.getUint32(0, true) !== MAGIC) return null;
  const versionLength = view.getUint32(4, true);
  const count = view.getUint32(8, true);
  if (start + 12 + versionLength + count * FIELDS.length * 4 > buffer.byteLength) return null;
  if (new TextDecoder().decode(new Uint8Array(buffer, start + 12, versionLength)) !== version) return null;
  let header = 12 + versionLength;
  let offset = start + align(12 + versionLength + count * FIELDS.length * 4);
  const tries: Trie[] = [];
  for (let i = 0; i < count; i++) {
    const a = {} as Record<Field, Int32Array | Uint16Array>;
    for (const f of FIELDS) {
      const length = view.getUint32(header, true);
      header += 4;
      if (offset + bytesOf(f, length) > buffer.byteLength) return null;
      a[f] = f === 'edgeChar' ? new Uint16Array(buffer, offset, length) : new Int32Array(buffer, offset, length);
      offset += bytesOf(f, length);
    }
    tries.push(a as unknown as Trie);
  }
  return tries;
}
