import { describe, expect, it } from 'vitest';
import type { Segment } from '../../lib/content/page-model';
import { paintItems } from '../../lib/content/paint-plan';
import type { ResolvedMention } from '../../lib/match/resolve';
import type { TextIndex } from '../../lib/dom/text-index';

const index: TextIndex = { text: '', nodes: [], starts: [], shadowRoots: [] };
const mention = (start: number, recordId: string, confidence = 1): ResolvedMention => ({
  start,
  end: start + 3,
  text: 'abc',
  recordId,
  alternatives: [],
  confidence,
  via: 'alias',
  key: recordId,
});
const segment = (id: number, mentions: ResolvedMention[]): Segment => ({ id, unit: {} as Node, index, found: { text: '', named: [], cues: [], sure: new Set() }, contextual: false, mentions });

const page = [
  segment(0, [mention(0, 'putin'), mention(10, 'nato')]),
  segment(1, [mention(0, 'putin'), mention(5, 'sochi', 0.4)]),
  segment(2, [mention(0, 'nato'), mention(8, 'lavrov')]),
];
const keys = (from: number, to: number, all: boolean) => paintItems(page, from, to, { all, threshold: 0.6 }).map((i) => i.key);

describe('paintItems', () => {
  it('paints the first confident mention of each record in the whole page', () => {
    expect(keys(0, 3, false)).toEqual(['0:0', '0:10', '2:8']);
  });

  it('paints only the segments in view, judging "first" over the whole page', () => {
    expect(keys(1, 3, false)).toEqual(['2:8']);
    expect(keys(2, 3, false)).toEqual(['2:8']);
  });

  it('paints every confident mention in view when asked to', () => {
    expect(keys(1, 3, true)).toEqual(['1:0', '2:0', '2:8']);
  });

  it('paints nothing outside the page', () => {
    expect(keys(3, 9, false)).toEqual([]);
  });
});
