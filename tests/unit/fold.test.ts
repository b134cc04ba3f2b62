import { describe, expect, it } from 'vitest';
import { foldAlias, foldText } from '../../lib/match/fold';

/** The input characters each folded character came from. */
function originChars(input: string): string {
  const { origin } = foldText(input);
  return Array.from(origin, (i) => input[i]).join('');
}

describe('foldText', () => {
  it('lower-cases ASCII and other letters', () => {
    expect(foldText('INF Treaty').text).toBe('inf treaty');
    expect(foldText('ÉLYSÉE').text).toBe('elysee');
  });

  it('removes diacritics', () => {
    expect(foldText('Lávrov').text).toBe('lavrov');
    expect(foldText('Zürich Ñoño Çà').text).toBe('zurich nono ca');
    // Accents of other scripts: the Cyrillic breve, and a Hebrew dagesh outside the Latin accents' block.
    expect(foldText('Зеленский').text).toBe('зеленскии');
    expect(foldText('\ufb31').text).toBe('\u05d1');
  });

  it('folds every kind of apostrophe to one', () => {
    for (const apostrophe of ["'", '\u2018', '\u2019', '\u02bc', '\u2032', '\uff07']) {
      expect(foldText(`Russia${apostrophe}s`).text).toBe("russia's");
    }
  });

  it('folds runs of white space, hyphens and dashes to a single space', () => {
    expect(foldText('Kim Jong-un').text).toBe('kim jong un');
    expect(foldText('Pompeo\u2013Lavrov').text).toBe('pompeo lavrov');
    expect(foldText('Sergei\u00a0Lavrov').text).toBe('sergei lavrov');
    expect(foldText('Kim\n  Jong \t-\u2014 Un').text).toBe('kim jong un');
  });

  it('drops leading separators but keeps one trailing space', () => {
    expect(foldText('  \n Sochi  ').text).toBe('sochi ');
  });

  it('keeps the mapping one to one for characters that expand (ß, ligatures)', () => {
    const input = 'Straße ﬁnal';
    const folded = foldText(input);
    expect(folded.text).toHaveLength(input.length);
    expect(folded.text).toBe('straße ﬁnal');
  });

  it('maps every folded character back to its input position', () => {
    const input = '  The  Kim Jong\u2013Un—summit’s ÉTÉ ';
    const folded = foldText(input);
    expect(folded.origin).toHaveLength(folded.text.length);
    for (let i = 0; i < folded.text.length; i++) {
      const original = input[folded.origin[i]!]!;
      const expected = folded.text[i] === ' ' ? ' ' : foldText(original).text || ' ';
      expect(folded.text[i]).toBe(expected);
    }
    // Origins strictly increase: the folded text is a subsequence of the input.
    for (let i = 1; i < folded.origin.length; i++) expect(folded.origin[i]!).toBeGreaterThan(folded.origin[i - 1]!);
    expect(originChars('a - b')).toBe('a b');
  });

  it('is idempotent', () => {
    const once = foldText('Russia’s  Foreign—Ministry, Lávrov').text;
    expect(foldText(once).text).toBe(once);
  });
});

describe('foldAlias', () => {
  it('folds and trims', () => {
    expect(foldAlias('  Kim Jong-Un ')).toBe('kim jong un');
    expect(foldAlias("Russia's Foreign Ministry")).toBe(foldAlias('Russia’s Foreign Ministry'));
  });

  it('folds an alias of separators only to the empty string', () => {
    expect(foldAlias(' - ')).toBe('');
  });
});
