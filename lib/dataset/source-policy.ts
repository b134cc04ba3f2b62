/**
 * Sources a record may not rest on: copies of encyclopedia articles (cite the original), blogs
 * and trivia sites, and outlets that Wikipedia's editors deprecate as unreliable.
 */
const MIRRORS = [
  'wikimili.com', 'thereaderwiki.com', 'detailedpedia.com', 'wikiz.com', 'wikisum.wiki', 'encyclopedia.datana.cloud',
  'graphsearch.epfl.ch', 'locke.citizendium.org', 'en.x-mol.com', 'simple.wikipedia.org', 'simple.m.wikipedia.org',
  'kids.britannica.com', 'archive.is', 'cloudfront.net',
];
const TRIVIA = ['triviaquestions.online', 'onthisday.com', 'okaynews.com', 'enovosty.com', 'ru24.pro', 'fltr.news', 'highergroundtimes.com'];
const DEPRECATED = [
  'dailymail.co.uk', 'dailycaller.com', 'theepochtimes.com', 'oann.com', 'rt.com', 'pravda.ru', 'news-front.su',
  'crooksandliars.com', 'europeanconservative.com', 'opinionua.com',
];
const SELF_PUBLISHED = /(^|\.)(blogspot\.com|wordpress\.com|wixsite\.com|fandom\.com|medium\.com|substack\.com)$/;
const BLOCKED = [...MIRRORS, ...TRIVIA, ...DEPRECATED];

/** Why a source URL is refused, or null if it is acceptable. */
export function sourceProblem(url: string): string | null {
  const parsed = new URL(url);
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  if (parsed.protocol === 'http:') return 'use https';
  if (SELF_PUBLISHED.test(host)) return `${host} is self-published`;
  const blocked = BLOCKED.find((b) => host === b || host.endsWith(`.${b}`));
  return blocked ? `${host} is not an accepted source (a copy, a trivia site or a deprecated outlet)` : null;
}
