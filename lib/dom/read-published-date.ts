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
    const fromDateline = dateFromDateline(leadingText(root, 3000));
    if (fromDateline) return fromDateline;
  }
  return undefined;
}

/**
 * The first `cap` characters of a subtree's text, its text nodes joined by spaces: `textContent`
 * runs "Tom Ashdown<br>Updated 9 July" together as "AshdownUpdated", and hides the dateline.
 */
function leadingText(root: Node, cap: number): string {
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node && text.length < cap; node = walker.nextNode()) text += `${node.nodeValue ?? ''} `;
  return text.slice(0, cap);
}
