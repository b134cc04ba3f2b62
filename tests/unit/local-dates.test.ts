import { describe, expect, it } from 'vitest';
import { dateInLocalForm } from '../../lib/page/local-dates';

describe('a day written in another language’s form', () => {
  it('reads Japanese and Chinese dates, with an era year in brackets or without', () => {
    expect(dateInLocalForm('2017年（平成29年）8月30日（水） 朝刊')).toBe('2017-08-30');
    expect(dateInLocalForm('发布时间：2019年8月23日 09:15')).toBe('2019-08-23');
  });

  it('reads a Roman month between dots', () => {
    expect(dateInLocalForm('Warszawa, 9.VII.2016')).toBe('2016-07-09');
    expect(dateInLocalForm('9. XII. 2016')).toBe('2016-12-09');
  });

  it('reads month names in Ukrainian, Russian, German, French, Spanish and Polish', () => {
    expect(dateInLocalForm('Вівторок, 17 лютого 2015 р.')).toBe('2015-02-17');
    expect(dateInLocalForm('12 февраля 2015 года')).toBe('2015-02-12');
    expect(dateInLocalForm('Berlin, 17. Februar 2015')).toBe('2015-02-17');
    expect(dateInLocalForm('le 17 février 2015')).toBe('2015-02-17');
    expect(dateInLocalForm('17 de febrero de 2015')).toBe('2015-02-17');
    expect(dateInLocalForm('wtorek, 17 lutego 2015')).toBe('2015-02-17');
  });

  it('needs the day and the year, and a day that exists', () => {
    expect(dateInLocalForm('le 17 mars')).toBeUndefined();
    expect(dateInLocalForm('Mars 2015 rover')).toBeUndefined();
    expect(dateInLocalForm('31 лютого 2015')).toBeUndefined();
    expect(dateInLocalForm('Chapter 9.VII of the report')).toBeUndefined();
  });
});
