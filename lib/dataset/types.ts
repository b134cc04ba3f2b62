/** The dataset's record shape: the one schema shared by the build, the loader and the UI. */

export const RECORD_KINDS = ['person', 'organisation', 'place', 'treaty', 'programme', 'event'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** A calendar date at the precision known: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type PartialDate = string;

export interface KeyDate {
  date: PartialDate;
  /** What happened on that date, in a short phrase. */
  label: string;
}

export interface Source {
  title: string;
  url: string;
}

/**
 * An alias as written in a source file. A plain string matches case-insensitively, except that an
 * all-capitals alias ("INF", "UN") matches only in capitals. The object form states the case rule.
 */
export type AliasSource = string | { text: string; case: 'exact' | 'name' };

export interface DatasetRecord {
  /** Stable, kebab-case, unique across the dataset. */
  id: string;
  kind: RecordKind;
  /** Display name; also matched as an alias. */
  name: string;
  aliases: AliasSource[];
  /** Our own words, at most MAX_SUMMARY_LENGTH characters. */
  summary: string;
  /** Events and treaties: when it began or was signed. People: birth. Organisations, programmes: founding or start. */
  start?: PartialDate;
  /** When it ended, where it has. */
  end?: PartialDate;
  /** The key dates shown to the reader, at least one. */
  dates: KeyDate[];
  /** Ids of related records. */
  related: string[];
  /** At least one: an encyclopedia article or a primary text. */
  sources: Source[];
}

export interface Dataset {
  version: string;
  records: DatasetRecord[];
}

export const MAX_SUMMARY_LENGTH = 360;
