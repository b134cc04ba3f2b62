import { describe, expect, it } from 'vitest';
import { isPlainCode } from '../../lib/match/char-class';
import { asciiTwin, isPlainText, textPattern } from '../../lib/match/text-pattern';
import { random } from '../../bench/generate';

describe('plain code units', () => {
  it('past ASCII, holds no letter, digit or mark, and nothing with a case', () => {
    const word = /[\p{L}\p{N}\p{M}]/u;
    let plain = 0;
    for (let c = 128; c <= 0xffff; c++) {
      if (!isPlainCode(c)) continue;
      plain++;
      const ch = String.fromCharCode(c);
      expect(word.test(ch), `U+${c.toString(16)}`).toBe(false);
      expect(/[a-z]/iu.test(ch) || /[a-z]/i.test(ch), `U+${c.toString(16)}`).toBe(false);
      expect(ch.toLowerCase() === ch && ch.toUpperCase() === ch, `U+${c.toString(16)}`).toBe(true);
    }
    // The one pattern that tells plain text agrees with the test of each code unit.
    for (let c = 0; c <= 0xffff; c++) expect(isPlainText(String.fromCharCode(c)), `U+${c.toString(16)}`).toBe(isPlainCode(c));
    // The no-break space, curly quotes, dashes and the euro sign among them.
    expect(plain).toBeGreaterThan(100);
    expect(isPlainText('Putin\u2019s \u201cpeace\u201d \u2014 a\u00a0deal for \u20ac5')).toBe(true);
    expect(isPlainText('Erdoğan')).toBe(false);
    expect(isPlainText('\ud83d\ude00')).toBe(false);
  });
});

describe('asciiTwin', () => {
  it('puts each class ASCII members in or out of brackets', () => {
    expect(asciiTwin(String.raw`(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’-]*`)).toBe(String.raw`(?<![A-Za-z0-9])[A-Z][A-Za-z'’-]*`);
    expect(asciiTwin(String.raw`[^\p{Ll}]*\p{Ll}{2}\.\]`)).toBe(String.raw`[^a-z]*[a-z]{2}\.\]`);
    expect(asciiTwin(String.raw`[\]\p{L}]`)).toBe(String.raw`[\]A-Za-z]`);
  });

  it('refuses a class it has no twin for', () => {
    expect(() => asciiTwin(String.raw`\p{Sc}`)).toThrow(/\\p\{Sc\}/);
    expect(() => asciiTwin(String.raw`\P{L}`)).toThrow();
  });
});

/** Words, names, digits, spaces and the punctuation news text holds, at random. */
function plainText(rand: () => number): string {
  const tokens = ['the', 'The', 'not', 'never', 'don\u2019t', 'last', 'this', 'year', 'month', 'in', 'March', 'May', '2018', '25th', 'of', 'Putin', 'U.S.', 'KIM', 'which', ',', '.', "'s", '\u2019s', ' ', ' ', ' ', '\u00a0', '-', '\u2013', '\u2014', '\u201c', '(', 'x', 'Ab'];
  let text = '';
  const length = Math.floor(rand() * 12);
  for (let i = 0; i < length; i++) text += tokens[Math.floor(rand() * tokens.length)]!;
  return text;
}

describe('textPattern', () => {
  const patterns: Array<[string, string]> = [
    [String.raw`(?<![\p{L}\p{N}])(?<which>last|this)[ \u00a0]+(?:year|month)(?![\p{L}\p{N}]|['\u2019]s)`, 'gi'],
    [String.raw`(?:(?<![\p{L}])(?:not|never)|n['\u2019]t)(?:[ \u00a0]+\p{Ll}+)?[ \u00a0]+$`, ''],
    [String.raw`^(?:[ \u00a0]+|[-\u2013\u2014])(\p{Lu}[\p{L}'’-]*(?:[ \u00a0]\p{Lu}[\p{L}'’-]*){0,3})`, ''],
    [String.raw`(?:^|[^\p{L}])the[ \u00a0]+$`, 'i'],
    [String.raw`^[\p{L}\p{N}][\p{L}\p{N}.'\u2019-]*$`, ''],
    [String.raw`(\S*)[ \u00a0](\p{Lu}\p{Ll}+)[ \u00a0]$`, ''],
    [String.raw`\p{L}\p{M}*[^\p{M}]`, ''],
  ];

  /** Every match, as the global form of the pattern finds them: where, what, and each group. */
  const matches = (re: RegExp, text: string) =>
    [...text.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`))].map((m) => [m.index, ...m]);

  it('finds on plain text what the Unicode pattern finds', () => {
    const rand = random(7);
    for (const [source, flags] of patterns) {
      const unicode = new RegExp(source, `${flags}u`);
      const pattern = textPattern(source, flags);
      for (let i = 0; i < 1000; i++) {
        const text = plainText(rand);
        expect(matches(pattern.for(text), text), `${source} on ${JSON.stringify(text)}`).toEqual(matches(unicode, text));
        if (!flags.includes('g')) expect(pattern.test(text)).toBe(unicode.test(text));
      }
    }
  });

  it('runs the Unicode pattern on text its twin would misread', () => {
    const word = textPattern(String.raw`^\p{L}+$`);
    expect(word.test('Erdoğan')).toBe(true);
    expect(word.test('Putin')).toBe(true);
    expect(word.test('Putin\u2019s')).toBe(false);
    expect(textPattern(String.raw`^\p{Lu}`).exec('Šefčovič')?.[0]).toBe('Š');
    expect(word.for('café').unicode).toBe(true);
    expect(word.for('cafe').unicode).toBe(false);
  });
});
