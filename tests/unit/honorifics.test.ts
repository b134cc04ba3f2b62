import { describe, expect, it } from 'vitest';
import { honorificFits } from '../../lib/match/honorifics';

const women = new Set(['kim-yo-jong', 'ivanka-trump']);
const fits = (text: string, ids: string[]) => honorificFits(text, text.lastIndexOf('K') >= 0 ? text.lastIndexOf('Kim') : text.lastIndexOf('Trump'), ids, women);

describe('honorificFits', () => {
  it('keeps the people of the sex the honorific gives', () => {
    expect(fits('Our guide, Ms Kim', ['kim-jong-un'])).toEqual([]);
    expect(fits('Our guide, Ms Kim', ['kim-jong-un', 'kim-yo-jong'])).toEqual(['kim-yo-jong']);
    expect(fits('said Mrs.\u00a0Kim', ['kim-jong-un'])).toEqual([]);
    expect(fits('Mr Trump said', ['donald-trump', 'ivanka-trump'])).toEqual(['donald-trump']);
    expect(fits('Mr. Kim', ['kim-jong-un'])).toEqual(['kim-jong-un']);
  });

  it('keeps everyone where no honorific stands right before', () => {
    expect(fits('Kim said', ['kim-jong-un'])).toEqual(['kim-jong-un']);
    expect(fits('Leaders Kim', ['kim-jong-un'])).toEqual(['kim-jong-un']);
    expect(fits('Hmm,Kim', ['kim-jong-un'])).toEqual(['kim-jong-un']);
  });
});
