import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, DB_VERSION, type BackstoryDB } from './schema';

export type BackstoryDatabase = IDBPDatabase<BackstoryDB>;

/**
 * Opens the database, upgrading step by step from whatever version is on disk, so that every
 * older install reaches the current schema with its user data intact.
 */
export async function openBackstoryDb(name = DB_NAME): Promise<BackstoryDatabase> {
  const db: BackstoryDatabase = await openDB<BackstoryDB>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('records', { keyPath: 'id' });
        db.createObjectStore('meta');
        db.createObjectStore('sites', { keyPath: 'site' });
      }
      if (oldVersion < 2) {
        db.createObjectStore('settings');
        db.createObjectStore('corrections', { keyPath: ['page', 'key'] });
      }
    },
    // A newer version of the extension wants to upgrade: step aside rather than block it.
    blocking: () => db.close(),
  });
  return db;
}
