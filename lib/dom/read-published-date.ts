import { dateFromDateline, datePublishedFromJsonLd, toIsoDay } from '../page/published-date';

/** The article's publication day, from its metadata, JSON-LD, `<time datetime>` or a visible dateline. */
export function readPublishedDate(doc: Document, roots: readonly Node[] = [doc.body]): string | undefined {
  const meta = doc.querySelector<HTMLMetaElement>(
    'meta[property="article:published_time"], meta[name="article:published_time"], meta[itemprop="datePublished"]',
  );
  const fromMeta = toIsoDay(meta?.content);
  if (fromMeta) return fromMeta;
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const fromJsonLd = datePublishedFromJsonLd(script.textContent ?? '');
    if (fromJsonLd) return fromJsonLd;
  }
  // The article's own <time> first: a sidebar's may come earlier in the page.
  const time = doc.querySelector('article time[datetime]') ?? doc.querySelector('time[datetime]');
  const fromTime = toIsoDay(time?.getAttribute('datetime'));
  if (fromTime) return fromTime;
  for (const root of roots) {
    const fromDateline = dateFromDateline((root.textContent ?? '').slice(0, 3000));
    if (fromDateline) return fromDateline;
  }
  return undefined;
}
