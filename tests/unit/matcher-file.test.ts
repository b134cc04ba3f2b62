import { describe, expect, it } from 'vitest';
import { buildAliasTable } from '../../lib/match/alias-table';
import { encodeEntries } from '../../lib/match/entry-codec';
import { decodeMatcherFile, encodeMatcherFile } from '../../lib/match/matcher-file';
import { createResolver, findInText, resolverTries } from '../../lib/match/resolve';
import { record } from './support/records';

const table = buildAliasTable('v1', [
  record({ id: 'sergey-lavrov', name: 'Sergey Lavrov', aliases: ['Sergei Lavrov'] }),
  record({ id: 'inf-treaty', kind: 'treaty', name: 'Intermediate-Range Nuclear Forces Treaty', aliases: ['INF Treaty', 'INF'] }),
  record({ id: 'sochi', kind: 'place', name: 'Sochi' }),
]);
const { entries, ...file } = table;
const bufferOf = (bytes: Uint8Array) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
const encoded = () => bufferOf(encodeMatcherFile('v1', resolverTries(table), entries));

describe('the compiled matcher file', () => {
  it('finds what a resolver built from the whole table finds, with entries decoded as they are met', () => {
    const compiled = decodeMatcherFile(encoded(), 'v1')!;
    expect(compiled.aliases.length).toBe(entries.length);
    expect(compiled.aliases.at(3)).toEqual(entries[3]);
    const text = 'Sergei Lavrov spoke in Sochi of the INF Treaty; Lavrov said the INF mattered.';
    const fromFile = findInText(createResolver(file, compiled), text).named;
    expect(fromFile).toEqual(findInText(createResolver(table), text).named);
    expect(fromFile.map((m) => m.text)).toEqual(['Sergei Lavrov', 'Sochi', 'INF Treaty', 'Lavrov', 'INF']);
    expect(fromFile[3]!.short).toBe(true);
  });

  it('refuses a file of another dataset version, a cut or empty one, and one whose entries are garbled', () => {
    expect(decodeMatcherFile(encoded(), 'v2')).toBeNull();
    expect(decodeMatcherFile(new ArrayBuffer(0), 'v1')).toBeNull();
    expect(decodeMatcherFile(encoded().slice(0, 200), 'v1')).toBeNull();
    const garbled = new Uint8Array(encoded());
    const trieLength = new DataView(garbled.buffer).getUint32(0, true);
    new DataView(garbled.buffer).setUint32(8 + trieLength, 0xffffff, true);
    expect(decodeMatcherFile(garbled.buffer, 'v1')).toBeNull();
  });

  it('will not hold two entries with the same words, since a trie node reports one of them', () => {
    expect(() => encodeEntries([entries[0]!, { ...entries[0]!, recordIds: ['other'] }])).toThrow(/repeat/);
  });
});
