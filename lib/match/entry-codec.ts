import type { AliasEntry } from './alias-table';
import { decodeList, encodeList, type EntryList } from './lazy-list';

const FIELD = '\u001f';
const ITEM = '\u001e';
const EXACT = '\u001d';
/** A name written as its folded words with each word's first letter a capital ("Sergei Lavrov"). */
const TITLED = '\u001c';
const SHORT = 's';

const titled = (folded: string) => folded.replace(/\b[a-z]/g, (c) => c.toUpperCase());

/**
 * One entry as text: its variants (an exact one marked, a name that is its folded words in title
 * case as one mark), its record ids, a mark if it is a short form, and the relatives whose naming
 * lets a first name stand; empty fields at the end are left out. Its folded words are left out:
 * the trie holds them, and gives them when a text matches (`key`), which is when an entry is read.
 * Control characters part the fields, since no alias or id holds one.
 */
function pack(e: AliasEntry): string {
  const variant = (v: AliasEntry['variants'][number]) => (v.rule === 'exact' ? EXACT + v.text : v.text === titled(e.folded) ? TITLED : v.text);
  const fields = [e.variants.map(variant).join(ITEM), e.recordIds.join(ITEM), e.short ? SHORT : '', (e.kin ?? []).join(ITEM)];
  while (fields[fields.length - 1] === '') fields.pop();
  return fields.join(FIELD);
}

function unpack(line: string, key?: () => string): AliasEntry {
  const [variants = '', ids = '', short, kin] = line.split(FIELD);
  const folded = key?.() ?? '';
  const entry: AliasEntry = {
    folded,
    variants: variants
      .split(ITEM)
      .map((v) => (v[0] === EXACT ? { text: v.slice(1), rule: 'exact' } : { text: v === TITLED ? titled(folded) : v, rule: 'name' })),
    recordIds: ids === '' ? [] : ids.split(ITEM),
  };
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

/** The entries of a section written by encodeEntries, each decoded on first use with its folded words (`key`); null if malformed. */
export function decodeEntries(buffer: ArrayBuffer, byteOffset: number): EntryList<AliasEntry> | null {
  return decodeList(buffer, byteOffset, unpack);
}
