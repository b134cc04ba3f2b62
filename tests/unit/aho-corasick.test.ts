import { describe, expect, it } from 'vitest';
import { buildAutomaton, scan } from '../../lib/match/aho-corasick';

function allMatches(patterns: readonly string[], text: string): string[] {
  const found: string[] = [];
  scan(buildAutomaton(patterns), text, (pattern, end) => found.push(`${pattern}@${end}`));
  return found.sort();
}

/** Every (pattern, end) pair by plain indexOf, the reference the automaton must agree with. */
function naiveMatches(patterns: readonly string[], text: string): string[] {
  const found: string[] = [];
  patterns.forEach((pattern, index) => {
    for (let at = text.indexOf(pattern); at >= 0; at = text.indexOf(pattern, at + 1)) found.push(`${index}@${at + pattern.length}`);
  });
  return found.sort();
}

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomString(next: () => number, alphabet: string, min: number, max: number): string {
  const length = min + Math.floor(next() * (max - min + 1));
  let s = '';
  for (let i = 0; i < length; i++) s += alphabet[Math.floor(next() * alphabet.length)];
  return s;
}

describe('Aho–Corasick', () => {
  it('finds the classic he/she/his/hers occurrences', () => {
    const patterns = ['he', 'she', 'his', 'hers'];
    expect(allMatches(patterns, 'ushers')).toEqual(['0@4', '1@4', '3@6'].sort());
    expect(allMatches(patterns, 'ushers')).toEqual(naiveMatches(patterns, 'ushers'));
  });

  it('reports overlapping and nested occurrences, with exclusive ends', () => {
    expect(allMatches(['aa'], 'aaaa')).toEqual(['0@2', '0@3', '0@4']);
    expect(allMatches(['a', 'ab', 'b'], 'ab')).toEqual(['0@1', '1@2', '2@2']);
  });

  it('finds nothing when nothing matches, and nothing in empty text', () => {
    expect(allMatches(['xyz'], 'abcabc')).toEqual([]);
    expect(allMatches(['a'], '')).toEqual([]);
    expect(allMatches([], 'abc')).toEqual([]);
  });

  it('records pattern lengths, and reports a repeated pattern under its first index', () => {
    const automaton = buildAutomaton(['ab', 'abc', 'ab']);
    expect(Array.from(automaton.patternLength)).toEqual([2, 3, 2]);
    expect(allMatches(['ab', 'abc', 'ab'], 'abc')).toEqual(['0@2', '1@3']);
  });

  it('works on UTF-16 code units beyond ASCII', () => {
    const patterns = ['лавров', 'ß', '😀'];
    const text = 'сергей лавров ß 😀';
    expect(allMatches(patterns, text)).toEqual(naiveMatches(patterns, text));
    expect(allMatches(patterns, text)).toHaveLength(3);
  });

  it('agrees with a naive search on hundreds of random pattern sets and texts', () => {
    const next = random(20190514);
    for (let round = 0; round < 400; round++) {
      const alphabet = round % 2 === 0 ? 'ab' : 'abc ';
      const patterns = [
        ...new Set(Array.from({ length: 1 + Math.floor(next() * 8) }, () => randomString(next, alphabet, 1, 5))),
      ];
      const text = randomString(next, alphabet, 0, 60);
      expect(allMatches(patterns, text), `patterns ${JSON.stringify(patterns)} in ${JSON.stringify(text)}`).toEqual(
        naiveMatches(patterns, text),
      );
    }
  });

  it('agrees with a naive search where nodes have many children and text mixes ASCII with other characters', () => {
    // Wide nodes are searched by halves, the first two levels by a table for ASCII only.
    const next = random(20191108);
    for (let round = 0; round < 200; round++) {
      const alphabet = 'abcdefghijklé ';
      const patterns = [...new Set(Array.from({ length: 10 + Math.floor(next() * 40) }, () => randomString(next, alphabet, 1, 6)))];
      const text = randomString(next, alphabet, 0, 200);
      expect(allMatches(patterns, text), `patterns ${JSON.stringify(patterns)} in ${JSON.stringify(text)}`).toEqual(
        naiveMatches(patterns, text),
      );
    }
  });
});
