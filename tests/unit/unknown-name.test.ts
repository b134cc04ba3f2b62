import { describe, expect, it } from 'vitest';
import { beginsUnknownName } from '../../lib/match/unknown-name';

const at = (text: string, name: string, mentions: readonly string[] = []) => {
  const start = text.indexOf(name);
  return beginsUnknownName(text, start, start + name.length, (i) => mentions.some((m) => text.indexOf(m) === i));
};

describe('a one-word name before capitalised words we do not know', () => {
  it('begins another name in running text: a firm, a resort, a drink, another person', () => {
    expect(at('his family firm, Tehran Dry Fruits, has', 'Tehran')).toBe(true);
    expect(at('a round at Trump Turnberry last week', 'Trump')).toBe(true);
    expect(at('nobody ordered a Moscow Mule.', 'Moscow')).toBe(true);
    expect(at('talks with Kim Yong Chol in New York', 'Kim')).toBe(true);
  });

  it('is the name before a title, a day, a month, a word for its government or another name', () => {
    expect(at('in Moscow Mayor Sergei Sobyanin said', 'Moscow')).toBe(false);
    expect(at('said Putin Tuesday', 'Putin')).toBe(false);
    expect(at('visited Sochi May 14', 'Sochi')).toBe(false);
    expect(at('the Trump Administration said', 'Trump')).toBe(false);
    expect(at('as told Trump Putin had lied', 'Trump', ['Putin'])).toBe(false);
  });

  it('begins another name at a sentence’s start where running text follows, an article perhaps before it', () => {
    expect(at('Iran International and the BBC disagreed.', 'Iran')).toBe(true);
    expect(at('He left. Salisbury Plain hosted the exercises.', 'Salisbury')).toBe(true);
    expect(at('Few read it. The Pentagon Papers case was cited.', 'Pentagon')).toBe(true);
    expect(at('Putin Spokesman Dmitry Peskov said nothing.', 'Putin')).toBe(false);
  });

  it('leaves headlines, acronyms and names of several words alone', () => {
    expect(at('Trump Meets Kim In Singapore', 'Kim')).toBe(false);
    expect(at('Trump Turnberry Hosts the Open', 'Trump')).toBe(false);
    expect(at('Putin Ally Says Sanctions Hurt Russia’s economy', 'Putin')).toBe(false);
    expect(at('said the NATO Secretary General', 'NATO')).toBe(false);
    expect(at('met Kim Jong Un Monday', 'Kim Jong Un')).toBe(false);
    expect(at('was in Moscow. Then he flew', 'Moscow')).toBe(false);
  });
});
