import { describe, expect, it } from 'vitest';
import { reportMentions, summarisePage } from '../../lib/content/page-summary';
import type { ResolvedMention } from '../../lib/match/resolve';
import type { RecordCard } from '../../lib/protocol/api';
import { record } from './support/records';

let position = 0;
function mention(recordId: string, text: string, extra: Partial<ResolvedMention> = {}): ResolvedMention {
  const start = position;
  position += text.length + 1;
  return { start, end: start + text.length, text, recordId, alternatives: [], confidence: 1, via: 'alias', key: text.toLowerCase(), ...extra };
}

const card = (id: string, name: string): [string, RecordCard] => [id, { record: record({ id, name }), related: [] }];

describe('summarisePage', () => {
  it('counts every mention, and each record once, in page order', () => {
    const mentions = [
      mention('sergey-lavrov', 'Lavrov'),
      mention('sochi', 'Sochi'),
      mention('sergey-lavrov', 'Sergei Lavrov'),
      mention('inf-treaty', 'INF'),
      mention('sergey-lavrov', 'LAVROV'),
    ];
    const cards = new Map([card('sergey-lavrov', 'Sergey Lavrov'), card('inf-treaty', 'INF Treaty')]);
    expect(summarisePage(mentions, cards)).toEqual({
      total: 5,
      mentions: [
        { recordId: 'sergey-lavrov', name: 'Sergey Lavrov', count: 3 },
        // No card yet: the page's own words stand in for the name.
        { recordId: 'sochi', name: 'Sochi', count: 1 },
        { recordId: 'inf-treaty', name: 'INF Treaty', count: 1 },
      ],
    });
  });

  it('is empty for a page without mentions', () => {
    expect(summarisePage([], new Map())).toEqual({ total: 0, mentions: [] });
  });
});

describe('reportMentions', () => {
  it('reports every mention in reading order, with whether it is painted', () => {
    const text = 'At the Helsinki summit, and later their talks in Sochi.';
    const at = (words: string, recordId: string, extra: Partial<ResolvedMention> = {}): ResolvedMention => {
      const start = text.indexOf(words);
      return { start, end: start + words.length, text: words, recordId, alternatives: [], confidence: 1, via: 'alias', key: words.toLowerCase(), ...extra };
    };
    const mentions = [
      { mention: at('Helsinki summit', 'helsinki-summit-2018', { alternatives: ['helsinki-accords-1975'], confidence: 0.7 }), text },
      { mention: at('their talks in Sochi', 'sochi-talks-2019', { via: 'cue', confidence: 0.8 }), text },
    ];
    const reports = reportMentions(mentions, new Set([1]));
    expect(reports).toEqual([
      expect.objectContaining({
        text: 'Helsinki summit',
        recordId: 'helsinki-summit-2018',
        alternatives: ['helsinki-accords-1975'],
        confidence: 0.7,
        via: 'alias',
        position: 0,
        painted: false,
      }),
      expect.objectContaining({ text: 'their talks in Sochi', recordId: 'sochi-talks-2019', alternatives: [], confidence: 0.8, via: 'cue', position: 1, painted: true }),
    ]);
    expect(reportMentions([], new Set())).toEqual([]);
  });

  it('gives some words of context either side, readable', () => {
    const text = `First block${'\u0000'}Then   Sergei\nLavrov said, at length, a great many things about the treaty`;
    const start = text.indexOf('Sergei');
    const mention: ResolvedMention = { start, end: start + 13, text: 'Sergei\nLavrov', recordId: 'sergey-lavrov', alternatives: [], confidence: 1, via: 'alias', key: 'sergei lavrov' };
    const [report] = reportMentions([{ mention, text }], new Set([0]));
    expect(report!.before).toBe('First block Then ');
    expect(report!.after).toBe(' said, at length, a great many');
    expect(report!.after).toHaveLength(30);
  });

  it('gives plain data that survives a message', () => {
    const m = mention('sochi', 'Sochi');
    const reports = reportMentions([{ mention: m, text: 'Sochi' }], new Set([0]));
    expect(structuredClone(reports)).toEqual(reports);
    expect(reports[0]).toMatchObject({ before: '', after: '' });
  });
});
