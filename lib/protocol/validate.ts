import type { BackgroundApi, ContentApi } from './api';

/** A payload check: the reason it is malformed, or null when it is well formed. */
export type PayloadCheck = (payload: Record<string, unknown>) => string | null;

const MAX_IDS = 10_000;

const site: PayloadCheck = (p) =>
  typeof p.site === 'string' && p.site.length > 0 && p.site.length <= 253 ? null : 'site must be a host name';

const siteAndSwitch: PayloadCheck = (p) => site(p) ?? (typeof p.enabled === 'boolean' ? null : 'enabled must be a boolean');

const ids: PayloadCheck = (p) =>
  Array.isArray(p.ids) && p.ids.length <= MAX_IDS && p.ids.every((id) => typeof id === 'string' && id.length <= 200)
    ? null
    : `ids must be an array of at most ${MAX_IDS} record ids`;

const empty: PayloadCheck = () => null;

const short = (v: unknown, max = 2048) => typeof v === 'string' && v.length > 0 && v.length <= max;
const switchAll: PayloadCheck = (p) => (typeof p.highlightAll === 'boolean' ? null : 'highlightAll must be a boolean');
const page: PayloadCheck = (p) => (short(p.page) ? null : 'page must be a URL');
const correction: PayloadCheck = (p) =>
  page(p) ?? (short(p.key, 300) && short(p.recordId, 200) ? null : 'key and recordId must be short strings');

export const backgroundChecks: { [K in keyof BackgroundApi]: PayloadCheck } = {
  'site/get': site,
  'site/set': siteAndSwitch,
  'records/get': ids,
  'timeline/get': ids,
  'sidebar/open': empty,
  'data/status': empty,
  'data/about': empty,
  'settings/get': empty,
  'settings/set': switchAll,
  'corrections/get': page,
  'corrections/set': correction,
};

export const contentChecks: { [K in keyof ContentApi]: PayloadCheck } = {
  'page/state': empty,
  'page/site-changed': siteAndSwitch,
  'page/settings-changed': switchAll,
  'page/mentions': empty,
};

export type Parsed<Type extends string> =
  | { kind: 'stray' }
  | { kind: 'invalid'; reason: string }
  | { kind: 'valid'; type: Type; payload: Record<string, unknown> };

/**
 * Sorts a received message into ours and well formed, ours and malformed, or not ours at all
 * (other extensions and pages send stray messages; those are ignored, never answered).
 */
export function parseMessage<Type extends string>(raw: unknown, checks: Record<Type, PayloadCheck>): Parsed<Type> {
  if (typeof raw !== 'object' || raw === null || (raw as { backstory?: unknown }).backstory !== 1) return { kind: 'stray' };
  const { type, payload } = raw as { type?: unknown; payload?: unknown };
  if (typeof type !== 'string' || !Object.hasOwn(checks, type)) return { kind: 'stray' };
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    return { kind: 'invalid', reason: `${type}: payload must be an object` };
  }
  const reason = checks[type as Type](payload as Record<string, unknown>);
  if (reason) return { kind: 'invalid', reason: `${type}: ${reason}` };
  return { kind: 'valid', type: type as Type, payload: payload as Record<string, unknown> };
}
