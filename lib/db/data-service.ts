import type { DataSource, DataStatus } from '../protocol/api';
import type { Dataset, DatasetRecord } from '../dataset/types';
import { describeError } from '../protocol/result';
import type { BackstoryDatabase } from './open-db';
import { DEFAULT_SETTINGS, type UserSettings } from './schema';
import { seedDataset } from './seed';

/** The background's one way to the data: IndexedDB when it works, the bundled copy when not. */
export interface DataService {
  status(): DataStatus;
  /** Resolves once the data can be read, from IndexedDB or, failing that, from memory. */
  ready(): Promise<DataSource>;
  getRecords(ids: readonly string[]): Promise<DatasetRecord[]>;
  getSiteEnabled(site: string): Promise<boolean>;
  setSiteEnabled(site: string, enabled: boolean): Promise<void>;
  getSettings(): Promise<UserSettings>;
  setSettings(change: Partial<UserSettings>): Promise<UserSettings>;
  getCorrections(page: string): Promise<Array<{ key: string; recordId: string }>>;
  setCorrection(page: string, key: string, recordId: string): Promise<void>;
}

/** An open that neither succeeds nor fails (blocked by another connection) counts as failed after this. */
export const OPEN_TIMEOUT_MS = 10_000;

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export function createDataService(
  dataset: Dataset,
  open: () => Promise<BackstoryDatabase>,
  openTimeoutMs = OPEN_TIMEOUT_MS,
): DataService {
  const memoryRecords = new Map(dataset.records.map((r) => [r.id, r]));
  const memorySites = new Map<string, boolean>();
  let memorySettings: UserSettings = DEFAULT_SETTINGS;
  const memoryCorrections = new Map<string, Map<string, string>>();
  let db: BackstoryDatabase | undefined;
  let progress = 0;
  let state: DataStatus['state'] = 'seeding';
  let reason: string | undefined;

  const readyPromise: Promise<DataSource> = (async () => {
    try {
      const opened = await withTimeout(open(), openTimeoutMs, 'Opening the database');
      await seedDataset(opened, dataset, (done) => (progress = done));
      db = opened;
      state = 'ready';
      progress = 1;
      return 'indexeddb' as const;
    } catch (error) {
      // Private browsing, a full disk or a corrupt database: serve the bundled copy instead.
      reason = describeError(error);
      console.warn(`Backstory: IndexedDB unavailable, serving the bundled data from memory: ${reason}`);
      state = 'unavailable';
      progress = 1;
      return 'memory' as const;
    }
  })();

  return {
    status: () => ({
      state,
      source: db ? 'indexeddb' : 'memory',
      version: dataset.version,
      records: dataset.records.length,
      progress,
      ...(reason ? { reason } : {}),
    }),
    ready: () => readyPromise,
    async getRecords(ids) {
      await readyPromise;
      if (!db) return ids.flatMap((id) => memoryRecords.get(id) ?? []);
      const tx = db.transaction('records');
      const found = await Promise.all(ids.map((id) => tx.store.get(id)));
      return found.filter((r): r is DatasetRecord => r !== undefined);
    },
    async getSiteEnabled(site) {
      await readyPromise;
      if (!db) return memorySites.get(site) ?? true;
      return (await db.get('sites', site))?.enabled ?? true;
    },
    async setSiteEnabled(site, enabled) {
      await readyPromise;
      if (!db) return void memorySites.set(site, enabled);
      await db.put('sites', { site, enabled, updatedAt: new Date().toISOString() });
    },
    async getSettings() {
      await readyPromise;
      const stored = db ? await db.get('settings', 'user') : memorySettings;
      return { ...DEFAULT_SETTINGS, ...stored };
    },
    async setSettings(change) {
      const next = { ...(await this.getSettings()), ...change };
      if (db) await db.put('settings', next, 'user');
      else memorySettings = next;
      return next;
    },
    async getCorrections(page) {
      await readyPromise;
      if (!db) return [...(memoryCorrections.get(page) ?? [])].map(([key, recordId]) => ({ key, recordId }));
      const all = await db.getAll('corrections', IDBKeyRange.bound([page, ''], [page, '\uffff']));
      return all.map(({ key, recordId }) => ({ key, recordId }));
    },
    async setCorrection(page, key, recordId) {
      await readyPromise;
      if (!db) {
        const forPage = memoryCorrections.get(page) ?? new Map<string, string>();
        forPage.set(key, recordId);
        return void memoryCorrections.set(page, forPage);
      }
      await db.put('corrections', { page, key, recordId, updatedAt: new Date().toISOString() });
    },
  };
}
