import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openBackstoryDb, type BackstoryDatabase } from '../../lib/db/open-db';
import { DB_NAME, DB_VERSION } from '../../lib/db/schema';
import { seedDataset } from '../../lib/db/seed';
import { dataset, record } from './support/records';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const v1 = dataset('v1', [record({ id: 'alpha' }), record({ id: 'beta' }), record({ id: 'gamma' })]);
const v2 = dataset('v2', [record({ id: 'beta', summary: 'Beta, revised.' }), record({ id: 'delta' })]);

async function recordIds(db: BackstoryDatabase): Promise<string[]> {
  return (await db.getAllKeys('records')).sort();
}

/** A database as the first release left it: schema version 1, a seeded dataset and a site choice. */
async function createVersion1Database(name: string): Promise<void> {
  const old = await openDB(name, 1, {
    upgrade(db) {
      db.createObjectStore('records', { keyPath: 'id' });
      db.createObjectStore('meta');
      db.createObjectStore('sites', { keyPath: 'site' });
    },
  });
  for (const r of v1.records) await old.put('records', r);
  await old.put('meta', v1.version, 'datasetVersion');
  await old.put('sites', { site: 'example.com', enabled: false, updatedAt: '2019-05-14T00:00:00.000Z' });
  old.close();
}

describe('openBackstoryDb', () => {
  it('creates every store of the current schema', async () => {
    const db = await openBackstoryDb('fresh');
    expect(db.name).toBe('fresh');
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['corrections', 'meta', 'records', 'settings', 'sites']);
    db.close();
  });

  it('uses the default name', async () => {
    const db = await openBackstoryDb();
    expect(db.name).toBe(DB_NAME);
    db.close();
  });

  it('upgrades a version 1 database, keeping its data', async () => {
    await createVersion1Database('old');
    const db = await openBackstoryDb('old');
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['corrections', 'meta', 'records', 'settings', 'sites']);
    expect(await db.get('sites', 'example.com')).toMatchObject({ enabled: false });
    expect(await db.get('meta', 'datasetVersion')).toBe('v1');
    expect(await recordIds(db)).toEqual(['alpha', 'beta', 'gamma']);
    db.close();
  });

  it('keys corrections by page and words', async () => {
    const db = await openBackstoryDb('corrections');
    await db.put('corrections', { page: 'https://a.example/x', key: 'helsinki summit', recordId: 'one', updatedAt: 't' });
    await db.put('corrections', { page: 'https://a.example/x', key: 'helsinki summit', recordId: 'two', updatedAt: 't' });
    expect(await db.getAll('corrections')).toHaveLength(1);
    expect(await db.get('corrections', ['https://a.example/x', 'helsinki summit'])).toMatchObject({ recordId: 'two' });
    db.close();
  });

  it('steps aside when a newer version wants to upgrade', async () => {
    const db = await openBackstoryDb('shared');
    const newer = await openDB('shared', DB_VERSION + 1, {
      blocked: () => {
        throw new Error('the upgrade was blocked');
      },
    });
    expect(newer.version).toBe(DB_VERSION + 1);
    newer.close();
    expect(() => db.transaction('records')).toThrow();
  });
});

