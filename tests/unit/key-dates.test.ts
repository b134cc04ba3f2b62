import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DatasetRecord } from '../../lib/dataset/types';

/**
 * Dates of these events as stated independently of the dataset (in the tests, from the
 * public record), checked against what the popover would say.
 */
const FACTS: Array<[id: string, date: string, what: string]> = [
  ['inf-treaty', '1987-12-08', 'INF Treaty signed in Washington'],
  ['inf-treaty', '1988-06-01', 'INF Treaty entered into force'],
  ['inf-treaty', '2019-08-02', 'INF Treaty terminated on US withdrawal'],
  ['inf-us-withdrawal-2019', '2019-08-02', 'US withdrawal from the INF Treaty took effect'],
  ['helsinki-summit-2018', '2018-07-16', 'Trump–Putin summit in Helsinki'],
  ['sochi-talks-2019', '2019-05-14', 'Pompeo–Lavrov talks in Sochi'],
  ['mueller-investigation', '2017-05-17', 'Mueller appointed special counsel'],
  ['mueller-investigation', '2019-03-22', 'Mueller report submitted to the Attorney General'],
  ['mueller-investigation', '2019-04-18', 'redacted Mueller report released'],
  ['kim-putin-summit-2019', '2019-04-25', 'Kim–Putin summit in Vladivostok'],
  ['us-cruise-missile-test-2019', '2019-08-18', 'US ground-launched cruise missile test'],
  ['nyonoksa-explosion-2019', '2019-08-08', 'explosion at Nyonoksa'],
  ['singapore-summit-2018', '2018-06-12', 'Trump–Kim summit in Singapore'],
  ['hanoi-summit-2019', '2019-02-27', 'Hanoi summit opened'],
  ['dmz-meeting-2019', '2019-06-30', 'Trump, Kim and Moon at the DMZ'],
  ['us-jcpoa-withdrawal-2018', '2018-05-08', 'US withdrawal from the JCPOA announced'],
  ['jcpoa', '2015-07-14', 'JCPOA concluded in Vienna'],
  ['new-start', '2010-04-08', 'New START signed in Prague'],
  ['new-start', '2011-02-05', 'New START entered into force'],
  ['skripal-poisoning-2018', '2018-03-04', 'Skripals poisoned in Salisbury'],
  ['mh17-shootdown-2014', '2014-07-17', 'MH17 shot down over eastern Ukraine'],
  ['crimean-referendum-2014', '2014-03-16', 'referendum in Crimea'],
  ['kerch-strait-incident-2018', '2018-11-25', 'Kerch Strait incident'],
  ['minsk-ii', '2015-02-12', 'Minsk II agreed'],
  ['russian-intervention-syria-2015', '2015-09-30', 'first Russian air strikes in Syria'],
  ['khan-shaykhun-chemical-attack-2017', '2017-04-04', 'Khan Shaykhun chemical attack'],
  ['shayrat-missile-strike-2017', '2017-04-07', 'US strike on Shayrat air base'],
  ['douma-chemical-attack-2018', '2018-04-07', 'Douma chemical attack'],
  ['syria-missile-strikes-apr-2018', '2018-04-14', 'US, UK and French strikes on Syria'],
  ['comey-dismissal-2017', '2017-05-09', 'Comey dismissed as FBI director'],
  ['mueller-testimony-2019', '2019-07-24', 'Mueller testified to Congress'],
  ['trump-zelensky-call-2019', '2019-07-25', 'Trump–Zelensky telephone call'],
  ['north-korea-nuclear-test-sep-2017', '2017-09-03', "North Korea's sixth nuclear test"],
  ['hwasong-14-test-jul-4-2017', '2017-07-04', 'first Hwasong-14 launch'],
  ['hwasong-15-test-nov-2017', '2017-11-29', 'Hwasong-15 launch'],
  ['inter-korean-summit-apr-2018', '2018-04-27', 'Panmunjom summit of Moon and Kim'],
  ['soleimani-killing-2020', '2020-01-03', 'Soleimani killed near Baghdad airport'],
  ['khashoggi-killing-2018', '2018-10-02', 'Khashoggi killed in the Saudi consulate in Istanbul'],
  ['abqaiq-khurais-attack-2019', '2019-09-14', 'attack on Abqaiq and Khurais'],
  ['iran-shoots-down-us-drone-2019', '2019-06-20', 'Iran shot down a US drone'],
  ['us-taliban-doha-agreement-2020', '2020-02-29', 'US–Taliban agreement signed in Doha'],
  ['trump-inauguration-2017', '2017-01-20', 'Trump inaugurated'],
  ['us-election-2016', '2016-11-08', 'US presidential election'],
  ['us-election-2020', '2020-11-03', 'US presidential election'],
  ['putin-weapons-address-2018', '2018-03-01', "Putin's address unveiling new weapons"],
  ['new-start-extension-2021', '2021-02-03', 'New START extended for five years'],
  ['baghdadi-raid-2019', '2019-10-26', 'raid in which al-Baghdadi died'],
  ['annexation-of-crimea-2014', '2014-03-18', 'treaty of accession of Crimea signed'],
];

function loadRecords(): Map<string, DatasetRecord> {
  const dir = join(import.meta.dirname, '../../data/records');
  const records = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as DatasetRecord[]);
  return new Map(records.map((r) => [r.id, r]));
}

function datesOf(record: DatasetRecord): string[] {
  return [record.start, record.end, ...record.dates.map((d) => d.date)].filter((d): d is string => d !== undefined);
}

describe('key dates against independently stated facts', () => {
  const records = loadRecords();

  it.each(FACTS)('%s: %s (%s) is not contradicted', (id, date) => {
    const record = records.get(id);
    expect(record, `no record ${id}`).toBeDefined();
    // The record states the day, or a coarser date that contains it ("2019-10" for 26 October).
    const consistent = datesOf(record!).some((d) => d === date || (d.length < date.length && date.startsWith(d)));
    expect(consistent, `${id} gives ${datesOf(record!).join(', ')}`).toBe(true);
  });

  it('states most of them to the day', () => {
    const exact = FACTS.filter(([id, date]) => datesOf(records.get(id)!).includes(date));
    expect(exact.length / FACTS.length).toBeGreaterThanOrEqual(0.9);
  });
});
