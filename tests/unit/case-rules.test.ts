import { describe, expect, it } from 'vitest';
import { boundaryAllows, caseAllows } from '../../lib/match/case-rules';

const exact = (text: string) => ({ text, rule: 'exact' as const });
const name = (text: string) => ({ text, rule: 'name' as const });

/** boundaryAllows for the first occurrence of `word` in `text`. */
function standsAlone(text: string, word: string): boolean {
  const start = text.indexOf(word);
  if (start < 0) throw new Error(`${word} not in ${text}`);
  return boundaryAllows(text, start, start + word.length);
}

describe('caseAllows', () => {
  it('exact: letter for letter, ignoring punctuation and spacing', () => {
    expect(caseAllows(exact('INF'), 'INF')).toBe(true);
    expect(caseAllows(exact('INF'), 'inf')).toBe(false);
    expect(caseAllows(exact('INF'), 'Inf')).toBe(false);
    expect(caseAllows(exact('UN'), 'un')).toBe(false);
    expect(caseAllows(exact('U.S.'), 'U.S.')).toBe(true);
    expect(caseAllows(exact('U.S.'), 'u.s.')).toBe(false);
    expect(caseAllows(exact('Trump'), 'Trump')).toBe(true);
    expect(caseAllows(exact('Trump'), 'trump')).toBe(false);
    expect(caseAllows(exact('Trump'), 'TRuMP')).toBe(false);
  });

  it('exact: a name that is also a word may be set in capitals, as a headline sets it, unless it reads as a Roman numeral', () => {
    expect(caseAllows(exact('Trump'), 'TRUMP')).toBe(true);
    expect(caseAllows(exact('Pence'), 'PENCE')).toBe(true);
    expect(caseAllows(exact('Xi'), 'XI')).toBe(false);
    expect(caseAllows(exact('US'), 'Us')).toBe(false);
    expect(caseAllows(exact('U.S.'), 'US')).toBe(true);
  });

  it('exact: ignores diacritics', () => {
    expect(caseAllows(exact('Lavrov'), 'Lávrov')).toBe(true);
  });

  it('name: must start with a capital where the alias does, any case after it', () => {
    expect(caseAllows(name('Sergei Lavrov'), 'Sergei Lavrov')).toBe(true);
    expect(caseAllows(name('Sergei Lavrov'), 'SERGEI LAVROV')).toBe(true);
    expect(caseAllows(name('Sergei Lavrov'), 'Sergei lavrov')).toBe(true);
    expect(caseAllows(name('Sergei Lavrov'), 'sergei lavrov')).toBe(false);
    expect(caseAllows(name('Helsinki summit'), 'helsinki summit')).toBe(false);
    expect(caseAllows(name('Lávrov'), 'Lavrov')).toBe(true);
  });

  it('name: an alias starting in lower case allows any case', () => {
    expect(caseAllows(name('annexation of Crimea'), 'annexation of Crimea')).toBe(true);
    expect(caseAllows(name('annexation of Crimea'), 'Annexation of Crimea')).toBe(true);
    expect(caseAllows(name('annexation of Crimea'), 'ANNEXATION OF CRIMEA')).toBe(true);
  });

  it('name: an alias starting with a digit allows any case', () => {
    expect(caseAllows(name('2016 election'), '2016 Election')).toBe(true);
  });

  it('name: an empty alias allows anything', () => {
    expect(caseAllows(name(''), 'x')).toBe(true);
  });
});

describe('boundaryAllows', () => {
  it('refuses a letter or digit joined on either side', () => {
    expect(standsAlone('inflating prices', 'inf')).toBe(false);
    expect(standsAlone('the UNITED front', 'UN')).toBe(false);
    expect(standsAlone('trumped-up charges', 'trump')).toBe(false);
    expect(standsAlone('F16', 'F')).toBe(false);
    expect(standsAlone('élan', 'lan')).toBe(false);
  });

  it('allows spaces, punctuation, hyphens and the ends of the text', () => {
    expect(standsAlone('INF', 'INF')).toBe(true);
    expect(standsAlone('the INF Treaty', 'INF')).toBe(true);
    expect(standsAlone('US-Russia', 'US')).toBe(true);
    expect(standsAlone('(US)', 'US')).toBe(true);
    expect(standsAlone('said the US.', 'US')).toBe(true);
  });

  it('refuses a currency sign after the match', () => {
    expect(standsAlone('US$38 million', 'US')).toBe(false);
    expect(standsAlone('HK€5', 'HK')).toBe(false);
    expect(standsAlone('UK£5', 'UK')).toBe(false);
    expect(standsAlone('JP¥5', 'JP')).toBe(false);
    expect(standsAlone('US $38 million', 'US')).toBe(true);
  });
});
