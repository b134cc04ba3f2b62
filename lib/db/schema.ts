import type { DBSchema } from 'idb';
import type { DatasetRecord } from '../dataset/types';

export const DB_NAME = 'backstory';
export const DB_VERSION = 2;

/** A reader's choice for one site; user data, which a dataset update never touches. */
export interface SiteChoice {
  site: string;
  enabled: boolean;
  updatedAt: string;
}

/** The reader's preferences; user data. */
export interface UserSettings {
  /** Paint every mention, not just the first of each subject. */
  highlightAll: boolean;
}

export const DEFAULT_SETTINGS: UserSettings = { highlightAll: false };

/** "Not this?": the record a reader chose for some words on one page; user data. */
export interface Correction {
  page: string;
  key: string;
  recordId: string;
  updatedAt: string;
}

export interface BackstoryDB extends DBSchema {
  /** Replaced wholesale when the bundled dataset changes. */
  records: { key: string; value: DatasetRecord };
  /** `datasetVersion` is written last, once every record of that version is stored. */
  meta: { key: string; value: string };
  sites: { key: string; value: SiteChoice };
  /** Since version 2. */
  settings: { key: string; value: UserSettings };
  /** Since version 2. */
  corrections: { key: [string, string]; value: Correction };
}