describe('seedDataset', () => {
  it('writes every record, then the version', async () => {
    const db = await openBackstoryDb('seed');
    const progress: number[] = [];
    expect(await seedDataset(db, v1, (done) => progress.push(done))).toBe('seeded');
    expect(await recordIds(db)).toEqual(['alpha', 'beta', 'gamma']);
    expect(await db.get('records', 'beta')).toEqual(v1.records[1]);
    expect(await db.get('meta', 'datasetVersion')).toBe('v1');
    expect(progress.at(-1)).toBe(1);
    db.close();
  });

  it('reports progress batch by batch for a large dataset', async () => {
    const db = await openBackstoryDb('large');
    const big = dataset('big', Array.from({ length: 450 }, (_, i) => record({ id: `record-${i}` })));
    const progress: number[] = [];
    await seedDataset(db, big, (done) => progress.push(done));
    expect(progress).toEqual([200 / 450, 400 / 450, 1]);
    expect(await db.count('records')).toBe(450);
    db.close();
  });

  it('is current the second time', async () => {
    const db = await openBackstoryDb('twice');
    expect(await seedDataset(db, v1)).toBe('seeded');
    const progress: number[] = [];
    expect(await seedDataset(db, v1, (done) => progress.push(done))).toBe('current');
    expect(progress).toEqual([]);
    expect(await recordIds(db)).toEqual(['alpha', 'beta', 'gamma']);
    db.close();
  });

  it('is current after the database is opened again', async () => {
    const first = await openBackstoryDb('reopened');
    await seedDataset(first, v1);
    first.close();
    const second = await openBackstoryDb('reopened');
    expect(await seedDataset(second, v1)).toBe('current');
    second.close();
  });

  it('replaces the records with a new version, and keeps the sites', async () => {
    await createVersion1Database('update');
    const db = await openBackstoryDb('update');
    await db.put('settings', { highlightAll: true }, 'user');
    await db.put('corrections', { page: 'https://a.example/x', key: 'sochi', recordId: 'alpha', updatedAt: 't' });

    expect(await seedDataset(db, v2)).toBe('seeded');
    expect(await recordIds(db)).toEqual(['beta', 'delta']);
    expect(await db.get('records', 'alpha')).toBeUndefined();
    expect(await db.get('records', 'gamma')).toBeUndefined();
    expect((await db.get('records', 'beta'))?.summary).toBe('Beta, revised.');
    expect(await db.get('meta', 'datasetVersion')).toBe('v2');

    expect(await db.get('sites', 'example.com')).toEqual({ site: 'example.com', enabled: false, updatedAt: '2019-05-14T00:00:00.000Z' });
    expect(await db.get('settings', 'user')).toEqual({ highlightAll: true });
    expect(await db.getAll('corrections')).toHaveLength(1);
    db.close();
  });

  it('redoes a seed that was cut short (records present, no version)', async () => {
    const db = await openBackstoryDb('interrupted');
    await db.put('records', record({ id: 'alpha', summary: 'Stale.' }));
    await db.put('records', record({ id: 'stale-leftover' }));
    expect(await db.get('meta', 'datasetVersion')).toBeUndefined();

    expect(await seedDataset(db, v1)).toBe('seeded');
    expect(await recordIds(db)).toEqual(['alpha', 'beta', 'gamma']);
    expect(await db.get('records', 'alpha')).toEqual(v1.records[0]);
    expect(await db.get('meta', 'datasetVersion')).toBe('v1');
    expect(await db.get('meta', 'seedingVersion')).toBeUndefined();
    db.close();
  });

  it('redoes from scratch a cut-short seed of another version', async () => {
    const db = await openBackstoryDb('interrupted-other');
    await db.put('meta', 'v0', 'seedingVersion');
    await db.put('records', record({ id: 'stale-leftover' }));
    expect(await seedDataset(db, v1)).toBe('seeded');
    expect(await recordIds(db)).toEqual(['alpha', 'beta', 'gamma']);
    db.close();
  });

  it('resumes a cut-short seed of the same version from the batches already stored', async () => {
    const db = await openBackstoryDb('resume');
    const big = dataset('big', Array.from({ length: 450 }, (_, i) => record({ id: `record-${String(i).padStart(3, '0')}` })));
    // The first batch went in before the seed was cut short.
    await db.put('meta', 'big', 'seedingVersion');
    for (const r of big.records.slice(0, 200)) await db.put('records', r);

    const progress: number[] = [];
    expect(await seedDataset(db, big, (done) => progress.push(done))).toBe('resumed');
    expect(progress).toEqual([400 / 450, 1]);
    expect(await db.count('records')).toBe(450);
    expect(await recordIds(db)).toEqual(big.records.map((r) => r.id));
    expect(await db.get('meta', 'datasetVersion')).toBe('big');
    expect(await db.get('meta', 'seedingVersion')).toBeUndefined();
    expect(await seedDataset(db, big)).toBe('current');
    db.close();
  });

  it('a seed cut short part way through is resumed, and marked as under way until then', async () => {
    const db = await openBackstoryDb('cut-short');
    const big = dataset('big', Array.from({ length: 450 }, (_, i) => record({ id: `record-${String(i).padStart(3, '0')}` })));
    // The worker stops after the first batch: here, the progress callback throws.
    await expect(
      seedDataset(db, big, () => {
        throw new Error('worker stopped');
      }),
    ).rejects.toThrow('worker stopped');
    expect(await db.count('records')).toBe(200);
    expect(await db.get('meta', 'seedingVersion')).toBe('big');
    expect(await db.get('meta', 'datasetVersion')).toBeUndefined();

    const progress: number[] = [];
    expect(await seedDataset(db, big, (done) => progress.push(done))).toBe('resumed');
    expect(progress).toEqual([400 / 450, 1]);
    expect(await recordIds(db)).toEqual(big.records.map((r) => r.id));
    expect(await db.get('meta', 'seedingVersion')).toBeUndefined();
    db.close();
  });

  it('seeds an empty dataset', async () => {
    const db = await openBackstoryDb('empty');
    await seedDataset(db, v1);
    expect(await seedDataset(db, dataset('none', []))).toBe('seeded');
    expect(await db.count('records')).toBe(0);
    expect(await db.get('meta', 'datasetVersion')).toBe('none');
    db.close();
  });
});
