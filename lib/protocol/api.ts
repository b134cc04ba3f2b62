import type { DatasetRecord, PartialDate, RecordKind } from '../dataset/types';

/** Where the answer's data came from; `memory` means IndexedDB could not be used. */
export type DataSource = 'indexeddb' | 'memory';
export type DataState = 'ready' | 'seeding' | 'unavailable';

export interface RelatedRef {
  id: string;
  name: string;
  kind: RecordKind;
  start?: PartialDate;
}

/** A record with its relations resolved to names, as the popover shows it. */
export interface RecordCard {
  record: DatasetRecord;
  related: RelatedRef[];
}

export interface TimelineEntry {
  id: string;
  name: string;
  kind: RecordKind;
  start: PartialDate;
  end?: PartialDate;
  summary: string;
  /** True if the page names it; false if it is there because a mentioned record relates to it. */
  mentioned: boolean;
  /** Names of the mentioned records that lead to it. */
  via: string[];
}

export interface DataStatus {
  state: DataState;
  source: DataSource;
  version: string;
  records: number;
  /** Seeding progress, 0 to 1. */
  progress: number;
  /** Why IndexedDB is not in use, when it is not. */
  reason?: string;
}

export interface PageMention {
  recordId: string;
  name: string;
  count: number;
}

/** What the content script found on its page. */
export interface PageState {
  url: string;
  site: string;
  enabled: boolean;
  publishedAt?: string;
  total: number;
  mentions: PageMention[];
}

/** What the "About the data" page shows. */
export interface DatasetSummary {
  version: string;
  records: number;
  byKind: Array<{ kind: RecordKind; count: number }>;
  /** Where the facts come from: source sites with how many records cite them, most cited first. */
  sources: Array<{ site: string; records: number }>;
  earliest?: PartialDate;
  latest?: PartialDate;
}

export interface UserSettingsView {
  highlightAll: boolean;
}

/** One mention as found on a page: the documented way for the sidebar and tests to read results. */
export interface MentionReport {
  /** The page's own words. */
  text: string;
  recordId: string;
  /** Other records the words may mean, most likely first. */
  alternatives: string[];
  /** 0 to 1. */
  confidence: number;
  via: 'alias' | 'cue';
  /** Its place among the page's mentions, in reading order, from 0. */
  position: number;
  painted: boolean;
  /** A little of the text on either side, to tell one occurrence from another. */
  before: string;
  after: string;
}

/** Requests the background answers: from the content script, the popup and the sidebar. */
export interface BackgroundApi {
  'site/get': { request: { site: string }; response: { enabled: boolean } };
  'site/set': { request: { site: string; enabled: boolean }; response: { enabled: boolean } };
  'records/get': { request: { ids: string[] }; response: { cards: RecordCard[]; source: DataSource } };
  'timeline/get': { request: { ids: string[] }; response: { entries: TimelineEntry[]; source: DataSource } };
  'sidebar/open': { request: Record<string, never>; response: { opened: boolean } };
  'data/status': { request: Record<string, never>; response: DataStatus };
  'data/about': { request: Record<string, never>; response: DatasetSummary };
  'settings/get': { request: Record<string, never>; response: UserSettingsView };
  'settings/set': { request: { highlightAll: boolean }; response: UserSettingsView };
  'corrections/get': { request: { page: string }; response: { corrections: Array<{ key: string; recordId: string }> } };
  'corrections/set': { request: { page: string; key: string; recordId: string }; response: { saved: boolean } };
}

/** Requests a tab's content script answers: from the popup, the sidebar and the background. */
export interface ContentApi {
  'page/state': { request: Record<string, never>; response: PageState };
  'page/site-changed': { request: { site: string; enabled: boolean }; response: { applied: boolean } };
  'page/settings-changed': { request: { highlightAll: boolean }; response: { applied: boolean } };
  /** `scanned` is false until the first scan of the page is done and its records are fetched. */
  'page/mentions': { request: Record<string, never>; response: { scanned: boolean; mentions: MentionReport[] } };
}

/** A notice with no answer: the content script tells extension pages that its findings changed. */
export interface PageChangedNotice {
  backstory: 1;
  type: 'page/changed';
  payload: { site: string };
}

export type BackgroundType = keyof BackgroundApi;
export type ContentType = keyof ContentApi;

export interface Envelope<Type extends string, Payload> {
  backstory: 1;
  type: Type;
  payload: Payload;
}

export type BackgroundMessage = { [K in BackgroundType]: Envelope<K, BackgroundApi[K]['request']> }[BackgroundType];
export type ContentMessage = { [K in ContentType]: Envelope<K, ContentApi[K]['request']> }[ContentType];
