import type { AliasSource, Dataset, DatasetRecord } from '../../../lib/dataset/types';
import { buildAliasTable } from '../../../lib/match/alias-table';
import { createMatcher, type Matcher } from '../../../lib/match/matcher';

/** "treaty-of-x" → "Treaty Of X": a distinct, valid display name for every id. */
function nameFromId(id: string): string {
  return id
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

/**
 * A valid DatasetRecord: a person with one key date and one source, no aliases and no relations.
 * The name defaults to a title-cased form of the id, so records built with different ids never
 * share an alias by accident.
 */
export function record(overrides: Partial<DatasetRecord> = {}): DatasetRecord {
  const id = overrides.id ?? 'test-record';
  const kind = overrides.kind ?? 'person';
  return {
    id,
    ...(kind === 'person' ? { gender: 'male' as const } : {}),
    kind: 'person',
    name: nameFromId(id),
    aliases: [],
    summary: `A short summary of ${id}, in our own words.`,
    dates: [{ date: '2019-05-14', label: 'Something happened' }],
    related: [],
    sources: [{ title: `${id} – Encyclopedia`, url: `https://example.org/wiki/${id}` }],
    ...overrides,
  };
}

/** A dataset of the given records. */
export function dataset(version: string, records: DatasetRecord[]): Dataset {
  return { version, records };
}

/**
 * A matcher for the given aliases. Each alias is its own record (`r0`, `r1`, …) unless written
 * `[id, alias]`; aliases given with the same id belong to one record.
 */
export function matcherFor(aliases: ReadonlyArray<AliasSource | [string, AliasSource]>): Matcher {
  const byId = new Map<string, DatasetRecord>();
  aliases.forEach((entry, i) => {
    const [id, alias] = Array.isArray(entry) ? entry : [`r${i}`, entry];
    const existing = byId.get(id);
    if (existing) existing.aliases.push(alias);
    // The name is matched too, so it is one no test text contains.
    else byId.set(id, record({ id, name: `Record ${id}`, aliases: [alias] }));
  });
  return createMatcher(buildAliasTable('test', [...byId.values()]));
}
