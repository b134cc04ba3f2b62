import { datePublishedFromJsonLd, toIsoDay } from '../page/published-date';

/** The article's publication day, from its metadata, JSON-LD or first `<time datetime>`. */
export function readPublishedDate(doc: Document): string | undefined {
  const meta = doc.querySelector<HTMLMetaElement>(
    'meta[property="article:published_time"], meta[name="article:published_time"], meta[itemprop="datePublished"]',
  );
  const fromMeta = toIsoDay(meta?.content);
  if (fromMeta) return fromMeta;
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const fromJsonLd = datePublishedFromJsonLd(script.textContent ?? '');
    if (fromJsonLd) return fromJsonLd;
  }
  return toIsoDay(doc.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime'));
}
