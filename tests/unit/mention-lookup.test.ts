import { describe, expect, it } from 'vitest';
import type { Mention } from '../../lib/match/matcher';
import { mentionsAtOffset, mentionsToPaint } from '../../lib/match/mention-lookup';

const mention = (start: number, end: number, recordIds: string[] = ['x']): Mention => ({
  start,
  end,
  text: 'x'.repeat(end - start),
  recordIds,
  key: 'x',
});

describe('mentionsAtOffset', () => {
  const mentions = [mention(2, 5), mention(10, 15), mention(15, 18), mention(30, 31)];

  it('finds the mention a caret is inside, or at the start or end of', () => {
    expect(mentionsAtOffset(mentions, 2)).toEqual([0]);
    expect(mentionsAtOffset(mentions, 3)).toEqual([0]);
    expect(mentionsAtOffset(mentions, 5)).toEqual([0]);
    expect(mentionsAtOffset(mentions, 12)).toEqual([1]);
    expect(mentionsAtOffset(mentions, 31)).toEqual([3]);
  });

  it('finds both adjacent mentions at the caret between them, the one starting there first', () => {
    expect(mentionsAtOffset(mentions, 15)).toEqual([2, 1]);
  });

  it('finds nothing outside every mention', () => {
    for (const offset of [0, 1, 6, 9, 19, 29, 32, 1000]) expect(mentionsAtOffset(mentions, offset)).toEqual([]);
    expect(mentionsAtOffset([], 0)).toEqual([]);
  });

  it('agrees with a linear search at every offset', () => {
    for (let offset = 0; offset <= 35; offset++) {
      const linear = mentions.flatMap((m, i) => (m.start <= offset && offset <= m.end ? [i] : [])).reverse();
      expect(mentionsAtOffset(mentions, offset)).toEqual(linear);
    }
  });
});

describe('mentionsToPaint', () => {
  const m = (recordId: string, confidence = 1) => ({ recordId, confidence });
  const mentions = [m('a'), m('b', 0.4), m('a'), m('c', 0.6), m('b', 0.9), m('c')];

  it('by default paints the first confident mention of each record', () => {
    expect(mentionsToPaint(mentions, false, 0.6)).toEqual([0, 3, 4]);
  });

  it('paints every confident mention when asked for all', () => {
    expect(mentionsToPaint(mentions, true, 0.6)).toEqual([0, 2, 3, 4, 5]);
  });

  it('a mention below the threshold does not use up its record', () => {
    expect(mentionsToPaint([m('x', 0.1), m('x', 0.7)], false, 0.6)).toEqual([1]);
  });

  it('paints nothing of nothing', () => {
    expect(mentionsToPaint([], false, 0.6)).toEqual([]);
    expect(mentionsToPaint([], true, 0.6)).toEqual([]);
  });
});
