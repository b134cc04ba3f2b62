import { describe, expect, it } from 'vitest';
import { buildTimeline, relatedIdsOf, toRelatedRef } from '../../lib/timeline/build-timeline';
import { record } from './support/records';

const event = (id: string, start: string | undefined, extra: Parameters<typeof record>[0] = {}) =>
  record({ id, kind: 'event', ...(start ? { start } : {}), ...extra });

describe('buildTimeline', () => {
  it('lists the events a page names, oldest first', () => {
    const entries = buildTimeline([event('b-event', '2019-05-14'), event('a-event', '2018-07-16')], []);
    expect(entries.map((e) => e.id)).toEqual(['a-event', 'b-event']);
    expect(entries[0]).toEqual({
      id: 'a-event',
      name: 'A Event',
      kind: 'event',
      start: '2018-07-16',
      summary: record({ id: 'a-event' }).summary,
      mentioned: true,
      via: [],
    });
  });

  it('adds the events related to the records a page names, with the names that lead to them', () => {
    const lavrov = record({ id: 'sergey-lavrov', name: 'Sergey Lavrov', related: ['sochi-talks', 'sochi', 'nowhere'] });
    const pompeo = record({ id: 'mike-pompeo', name: 'Mike Pompeo', related: ['sochi-talks'] });
    const talks = event('sochi-talks', '2019-05-14');
    const sochi = record({ id: 'sochi', kind: 'place' });
    const entries = buildTimeline([lavrov, pompeo], [talks, sochi]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ id: 'sochi-talks', mentioned: false, via: ['Sergey Lavrov', 'Mike Pompeo'] });
  });

  it('leaves out records that are not events, and events without a start', () => {
    const treaty = record({ id: 'inf-treaty', kind: 'treaty', start: '1987-12-08', related: ['undated'] });
    expect(buildTimeline([treaty, event('undated', undefined)], [])).toEqual([]);
    expect(buildTimeline([treaty], [event('undated', undefined)])).toEqual([]);
  });

  it('marks an event both named and related as named, without a via', () => {
    const war = event('syrian-war', '2011-03-15');
    const syria = record({ id: 'syria', kind: 'place', related: ['syrian-war'] });
    const entries = buildTimeline([syria, war], [war]);
    expect(entries).toEqual([expect.objectContaining({ id: 'syrian-war', mentioned: true, via: [] })]);
  });

  it('keeps the end date when there is one', () => {
    const [entry] = buildTimeline([event('crimea', '2014-02-20', { end: '2014-03-26' })], []);
    expect(entry).toMatchObject({ start: '2014-02-20', end: '2014-03-26' });
    const [open] = buildTimeline([event('war', '2014-04')], []);
    expect(open).not.toHaveProperty('end');
  });

  it('orders by start, then end, then name; a coarser date first', () => {
    const entries = buildTimeline(
      [
        event('b-long', '2019-05', { end: '2019-12' }),
        event('a-short', '2019-05', { end: '2019-06' }),
        event('day', '2019-05-01'),
        event('year', '2019'),
        event('zeta', '2018'),
        event('alpha', '2018'),
      ],
      [],
    );
    expect(entries.map((e) => e.id)).toEqual(['alpha', 'zeta', 'year', 'a-short', 'b-long', 'day']);
  });

  it('is empty for nothing', () => {
    expect(buildTimeline([], [])).toEqual([]);
  });
});

describe('relatedIdsOf', () => {
  it('lists each related id once, leaving out the records themselves', () => {
    const a = record({ id: 'a', related: ['b', 'c', 'd'] });
    const b = record({ id: 'b', related: ['a', 'd', 'e'] });
    expect(relatedIdsOf([a, b])).toEqual(['c', 'd', 'e']);
    expect(relatedIdsOf([])).toEqual([]);
  });
});

describe('toRelatedRef', () => {
  it('keeps id, name, kind and start', () => {
    expect(toRelatedRef(record({ id: 'inf-treaty', name: 'INF Treaty', kind: 'treaty', start: '1987-12-08' }))).toEqual({
      id: 'inf-treaty',
      name: 'INF Treaty',
      kind: 'treaty',
      start: '1987-12-08',
    });
    expect(toRelatedRef(record({ id: 'sochi', kind: 'place' }))).toEqual({ id: 'sochi', name: 'Sochi', kind: 'place' });
  });
});
