import { dateInLocalForm } from '../page/local-dates';
import { dateFromDateline, dateFromPlaceDateline, dateFromStamp, dateFromUrl, dateInText, datePublishedFromJsonLd, toIsoDay } from '../page/published-date';

/** The publication-date metadata news sites and their publishing systems write, the usual first. */
const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="publish-date"]',
  'meta[name="date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="DC.date"]',
  'meta[name="dc.date"]',
  'meta[name="dcterms.issued"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="sailthru.date"]',
  'meta[name="citation_publication_date"]',
  'meta[name="citation_date"]',
].join(', ');

/** Other systems' own names for it, all holding "publish": "cXenseParse:recs:publishtime", "article.published". */
const ANY_PUBLISH_META = 'meta[name*="publish" i], meta[property*="publish" i]';

/** When the page was last changed, which some pages give alone: after the publication date, and close to it. */
const MODIFIED = [
  'meta[property="article:modified_time"]',
  'meta[name="article:modified_time"]',
  'meta[property="og:updated_time"]',
  'meta[name="dateModified"]',
  '[itemprop="dateModified"]',
  // The HTTP header written into the page; spelt both ways, as not every DOM folds its case.
  'meta[http-equiv="Last-Modified"]',
  'meta[http-equiv="last-modified"]',
].join(', ');

/** The first of those metadata that holds a date with its year ("publisher" holds a name). */
function anyPublishMeta(doc: Document): string | undefined {
  for (const meta of doc.querySelectorAll<HTMLMetaElement>(ANY_PUBLISH_META)) {
    const day = /\d{4}/.test(meta.content) ? toIsoDay(meta.content) : undefined;
    if (day) return day;
  }
  return undefined;
}

/**
 * Microdata's or RDFa's datePublished, on a `<meta>` or on the element that shows the date; else
 * when the work was created, or a video uploaded, which some pages give alone.
 */
function microdataDate(doc: Document): string | undefined {
  return (
    dateOnElement(doc.querySelector('[itemprop="datePublished"], [property="datePublished"], [property="schema:datePublished"]')) ??
    dateOnElement(doc.querySelector('[itemprop="dateCreated"], [itemprop="uploadDate"]'))
  );
}

/**
 * The article's publication day, from its metadata, microdata, JSON-LD, `<time>`, its address, a
 * visible dateline, a line that is a date alone, or, last, when the page says it was changed.
 */
export function readPublishedDate(doc: Document, roots: readonly Node[] = [doc.body]): string | undefined {
  const fromMeta = toIsoDay(doc.querySelector<HTMLMetaElement>(DATE_META)?.content) ?? microdataDate(doc) ?? anyPublishMeta(doc);
  if (fromMeta) return fromMeta;
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const fromJsonLd = datePublishedFromJsonLd(script.textContent ?? '');
    if (fromJsonLd) return fromJsonLd;
  }
  // The article's own <time> first: a sidebar's may come earlier in the page.
  const time = doc.querySelector('article time[datetime]') ?? doc.querySelector('time[datetime]');
  const fromTime = toIsoDay(time?.getAttribute('datetime'));
  if (fromTime) return fromTime;
  const fromUrl = [doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), doc.querySelector<HTMLMetaElement>('meta[property="og:url"]')?.content, doc.URL]
    .map(dateFromUrl)
    .find((day) => day !== undefined);
  if (fromUrl) return fromUrl;
  // Each root's opening text, read once for its dateline and, failing all else, for a day in another form.
  const leading = new Map<Node, string>();
  const leadingOf = (root: Node) => leading.get(root) ?? leading.set(root, leadingText(root, 3000)).get(root)!;
  for (const root of roots) {
    const fromDateline = dateFromDateline(leadingOf(root)) ?? shownTime(root) ?? placeDateline(root);
    if (fromDateline) return fromDateline;
  }
  // A wire stamp may stand above the story, outside what was taken for it.
  for (const root of [...roots, doc.body]) {
    const fromStamp = leadingLines(root, 3000).map(dateFromStamp).find((day) => day !== undefined);
    if (fromStamp) return fromStamp;
  }
  // A day in another language's form, which an English edition may keep in its masthead or byline.
  for (const root of [...roots, doc.body]) {
    const local = dateInLocalForm(leadingOf(root));
    if (local) return local;
  }
  // Last, when the page was changed, which some give alone: near enough to read its descriptions by.
  return dateOnElement(doc.querySelector(MODIFIED));
}

/** The date an element gives: in its `content` (a `<meta>`, microdata, RDFa), its `datetime`, or as its text. */
function dateOnElement(el: Element | null): string | undefined {
  return el ? toIsoDay(el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.textContent) : undefined;
}

/** An element or document to search in; tested by shape, since a root may come from a frame's own window. */
const asParent = (node: Node): ParentNode | undefined => ('querySelector' in node ? (node as ParentNode) : undefined);

/** A `<time>` that shows its date only as text: "<time>Saturday 9 February 2019</time>". */
function shownTime(root: Node): string | undefined {
  const times = asParent(root)?.querySelectorAll('time') ?? [];
  for (const time of times) {
    const day = dateInText(time.textContent ?? '');
    if (day) return day;
  }
  return undefined;
}

/** A wire dateline opening one of the story's first paragraphs (a kicker may be the first). */
function placeDateline(root: Node): string | undefined {
  const paragraphs = [...(asParent(root)?.querySelectorAll('p') ?? [])].slice(0, 3);
  for (const p of paragraphs) {
    const day = dateFromPlaceDateline(p.textContent?.slice(0, 200) ?? '');
    if (day) return day;
  }
  return undefined;
}
/** The text nodes in the first `cap` characters of a subtree, each as one line. */
function leadingLines(root: Node, cap: number): string[] {
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const lines: string[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node && length < cap; node = walker.nextNode()) {
    const line = node.nodeValue ?? '';
    length += line.length;
    if (line.trim() !== '') lines.push(line);
  }
  return lines;
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
