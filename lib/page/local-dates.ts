/**
 * Days written the way sites outside the English-speaking world write them, which their English
 * editions keep in mastheads and bylines: "2017年8月30日" (perhaps with the era year in brackets,
 * "2017年（平成29年）8月30日"), "17 лютого 2015", "9.VII.2016", "17. Februar 2015", "17 février
 * 2015", "17 de febrero de 2015", "17 lutego 2015". Each needs its digits for the day and year, so
 * that a month's name alone ("mars", "mai") is never read as a date.
 */
import { isPartialDate } from '../dataset/dates';

const CJK = /((?:19|20)\d\d)\s*年(?:\s*[（(][^）)]{0,12}[）)])?\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u;

/** A Roman month between dots, as Central European datelines write it. */
const ROMAN = /(?<![\d.])(\d{1,2})\.\s?(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\.\s?((?:19|20)\d\d)(?!\d)/;
const ROMAN_MONTHS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** Month names, January first, in the forms a day takes before them. */
const MONTH_NAMES: readonly (readonly string[])[] = [
  // Ukrainian and Russian, in the genitive.
  ['січня', 'лютого', 'березня', 'квітня', 'травня', 'червня', 'липня', 'серпня', 'вересня', 'жовтня', 'листопада', 'грудня'],
  ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
  ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  // Polish, in the genitive.
  ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
];
const MONTH_OF = new Map(MONTH_NAMES.flatMap((names) => names.map((name, k) => [name, k + 1] as const)));
/** A day, the month's name (after "de" in Spanish), and the year. */
const NAMED = new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,2})\\.?\\s+(?:de\\s+)?(${[...MONTH_OF.keys()].join('|')})\\s+(?:de\\s+)?((?:19|20)\\d\\d)(?!\\d)`, 'iu');

const iso = (year: string, month: number, day: string) => {
  const value = `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isPartialDate(value) ? value : undefined;
};

/** A day written so in `text`, as an ISO day. */
export function dateInLocalForm(text: string): string | undefined {
  const cjk = CJK.exec(text);
  if (cjk) return iso(cjk[1]!, Number(cjk[2]), cjk[3]!);
  const roman = ROMAN.exec(text);
  if (roman) return iso(roman[3]!, ROMAN_MONTHS.indexOf(roman[2]!) + 1, roman[1]!);
  const named = NAMED.exec(text);
  return named ? iso(named[3]!, MONTH_OF.get(named[2]!.toLowerCase())!, named[1]!) : undefined;
}
