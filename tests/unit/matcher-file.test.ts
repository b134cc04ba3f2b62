import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../lib/dataset/types';
import { buildAliasTable } from '../../lib/match/alias-table';
import { decodeEntries, encodeEntries } from '../../lib/match/entry-codec';
import { decodeMatcherFile } from '../../lib/match/matcher-file';
import { shipTable } from '../../lib/match/ship-table';
import { createResolver, findInText } from '../../lib/match/resolve';
import { record } from './support/records';

const table = buildAliasTable('v1', [
  record({ id: 'sergey-lavrov', name: 'Sergey Lavrov', aliases: ['Sergei Lavrov'] }),
  record({ id: 'inf-treaty', kind: 'treaty', name: 'Intermediate-Range Nuclear Forces Treaty', aliases: ['INF Treaty', 'INF'] }),
  record({ id: 'sochi', kind: 'place', name: 'Sochi' }),
]);
const { entries } = table;
const { file, matcher } = shipTable(table);
const bufferOf = (bytes: Uint8Array) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
const encoded = () => bufferOf(matcher);

describe('the compiled matcher file', () => {
  it('finds the names of the table, with entries decoded as they are met', () => {
    const compiled = decodeMatcherFile(encoded(), 'v1')!;
    expect(compiled.aliases.length).toBe(entries.length);
    expect(compiled.aliases.at(3, () => entries[3]!.folded)).toEqual(entries[3]);
    const text = 'Sergei Lavrov spoke in Sochi of the INF Treaty; Lavrov said the INF mattered.';
    const fromFile = findInText(createResolver(file, compiled), text).named;
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

  it('gives back every alias entry, cue phrase and near term of the real dataset as it was', () => {
    const dataset = JSON.parse(readFileSync(join(import.meta.dirname, '../../data/generated/dataset.json'), 'utf8')) as Dataset;
    const real = buildAliasTable(dataset.version, dataset.records, ['National Security Council']);
    const decoded = decodeEntries(bufferOf(encodeEntries(real.entries)), 0)!;
    const all = <T>(list: { length: number; at(k: number, key?: () => string): T | undefined }) => Array.from({ length: list.length }, (_, k) => list.at(k, () => real.entries[k]!.folded));
    expect(all(decoded)).toEqual(real.entries);
    expect(decoded.at(real.entries.length)).toBeUndefined();
    const compiled = decodeMatcherFile(bufferOf(shipTable(real).matcher), real.version)!;
    expect(all(compiled.cues)).toEqual(real.cues);
    expect(all(compiled.terms)).toEqual(real.near.terms);
  });

  it('stores a name in title case as one mark, and reads it back from the words the trie matched', () => {
    const entry = (text: string, folded: string) => ({ folded, variants: [{ text, rule: 'name' as const }], recordIds: ['r'] });
    const titled = [entry('Sergei Lavrov', 'sergei lavrov')];
    const other = [entry('Moon Jae-in', 'moon jae in'), entry('de Gaulle', 'de gaulle')];
    expect(encodeEntries(titled).length).toBeLessThan(encodeEntries([entry('Ab', 'ab')]).length + 4);
    const decoded = decodeEntries(bufferOf(encodeEntries([...titled, ...other])), 0)!;
    expect([0, 1, 2].map((k) => decoded.at(k, () => [...titled, ...other][k]!.folded))).toEqual([...titled, ...other]);
  });

  it('describes events from the file, the near terms’ uses held once', () => {
    const sochi = buildAliasTable('v1', [
      record({ id: 'sochi', kind: 'place', name: 'Sochi' }),
      record({
        id: 'sochi-talks-2019',
        kind: 'event',
        name: 'Sochi talks',
        start: '2019-05-14',
        cues: { phrases: ['talks in the Black Sea resort'], anchors: ['Sochi'], triggers: ['talks', 'met'], with: ['sochi'], from: '2019-05-14', to: '2019-12-31' },
      }),
    ]);
    const shipped = shipTable(sochi);
    const compiled = decodeMatcherFile(bufferOf(shipped.matcher), 'v1')!;
    const text = 'They met in Sochi; their talks in the Black Sea resort ran late, and the talks in Sochi ended.';
    const fromFile = findInText(createResolver(shipped.file, compiled), text);
    expect(fromFile.cues.map((c) => c.text)).toEqual(['talks in the Black Sea resort', 'met in Sochi', 'talks in Sochi']);
    const met = compiled.terms.at(sochi.near.terms.findIndex((t) => t.folded === 'met'))!;
    const talks = compiled.terms.at(sochi.near.terms.findIndex((t) => t.folded === 'talks'))!;
    expect(met.uses[0]).toBe(talks.uses[0]);
  });

  it('will not hold two entries with the same words, since a trie node reports one of them', () => {
    expect(() => encodeEntries([entries[0]!, { ...entries[0]!, recordIds: ['other'] }])).toThrow(/repeat/);
  });
});
