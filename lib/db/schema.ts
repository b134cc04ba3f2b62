import type { DBSchema } from 'idb';
import type { DatasetRecord } from '../dataset/types';

export const DB_NAME = 'backstory';
export const DB_VERSION = 1;

/** A reader's choice for one site; user data, which a dataset update never touches. */
export interface SiteChoice {
  site: string;
  enabled: boolean;
  updatedAt: string;
}

export interface BackstoryDB extends DBSchema {
  /** Replaced wholesale when the bundled dataset changes. */
  records: { key: string; value: DatasetRecord };
  /** `datasetVersion` is written last, once every record of that version is stored. */
  meta: { key: string; value: string };
  sites: { key: string; value: SiteChoice };
}
