import { describe, expect, it } from 'vitest';
import { random } from '../../bench/generate';
import { buildTrie, scanWords } from '../../lib/match/word-trie';

/** The code units of a text (a string's iterator would give code points). */
const codes = (text: string) => Uint16Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));

function allMatches(patterns: readonly string[], text: string): string[] {
  const found: string[] = [];
  // Where each match starts is checked here, so that the cases below read as ends alone.
  scanWords(buildTrie(patterns), codes(text), (pattern, start, end) => found.push(start === end - patterns[pattern]!.length ? `${pattern}@${end}` : `${pattern} started at ${start}`));
  return found.sort();
}

const isWord = (c: string | undefined) => c !== undefined && /[a-z0-9]/.test(c);

/** Every (pattern, end) pair by plain indexOf, kept where it stands as whole words: the reference. */
function naiveMatches(patterns: readonly string[], text: string): string[] {
  const found: string[] = [];
  patterns.forEach((pattern, index) => {
    if (patterns.indexOf(pattern) !== index) return;
    for (let at = text.indexOf(pattern); at >= 0; at = text.indexOf(pattern, at + 1)) {
      const end = at + pattern.length;
      if (!isWord(text[at - 1]) && !isWord(text[end])) found.push(`${index}@${end}`);
    }
  });
  return found.sort();
}

function randomString(next: () => number, alphabet: string, min: number, max: number): string {
  const length = min + Math.floor(next() * (max - min + 1));
  let s = '';
  for (let i = 0; i < length; i++) s += alphabet[Math.floor(next() * alphabet.length)];
  return s;
}

describe('word trie', () => {
  it('finds patterns that stand as whole words, never inside a word', () => {
    const patterns = ['inf', 'inf treaty', 'us', 'treaty'];
    expect(allMatches(patterns, 'inflating thus the inf treaty')).toEqual(['0@22', '1@29', '3@29'].sort());
    expect(allMatches(patterns, 'us-russia, us.')).toEqual(['2@13', '2@2']);
  });

  it('finds nested occurrences that share a start, with exclusive ends', () => {
    expect(allMatches(['sochi', 'sochi talks'], 'the sochi talks')).toEqual(['0@9', '1@15']);
    expect(allMatches(['a b', 'b'], 'a b')).toEqual(['0@3', '1@3']);
  });

  it('matches a tail (the chain below a node that leads to one pattern) only in full and as whole words', () => {
    const patterns = ['sochi talks', 'sochi', 'kerch strait incident'];
    expect(allMatches(patterns, 'sochi tal')).toEqual(['1@5']);
    expect(allMatches(patterns, 'sochi talksx sochi talk')).toEqual(['1@18', '1@5']);
    expect(allMatches(patterns, 'the kerch strait incidents; the kerch strait incident')).toEqual(['2@53']);
    expect(allMatches(patterns, 'kerch strait inciden')).toEqual([]);
  });

  it('finds nothing when nothing matches, and nothing in empty text', () => {
    expect(allMatches(['xyz'], 'abc abc')).toEqual([]);
    expect(allMatches(['a'], '')).toEqual([]);
    expect(allMatches([], 'abc')).toEqual([]);
  });

  it('reports a repeated pattern under its first index', () => {
    expect(allMatches(['ab', 'abc', 'ab'], 'ab abc')).toEqual(['0@2', '1@6']);
  });

  it('works on UTF-16 code units beyond ASCII, which do not join words', () => {
    const patterns = ['лавров', 'ß', '😀', 'ab'];
    const text = 'сергей лавров ß 😀 éab';
    expect(allMatches(patterns, text)).toEqual(naiveMatches(patterns, text));
    expect(allMatches(patterns, text)).toHaveLength(4);
  });

  it('agrees with a naive search on hundreds of random pattern sets and texts', () => {
    const next = random(20190514);
    for (let round = 0; round < 400; round++) {
      const alphabet = round % 2 === 0 ? 'ab ' : 'abc .';
      const patterns = Array.from({ length: 1 + Math.floor(next() * 8) }, () => randomString(next, alphabet, 1, 5));
      const text = randomString(next, alphabet, 0, 60);
      expect(allMatches(patterns, text), `patterns ${JSON.stringify(patterns)} in ${JSON.stringify(text)}`).toEqual(naiveMatches(patterns, text));
    }
  });

  it('agrees with a naive search where nodes have many children and text mixes ASCII with other characters', () => {
    // Wide nodes are searched by halves, the first two levels by a table for ASCII only.
    const next = random(20191108);
    for (let round = 0; round < 200; round++) {
      const alphabet = 'abcdefghijklé 1';
      const patterns = Array.from({ length: 10 + Math.floor(next() * 40) }, () => randomString(next, alphabet, 1, 6));
      const text = randomString(next, alphabet, 0, 200);
      expect(allMatches(patterns, text), `patterns ${JSON.stringify(patterns)} in ${JSON.stringify(text)}`).toEqual(naiveMatches(patterns, text));
    }
  });
});
