import { describe, expect, it } from 'vitest';
import { insideLongerName } from '../../lib/match/longer-name';

/** Whether `name`, at its first place in `text`, is part of a longer name there. */
const inside = (text: string, name: string) => {
  const start = text.indexOf(name);
  return insideLongerName(text, start, start + name.length);
};

describe('insideLongerName', () => {
  it('sees a place in the name of a hospital, a tower, a newspaper or a university', () => {
    expect(inside('She was treated at Salisbury District Hospital for weeks.', 'Salisbury')).toBe(true);
    expect(inside('plans for a Trump Tower in the capital', 'Trump')).toBe(true);
    expect(inside('executives of the Trump Organization said', 'Trump')).toBe(true);
    expect(inside('according to the Moscow Times on Friday', 'Moscow')).toBe(true);
  });

  it('sees a country in an airline or an agency', () => {
    expect(inside('flights on Air China resumed', 'China')).toBe(true);
    expect(inside('an Iran Air flight to London', 'Iran')).toBe(true);
    expect(inside('the Trump Organization said', 'Trump')).toBe(true);
    expect(inside('the Atomic Energy Organization of Iran said', 'Iran')).toBe(true);
    expect(inside('the Trump Tower Moscow project', 'Moscow')).toBe(true);
  });

  it('sees a name in a church, a command, a tribunal, a party or a founding document', () => {
    expect(inside('the Orthodox Church of Ukraine was founded', 'Ukraine')).toBe(true);
    expect(inside('split from the Moscow Patriarchate last year', 'Moscow')).toBe(true);
    expect(inside('the United Nations Command said', 'United Nations')).toBe(true);
    expect(inside('at the Iran–United States Claims Tribunal in The Hague', 'Iran')).toBe(true);
    expect(inside('at the Iran–United States Claims Tribunal in The Hague', 'United States')).toBe(true);
    expect(inside('signed the Helsinki Final Act in 1975', 'Helsinki')).toBe(true);
    expect(inside('a leader of Russia of the Future, his party', 'Russia')).toBe(true);
  });

  it('sees a name in a group named as a plural “of” it', () => {
    expect(inside('pages such as “United Muslims of America,” and others', 'America')).toBe(true);
    expect(inside('the Boy Scouts of America said', 'America')).toBe(true);
    expect(inside('the Foreign Minister of Russia said', 'Russia')).toBe(false);
    expect(inside('the talks of Russia and China', 'Russia')).toBe(false);
  });

  it('leaves names standing alone, and titles before them, alone', () => {
    expect(inside('the Iran-Iraq war', 'Iran')).toBe(false);
    expect(inside('Ukraine President Volodymyr Zelensky said', 'Ukraine')).toBe(false);
    expect(inside('the Russia of the tsars', 'Russia')).toBe(false);
    expect(inside('Salisbury is a cathedral city.', 'Salisbury')).toBe(false);
    expect(inside('President Trump said on Friday', 'Trump')).toBe(false);
    expect(inside('a US Air Force jet', 'US')).toBe(false);
    expect(inside('the Islamic Republic of Iran said', 'Iran')).toBe(false);
    expect(inside('talks in Moscow. Times were hard.', 'Moscow')).toBe(false);
    expect(inside('Putin spoke in Moscow on Monday', 'Moscow')).toBe(false);
  });
});
