import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDataService, OPEN_TIMEOUT_MS } from '../../lib/db/data-service';
import { openBackstoryDb } from '../../lib/db/open-db';
import { DEFAULT_SETTINGS } from '../../lib/db/schema';
import { dataset, record } from './support/records';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

afterEach(() => {
  vi.useRealTimers();
});

const data = dataset('v1', [
  record({ id: 'alpha' }),
  record({ id: 'beta', related: ['alpha'] }),
  record({ id: 'gamma' }),
]);

const PAGE = 'https://news.example/story';

/** The behaviour every data service has, whichever store is behind it. */
function behavesLikeAStore(make: () => ReturnType<typeof createDataService>) {
  it('answers records by id, in the order asked, skipping unknown ids', async () => {
    const service = make();
    expect((await service.getRecords(['gamma', 'nope', 'alpha'])).map((r) => r.id)).toEqual(['gamma', 'alpha']);
    expect(await service.getRecords(['beta'])).toEqual([data.records[1]]);
    expect(await service.getRecords([])).toEqual([]);
  });

  it('has every site enabled until switched off, and remembers the switch', async () => {
    const service = make();
    expect(await service.getSiteEnabled('example.com')).toBe(true);
    await service.setSiteEnabled('example.com', false);
    expect(await service.getSiteEnabled('example.com')).toBe(false);
    expect(await service.getSiteEnabled('other.example')).toBe(true);
    await service.setSiteEnabled('example.com', true);
    expect(await service.getSiteEnabled('example.com')).toBe(true);
  });

  it('has the default settings until changed, and merges a change', async () => {
    const service = make();
    expect(await service.getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await service.setSettings({ highlightAll: true })).toEqual({ highlightAll: true });
    expect(await service.getSettings()).toEqual({ highlightAll: true });
    expect(await service.setSettings({})).toEqual({ highlightAll: true });
    expect(DEFAULT_SETTINGS).toEqual({ highlightAll: false });
  });

  it('keeps corrections per page, the latest choice for each key', async () => {
    const service = make();
    expect(await service.getCorrections(PAGE)).toEqual([]);
    await service.setCorrection(PAGE, 'helsinki summit', 'summit-1975');
    await service.setCorrection(PAGE, 'helsinki summit', 'summit-2018');
    await service.setCorrection(PAGE, 'sochi', 'sochi-city');
    await service.setCorrection(`${PAGE}-two`, 'sochi', 'sochi-talks');
    const sorted = (list: Array<{ key: string; recordId: string }>) => [...list].sort((a, b) => a.key.localeCompare(b.key));
    expect(sorted(await service.getCorrections(PAGE))).toEqual([
      { key: 'helsinki summit', recordId: 'summit-2018' },
      { key: 'sochi', recordId: 'sochi-city' },
    ]);
    expect(await service.getCorrections(`${PAGE}-two`)).toEqual([{ key: 'sochi', recordId: 'sochi-talks' }]);
    expect(await service.getCorrections('https://elsewhere.example/')).toEqual([]);
  });
}

