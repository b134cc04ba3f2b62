import { describe, expect, it } from 'vitest';
import { buildTrie, scanWords, type Trie } from '../../lib/match/word-trie';
import { decodeTries, encodeTries } from '../../lib/match/trie-codec';

const hits = (t: Trie, text: string) => {
  const found: Array<[number, number]> = [];
  scanWords(t, Uint16Array.from({ length: text.length }, (_, i) => text.charCodeAt(i)), (p, end) => found.push([p, end]));
  return found;
};

describe('trie codec', () => {
  const aliases = buildTrie(['inf treaty', 'inf', 'sochi', 'sochi talks', 'lavrov']);
  const cues = buildTrie(['rocket test accident']);

  it('round-trips the tries: the decoded ones find exactly what the built ones find', () => {
    const bytes = encodeTries('v1', [aliases, cues]);
    const decoded = decodeTries(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, 'v1')!;
    expect(decoded).toHaveLength(2);
    const text = 'the sochi talks on the inf treaty; lavrov; a rocket test accident';
    expect(hits(decoded[0]!, text)).toEqual(hits(aliases, text));
    expect(hits(decoded[0]!, text)).toHaveLength(5);
    expect(hits(decoded[1]!, text)).toEqual(hits(cues, text));
  });

  it('keeps a trie’s characters in one byte each where they fit, and in two where they do not', () => {
    const wide = buildTrie(['сергей лавров', 'лавров']);
    expect(aliases.edgeChar).toBeInstanceOf(Uint8Array);
    expect(wide.tailChar).toBeInstanceOf(Uint16Array);
    const bytes = encodeTries('v1', [aliases, wide]);
    const [narrow, decodedWide] = decodeTries(bytes.buffer as ArrayBuffer, 'v1')!;
    expect(narrow!.edgeChar).toBeInstanceOf(Uint8Array);
    expect(hits(decodedWide!, 'сергей лавров')).toEqual(hits(wide, 'сергей лавров'));
    expect(hits(decodedWide!, 'сергей лавров')).toHaveLength(2);
  });

  it('refuses a blob of another dataset version, or no blob at all', () => {
    const bytes = encodeTries('v1', [aliases]);
    expect(decodeTries(bytes.buffer as ArrayBuffer, 'v2')).toBeNull();
    expect(decodeTries(new ArrayBuffer(4), 'v1')).toBeNull();
    expect(decodeTries(new TextEncoder().encode('not a matcher at all').buffer as ArrayBuffer, 'v1')).toBeNull();
  });
});
