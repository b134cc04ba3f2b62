import { describe, expect, it } from 'vitest';
import { compareDates, formatDate, hasHappenedBy, isPartialDate } from '../../lib/dataset/dates';

describe('isPartialDate', () => {
  it('accepts YYYY, YYYY-MM and YYYY-MM-DD real dates', () => {
    for (const d of ['2019', '2019-01', '2019-12', '2019-05-14', '2020-02-29', '2019-02-28', '1000', '2019-12-31']) {
      expect(isPartialDate(d), d).toBe(true);
    }
  });

  it('refuses dates that are not on the calendar', () => {
    for (const d of ['2019-02-30', '2019-02-29', '1900-02-29', '2019-13', '2019-00', '2019-04-31', '2019-05-00', '0999']) {
      expect(isPartialDate(d), d).toBe(false);
    }
  });

  it('refuses other shapes and non-strings', () => {
    for (const d of ['', '19', '2019-5', '2019-05-1', '2019/05/14', ' 2019', '2019-05-14T00:00', 'May 2019']) {
      expect(isPartialDate(d), d).toBe(false);
    }
    for (const v of [2019, null, undefined, {}, ['2019']]) expect(isPartialDate(v)).toBe(false);
  });
});

describe('compareDates', () => {
  it('orders chronologically, a coarser date before the finer dates inside it', () => {
    const dates = ['2019-05-14', '2018', '2019', '2019-05', '2019-04-30', '2019-05-01'];
    expect([...dates].sort(compareDates)).toEqual(['2018', '2019', '2019-04-30', '2019-05', '2019-05-01', '2019-05-14']);
    expect(compareDates('2019', '2019')).toBe(0);
  });
});

describe('formatDate', () => {
  it('writes a day, a month or a year', () => {
    expect(formatDate('2019-05-04')).toBe('4 May 2019');
    expect(formatDate('2019-12')).toBe('December 2019');
    expect(formatDate('2019')).toBe('2019');
  });

  it('leaves anything else as it is', () => {
    expect(formatDate('sometime')).toBe('sometime');
  });
});

describe('hasHappenedBy', () => {
  it('counts a partial date once its span has begun', () => {
    expect(hasHappenedBy('2019-05-14', '2019-05-14')).toBe(true);
    expect(hasHappenedBy('2019-05-15', '2019-05-14')).toBe(false);
    expect(hasHappenedBy('2019-05', '2019-05-01')).toBe(true);
    expect(hasHappenedBy('2019-06', '2019-05-31')).toBe(false);
    expect(hasHappenedBy('2019', '2019-01-01')).toBe(true);
    expect(hasHappenedBy('2020', '2019-12-31')).toBe(false);
    expect(hasHappenedBy('1987-12-08', '2019-08-02')).toBe(true);
  });
});