describe('createDataService with IndexedDB', () => {
  let counter = 0;
  const make = () => createDataService(data, () => openBackstoryDb(`service-${++counter}`));

  it('is seeding at first, then ready from IndexedDB', async () => {
    const service = make();
    expect(service.status()).toMatchObject({ state: 'seeding', source: 'memory', version: 'v1', records: 3, progress: 0 });
    expect(await service.ready()).toBe('indexeddb');
    expect(service.status()).toEqual({ state: 'ready', source: 'indexeddb', version: 'v1', records: 3, progress: 1 });
  });

  it('seeds the database it opens', async () => {
    const service = createDataService(data, () => openBackstoryDb('seeded-by-service'));
    await service.ready();
    const db = await openBackstoryDb('seeded-by-service');
    expect((await db.getAllKeys('records')).sort()).toEqual(['alpha', 'beta', 'gamma']);
    expect(await db.get('meta', 'datasetVersion')).toBe('v1');
    db.close();
  });

  it('keeps user data in the database across restarts and dataset updates', async () => {
    const first = createDataService(data, () => openBackstoryDb('restart'));
    await first.setSiteEnabled('example.com', false);
    await first.setSettings({ highlightAll: true });
    await first.setCorrection(PAGE, 'sochi', 'gamma');

    const updated = dataset('v2', [record({ id: 'delta' })]);
    const second = createDataService(updated, () => openBackstoryDb('restart'));
    expect(await second.ready()).toBe('indexeddb');
    expect(await second.getRecords(['alpha', 'delta'])).toEqual([updated.records[0]]);
    expect(await second.getSiteEnabled('example.com')).toBe(false);
    expect(await second.getSettings()).toEqual({ highlightAll: true });
    expect(await second.getCorrections(PAGE)).toEqual([{ key: 'sochi', recordId: 'gamma' }]);
  });

  behavesLikeAStore(make);
});

describe('createDataService falling back to memory', () => {
  const make = () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    return createDataService(data, () => Promise.reject(new Error('IndexedDB is disabled in private browsing')));
  };

  it('reports the memory source and why', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const service = createDataService(data, () => Promise.reject(new Error('IndexedDB is disabled in private browsing')));
    expect(await service.ready()).toBe('memory');
    expect(service.status()).toEqual({
      state: 'unavailable',
      source: 'memory',
      version: 'v1',
      records: 3,
      progress: 1,
      reason: 'IndexedDB is disabled in private browsing',
    });
    expect(warn).toHaveBeenCalledOnce();
  });

  it('also falls back when the database opens but cannot be seeded', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const service = createDataService(data, async () => {
      const db = await openBackstoryDb('closed');
      db.close();
      return db;
    });
    expect(await service.ready()).toBe('memory');
    expect(service.status()).toMatchObject({ state: 'unavailable', source: 'memory' });
    expect(service.status().reason).toEqual(expect.any(String));
    expect(await service.getRecords(['alpha'])).toEqual([data.records[0]]);
  });

  it('accepts a rejection that is not an Error', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const service = createDataService(data, () => Promise.reject('quota exceeded'));
    await service.ready();
    expect(service.status().reason).toBe('quota exceeded');
  });

  behavesLikeAStore(make);
});

describe('createDataService when opening never finishes', () => {
  it('falls back to memory once the open timeout passes', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const service = createDataService(data, () => new Promise(() => undefined));
    await vi.advanceTimersByTimeAsync(OPEN_TIMEOUT_MS - 1);
    expect(service.status()).toMatchObject({ state: 'seeding', progress: 0 });
    await vi.advanceTimersByTimeAsync(1);
    expect(await service.ready()).toBe('memory');
    expect(service.status()).toMatchObject({
      state: 'unavailable',
      source: 'memory',
      reason: `Opening the database did not finish within ${OPEN_TIMEOUT_MS / 1000} s`,
    });
    expect(await service.getRecords(['alpha'])).toEqual([data.records[0]]);
  });

  it('falls back to memory when an older connection blocks the upgrade', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    // An old page of the extension holds version 1 open and ignores requests to close it.
    const old = await openDB('blocked', 1, { upgrade: (db) => void db.createObjectStore('records', { keyPath: 'id' }) });
    const service = createDataService(data, () => openBackstoryDb('blocked'), 1000);
    await vi.advanceTimersByTimeAsync(1000);
    expect(await service.ready()).toBe('memory');
    expect(service.status().reason).toBe('Opening the database did not finish within 1 s');
    await service.setSiteEnabled('example.com', false);
    expect(await service.getSiteEnabled('example.com')).toBe(false);
    old.close();
  });

  it('uses IndexedDB when it opens within the timeout', async () => {
    const service = createDataService(data, () => openBackstoryDb('in-time'), 60_000);
    expect(await service.ready()).toBe('indexeddb');
  });
});
