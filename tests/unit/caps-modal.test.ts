import { describe, expect, it } from 'vitest';
import { verbInCapitals } from '../../lib/match/caps-modal';

const at = (text: string) => verbInCapitals(text, text.indexOf('MAY'), text.indexOf('MAY') + 3);

describe('verbInCapitals', () => {
  it('reads "MAY" before a word only a verb takes as the verb', () => {
    expect(at('THIS COPY MAY NOT BE IN ITS FINAL FORM')).toBe(true);
    expect(at('TALKS MAY BE DELAYED')).toBe(true);
    expect(at('BREXIT DEAL MAY\u00a0WELL FAIL')).toBe(true);
  });

  it('leaves the name', () => {
    expect(at('THERESA MAY SAYS TALKS WILL GO ON')).toBe(false);
    expect(at('MAY NOTES RISK')).toBe(false);
    expect(at('MAY, MERKEL MEET')).toBe(false);
    expect(at('Theresa MAY')).toBe(false);
  });
});
