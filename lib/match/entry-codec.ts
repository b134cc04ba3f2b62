import type { AliasEntry } from './alias-table';
import { foldAlias } from './fold';
import { decodeList, encodeList, type EntryList } from './lazy-list';

const FIELD = '\u001f';
const ITEM = '\u001e';
const EXACT = '\u001d';
const SHORT = 's';

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
 * The alias entries as one section of the compiled matcher file (lazy-list.ts): parsing a large
 * alias table in one piece takes far longer than a frame and keeps every entry in memory; a page
 * needs only those it meets. The entries must be unique by their folded words, since a trie node
 * reports one pattern.
 */
export function encodeEntries(entries: readonly AliasEntry[]): Uint8Array {
  const seen = new Set<string>();
  for (const e of entries) {
    if (seen.has(e.folded)) throw new Error(`Alias entries repeat "${e.folded}"`);
    if (e.variants.length === 0) throw new Error(`Alias entry "${e.folded}" has no variant`);
    seen.add(e.folded);
  }
  return encodeList(entries.map(pack));
}

/** The entries of a section written by encodeEntries, each decoded on first use; null if malformed. */
export function decodeEntries(buffer: ArrayBuffer, byteOffset: number): EntryList<AliasEntry> | null {
  return decodeList(buffer, byteOffset, unpack);
}
