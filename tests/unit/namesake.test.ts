import { describe, expect, it } from 'vitest';
import { namesAnother } from '../../lib/match/namesake';

const at = (text: string, name: string) => namesAnother(text, text.lastIndexOf(name));

describe('a surname after another given name', () => {
  it('is someone else where the sentence runs on into the given name', () => {
    expect(at('his father, Fred Warmbier, said', 'Warmbier')).toBe(true);
    expect(at('with his wife Kathleen Manafort in court', 'Manafort')).toBe(true);
    expect(at('a cousin, Viktoria Skripal, told reporters', 'Skripal')).toBe(true);
  });

  it('is the person after a title, a day or a month, a sentence start or a headline’s capitals', () => {
    expect(at('talks with Secretary Pompeo ended', 'Pompeo')).toBe(false);
    expect(at('a letter from Chairman Kim arrived', 'Kim')).toBe(false);
    expect(at('by Friday Manafort had', 'Manafort')).toBe(false);
    expect(at('Fred Warmbier spoke', 'Warmbier')).toBe(false);
    expect(at('It ended. When Warmbier came home', 'Warmbier')).toBe(false);
    expect(at('Jury Convicts Manafort on Eight Counts', 'Manafort')).toBe(false);
    expect(at('said Sen. Warner', 'Warner')).toBe(false);
  });
});
