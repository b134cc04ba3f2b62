/** The dataset's record shape: the one schema shared by the build, the loader and the UI. */

export const RECORD_KINDS = ['person', 'organisation', 'place', 'treaty', 'programme', 'event'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** A calendar date at the precision known: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type PartialDate = string;

export interface KeyDate {
  date: PartialDate;
  /** What happened on that date, in a short phrase. */
  label: string;
  /** For treaties and programmes: the standing it had from this date on ("in force", "suspended"). */
  status?: string;
}

export interface Source {
  title: string;
  url: string;
}

/**
 * An alias as written in a source file. A plain string matches case-insensitively, except that an
 * all-capitals alias ("INF", "UN") matches only in capitals. The object form states the case rule,
 * and marks an alias that several records share ("Helsinki summit": 1975, 2018) as ambiguous.
 */
export type AliasSource = string | { text: string; case?: 'exact' | 'name'; ambiguous?: boolean };

/**
 * How to recognise an event that articles describe rather than name ("their talks in the Black Sea
 * resort city of Sochi"), on a page published between `from` and `to` that also names one of the
 * records in `with`: by an exact phrase, or by an anchor and a trigger near each other.
 */
export interface EventCues {
  /** Phrases, matched like aliases, that describe the event. */
  phrases?: string[];
  /**
   * What is particular to the event: where it happened, who or what it struck ("Sochi", "Kerch",
   * "nerve agent"). With `triggers`: an anchor and a trigger in one sentence, a few words apart, in
   * either order, describe the event ("met in Helsinki", "Kerch Strait seizure").
   */
  anchors?: string[];
  /** What happened ("talks", "met", "explosion", "seized"). */
  triggers?: string[];
  /** At least one of these record ids must be mentioned on the page as well. */
  with: string[];
  /** The publication dates, inclusive (YYYY-MM-DD), in which a page could describe it so. */
  from: string;
  to: string;
}

export interface DatasetRecord {
  /** Stable, kebab-case, unique across the dataset. */
  id: string;
  kind: RecordKind;
  /** People only: how news refers to them ("Mr", "Ms"), which tells "Ms Kim" the tour guide from Kim Jong Un. */
  gender?: 'female' | 'male';
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
  /** Events only: how articles describe it without naming it. */
  cues?: EventCues;
}

export interface Dataset {
  version: string;
  records: DatasetRecord[];
}

export const MAX_SUMMARY_LENGTH = 360;
