import { describe, expect, it } from 'vitest';
import { buildAutomaton, scan } from '../../lib/match/aho-corasick';
import { decodeAutomata, encodeAutomata } from '../../lib/match/automaton-codec';

const hits = (a: ReturnType<typeof buildAutomaton>, text: string) => {
  const found: Array<[number, number]> = [];
  scan(a, text, (p, end) => found.push([p, end]));
  return found;
};

describe('automaton codec', () => {
  const aliases = buildAutomaton(['inf treaty', 'inf', 'sochi', 'sochi talks', 'lavrov']);
  const cues = buildAutomaton(['rocket test accident']);

  it('round-trips the automata: the decoded ones find exactly what the built ones find', () => {
    const bytes = encodeAutomata('v1', [aliases, cues]);
    const decoded = decodeAutomata(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, 'v1')!;
    expect(decoded).toHaveLength(2);
    const text = 'the sochi talks on the inf treaty; lavrov; a rocket test accident';
    expect(hits(decoded[0]!, text)).toEqual(hits(aliases, text));
    expect(hits(decoded[1]!, text)).toEqual(hits(cues, text));
  });

  it('refuses a blob of another dataset version, or no blob at all', () => {
    const bytes = encodeAutomata('v1', [aliases]);
    expect(decodeAutomata(bytes.buffer as ArrayBuffer, 'v2')).toBeNull();
    expect(decodeAutomata(new ArrayBuffer(4), 'v1')).toBeNull();
    expect(decodeAutomata(new TextEncoder().encode('not a matcher at all').buffer as ArrayBuffer, 'v1')).toBeNull();
  });
});
