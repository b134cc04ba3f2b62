import { describe, expect, it } from 'vitest';
import { buildAliasTable, isAmbiguous, recordAliases } from '../../lib/match/alias-table';
import { aliasVariant } from '../../lib/match/case-rules';
import { record } from './support/records';

describe('aliasVariant', () => {
  it('matches an all-capitals alias exactly, and anything else as a name', () => {
    expect(aliasVariant('INF')).toEqual({ text: 'INF', rule: 'exact' });
    expect(aliasVariant('U.S.')).toEqual({ text: 'U.S.', rule: 'exact' });
    expect(aliasVariant('SSC-X-9')).toEqual({ text: 'SSC-X-9', rule: 'exact' });
    expect(aliasVariant('9M729')).toEqual({ text: '9M729', rule: 'exact' });
    expect(aliasVariant('Sochi')).toEqual({ text: 'Sochi', rule: 'name' });
    expect(aliasVariant('New START')).toEqual({ text: 'New START', rule: 'name' });
    expect(aliasVariant('2016 election')).toEqual({ text: '2016 election', rule: 'name' });
  });

  it('uses the case rule an alias states', () => {
    expect(aliasVariant({ text: 'Trump', case: 'exact' })).toEqual({ text: 'Trump', rule: 'exact' });
    expect(aliasVariant({ text: 'NATO', case: 'name' })).toEqual({ text: 'NATO', rule: 'name' });
    expect(aliasVariant({ text: 'Sochi' })).toEqual({ text: 'Sochi', rule: 'name' });
  });
});

describe('isAmbiguous', () => {
  it('is true only for an object alias marked ambiguous', () => {
    expect(isAmbiguous('Helsinki summit')).toBe(false);
    expect(isAmbiguous({ text: 'Helsinki summit' })).toBe(false);
    expect(isAmbiguous({ text: 'Helsinki summit', ambiguous: false })).toBe(false);
    expect(isAmbiguous({ text: 'Helsinki summit', ambiguous: true })).toBe(true);
  });
});

describe('recordAliases', () => {
  it('lists the aliases and the name, without repeating a text', () => {
    const r = record({ id: 'inf-treaty', name: 'INF Treaty', aliases: ['INF', 'INF Treaty', 'INF treaty'] });
    expect(recordAliases(r)).toHaveLength(3);
    expect(recordAliases(r)).toEqual(
      expect.arrayContaining([
        { text: 'INF Treaty', rule: 'name' },
        { text: 'INF', rule: 'exact' },
        { text: 'INF treaty', rule: 'name' },
      ]),
    );
  });
});

describe('buildAliasTable', () => {
  const treaty = record({ id: 'inf-treaty', name: 'INF Treaty', aliases: ['INF treaty', 'INF'] });
  const summit1975 = record({
    id: 'helsinki-accords-1975',
    kind: 'event',
    name: 'Helsinki Accords',
    aliases: [{ text: 'Helsinki summit', ambiguous: true }],
    start: '1975-07-30',
    end: '1975-08-01',
    related: ['inf-treaty'],
  });
  const summit2018 = record({
    id: 'helsinki-summit-2018',
    kind: 'event',
    name: '2018 Russia–United States summit',
    aliases: [{ text: 'Helsinki summit', ambiguous: true }],
    start: '2018-07-16',
    related: [],
    cues: { phrases: ['their meeting in Finland'], with: ['inf-treaty'], from: '2018-07-01', to: '2018-08-31' },
  });
  const table = buildAliasTable('v1', [treaty, summit1975, summit2018]);

  it('keeps the version, and sorts entries by folded text', () => {
    expect(table.version).toBe('v1');
    const folded = table.entries.map((e) => e.folded);
    expect(folded).toEqual([...folded].sort());
    expect(folded).toContain('inf treaty');
    expect(folded).toContain('inf');
    expect(folded).toContain('2018 russia united states summit');
  });

  it('merges aliases that fold alike into one entry, keeping each way of writing them', () => {
    const entry = table.entries.find((e) => e.folded === 'inf treaty')!;
    expect(entry.recordIds).toEqual(['inf-treaty']);
    expect(entry.variants).toHaveLength(2);
    expect(entry.variants).toEqual(
      expect.arrayContaining([
        { text: 'INF Treaty', rule: 'name' },
        { text: 'INF treaty', rule: 'name' },
      ]),
    );
  });

  it('lists every record a shared alias may mean', () => {
    const entry = table.entries.find((e) => e.folded === 'helsinki summit')!;
    expect(entry.recordIds).toEqual(['helsinki-accords-1975', 'helsinki-summit-2018']);
    expect(entry.variants).toEqual([{ text: 'Helsinki summit', rule: 'name' }]);
  });

  it('gives hints only for records named by an ambiguous alias', () => {
    expect(Object.keys(table.hints).sort()).toEqual(['helsinki-accords-1975', 'helsinki-summit-2018']);
    expect(table.hints['helsinki-accords-1975']).toEqual({ related: ['inf-treaty'], start: '1975-07-30', end: '1975-08-01' });
    expect(table.hints['helsinki-summit-2018']).toEqual({ related: [], start: '2018-07-16' });
  });

  it('turns event cues into folded cue entries, with the years the event spans', () => {
    expect(table.cues).toEqual([
      {
        folded: 'their meeting in finland',
        variants: [{ text: 'their meeting in Finland', rule: 'name' }],
        recordId: 'helsinki-summit-2018',
        with: ['inf-treaty'],
        from: '2018-07-01',
        to: '2018-08-31',
        years: [2018, 2019],
        began: '2018-07-16',
      },
    ]);
  });

  it('skips an alias that folds to nothing', () => {
    const t = buildAliasTable('v', [record({ id: 'dash', name: 'Dash', aliases: ['—'] })]);
    expect(t.entries.map((e) => e.folded)).toEqual(['dash']);
  });
});

