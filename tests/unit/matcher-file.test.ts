import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../lib/dataset/types';
import { buildAliasTable } from '../../lib/match/alias-table';
import { decodeEntries, encodeEntries } from '../../lib/match/entry-codec';
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

  it('decodes an entry in the middle of a scan without disturbing the text being scanned', () => {
    // Runs of spaces make the folded text's offsets differ from the page's, as on a real page.
    const text = '   In    Sochi,   the    Intermediate-Range Nuclear Forces Treaty   held.';
    const found = findInText(createResolver(file, decodeMatcherFile(encoded(), 'v1')!), text).named;
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual(['Sochi', 'Intermediate-Range Nuclear Forces Treaty']);
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

  it('gives back every entry of the real dataset as it was, blockers and surnames included', () => {
    const dataset = JSON.parse(readFileSync(join(import.meta.dirname, '../../data/generated/dataset.json'), 'utf8')) as Dataset;
    const real = buildAliasTable(dataset.version, dataset.records, ['National Security Council']).entries;
    const decoded = decodeEntries(bufferOf(encodeEntries(real)), 0)!;
    expect(Array.from({ length: decoded.length }, (_, k) => decoded.at(k))).toEqual(real);
    expect(decoded.at(real.length)).toBeUndefined();
  });

  it('will not hold two entries with the same words, since a trie node reports one of them', () => {
    expect(() => encodeEntries([entries[0]!, { ...entries[0]!, recordIds: ['other'] }])).toThrow(/repeat/);
  });
});
