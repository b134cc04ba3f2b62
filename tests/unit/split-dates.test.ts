import { describe, expect, it } from 'vitest';
import { splitAtPublication } from '../../lib/ui/split-dates';

const d = (date: string) => ({ date, label: `on ${date}` });

describe('splitAtPublication', () => {
  const dates = [d('2021-01-20'), d('1963-12-30'), d('2019-05-14'), d('2019-05'), d('2019'), d('2019-05-15')];

  it('sorts the dates and, without a publication day, puts them all before', () => {
    expect(splitAtPublication(dates, undefined)).toEqual({
      before: [d('1963-12-30'), d('2019'), d('2019-05'), d('2019-05-14'), d('2019-05-15'), d('2021-01-20')],
      since: [],
    });
    expect(splitAtPublication(dates, '').since).toEqual([]);
  });

  it('splits at the day of publication, that day counting as before', () => {
    expect(splitAtPublication(dates, '2019-05-14')).toEqual({
      before: [d('1963-12-30'), d('2019'), d('2019-05'), d('2019-05-14')],
      since: [d('2019-05-15'), d('2021-01-20')],
    });
  });

  it('counts a partial date as come once its span has begun', () => {
    expect(splitAtPublication([d('2019-06'), d('2020')], '2019-06-01')).toEqual({ before: [d('2019-06')], since: [d('2020')] });
    expect(splitAtPublication([d('2019-06')], '2019-05-31')).toEqual({ before: [], since: [d('2019-06')] });
  });

  it('does not change its input', () => {
    const input = [d('2020'), d('2019')];
    splitAtPublication(input, '2019-06-01');
    expect(input).toEqual([d('2020'), d('2019')]);
  });
});