describe('a treaty’s other names', () => {
  it('drops "Treaty" from a capitalised name of two words or more, and turns a plural round', () => {
    const t = buildAliasTable('v', [
      record({ id: 'open-skies', kind: 'treaty', name: 'Open Skies Treaty', aliases: ['INF Treaty'] }),
      record({ id: 'abm', kind: 'treaty', name: 'Anti-Ballistic Missile Treaty', aliases: [] }),
      record({ id: 'cfe', kind: 'treaty', name: 'Treaty on Conventional Armed Forces', aliases: [] }),
    ]);
    const forms = t.entries.map((e) => `${e.variants[0]!.text}:${e.variants[0]!.rule}`);
    expect(forms).toEqual(expect.arrayContaining(['Open Skies:exact', 'Treaty on Open Skies:name', 'Anti-Ballistic Missile:exact', 'Conventional Armed Forces Treaty:name']));
    expect(forms.join()).not.toMatch(/^INF:|,INF:|Treaty on Anti/);
  });
});

describe('the possessive of the person an event is named after', () => {
  const table = buildAliasTable('t', [
    record({ id: 'christopher-steele', kind: 'person', name: 'Christopher Steele' }),
    record({ id: 'qasem-soleimani', kind: 'person', name: 'Qasem Soleimani' }),
    record({ id: 'steele-dossier', kind: 'programme', name: 'Steele dossier', aliases: ['Steele memos', 'Trump–Russia dossier'], related: ['christopher-steele'] }),
    record({ id: 'soleimani-killing', kind: 'event', name: 'Killing of Qasem Soleimani', start: '2020-01-03', aliases: ['Soleimani killing', 'Soleimani strike'], related: ['qasem-soleimani'] }),
  ]);
  const ids = (folded: string) => table.entries.find((e) => e.folded === folded)?.recordIds;

  it('names it, with the surname or the full name', () => {
    expect(ids("steele's dossier")).toEqual(['steele-dossier']);
    expect(ids("christopher steele's memos")).toEqual(['steele-dossier']);
    expect(ids("qasem soleimani's killing")).toEqual(['soleimani-killing']);
  });

  it('not for an act the person could have done themselves', () => {
    expect(ids("soleimani's strike")).toBeUndefined();
  });
});

describe('an alias that repeats the name', () => {
  // The object form of an alias states its case rule (lib/dataset/types.ts). When its text is also
  // the record's name, recordAliases keeps the name's derived rule and drops the stated one.
  it('keeps the case rule the alias states', () => {
    const r = record({ id: 'trump', name: 'Trump', aliases: [{ text: 'Trump', case: 'exact' }] });
    expect(recordAliases(r)).toEqual([{ text: 'Trump', rule: 'exact' }]);
  });
});

describe('buildAliasTable near cues', () => {
  const event = record({
    id: 'ship-seizure',
    kind: 'event',
    start: '2018-11-25',
    cues: { anchors: ['Ukrainian ships', 'seizures'], triggers: ['seized'], with: ['kerch'], from: '2018-11-25', to: '2019-12-31' },
  });
  const table = buildAliasTable('v', [record({ id: 'kerch' }), event]);
  const role = (folded: string) => table.near.terms.find((t) => t.folded === folded)?.uses.map((u) => u.role);

  it('matches a trigger in every form, and an anchor in either number', () => {
    expect(role('seize')).toEqual(['trigger']);
    expect(role('seizing')).toEqual(['trigger']);
    expect(role('ukrainian ship')).toEqual(['anchor']);
  });

  it('leaves a form that is also the other role to the word as written', () => {
    expect(role('seizures')).toEqual(['anchor']);
    expect(role('seizure')).toEqual(['anchor']);
  });
});
