import { describe, expect, it } from 'vitest';
import type { CueRule } from '../../lib/match/alias-table';
import { joinSameEvent } from '../../lib/match/choose-cues';
import type { FoundCue } from '../../lib/match/pinned-cues';

const rule = (recordId: string): CueRule => ({ recordId, with: [], from: '2017-09-03', to: '2020-12-31' });
function cueOf(text: string, words: string, recordId: string): FoundCue {
  const start = text.indexOf(words);
  return { start, end: start + words.length, text: words, recordIds: [recordId], key: words, cue: rule(recordId) };
}

describe('descriptions of one event side by side', () => {
  const text = 'It carried out its sixth and most powerful nuclear test, and sixth and last tests';

  it('are one mention where only "and" parts them', () => {
    const joined = joinSameEvent([cueOf(text, 'carried out its sixth', 'test'), cueOf(text, 'most powerful nuclear test', 'test')], text);
    expect(joined.map((c) => c.text)).toEqual(['carried out its sixth and most powerful nuclear test']);
  });

  it('stay apart across more than "and", or for two events', () => {
    expect(joinSameEvent([cueOf(text, 'nuclear test', 'test'), cueOf(text, 'sixth and last', 'test')], text)).toHaveLength(2);
    expect(joinSameEvent([cueOf(text, 'carried out its sixth', 'test'), cueOf(text, 'most powerful nuclear test', 'other')], text)).toHaveLength(2);
  });
});
