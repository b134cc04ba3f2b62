// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { readPublishedDate } from '../../lib/dom/read-published-date';

function page(head: string, body: string): Document {
  document.head.innerHTML = head;
  document.body.innerHTML = body;
  return document;
}

const jsonLd = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

beforeEach(() => {
  page('', '');
});

describe('readPublishedDate', () => {
  it('reads article:published_time metadata, by property or name', () => {
    expect(readPublishedDate(page('<meta property="article:published_time" content="2019-05-14T09:00:00Z">', '<p>Text</p>'))).toBe('2019-05-14');
    expect(readPublishedDate(page('<meta name="article:published_time" content="2019-05-15">', ''))).toBe('2019-05-15');
  });

  it('reads itemprop datePublished metadata, on a <meta> or on the element that shows the date', () => {
    expect(readPublishedDate(page('', '<article><meta itemprop="datePublished" content="2019-08-02"><p>Text</p></article>'))).toBe('2019-08-02');
    expect(readPublishedDate(page('', '<p><span itemprop="datePublished" content="2018-03-26T18:40:00+02:00">26. 3. 2018</span></p>'))).toBe('2018-03-26');
    expect(readPublishedDate(page('', '<p><time itemprop="datePublished" datetime="2018-03-27">Tuesday</time></p>'))).toBe('2018-03-27');
  });

  it('reads microdata dateCreated or a video’s uploadDate where no datePublished is given', () => {
    expect(readPublishedDate(page('', '<div itemscope><meta itemprop="uploadDate" content="2019-10-05T18:00:00Z"><p>Text</p></div>'))).toBe('2019-10-05');
    expect(readPublishedDate(page('', '<p><span itemprop="dateCreated" content="2019-04-26">Fri 26 Apr</span></p>'))).toBe('2019-04-26');
    expect(readPublishedDate(page('', '<p><span itemprop="dateModified">2019-04-30</span><span itemprop="datePublished">2019-04-25</span><span itemprop="dateCreated">2019-04-24</span></p>'))).toBe('2019-04-25');
  });

  it('takes no date without its year, which a parser would invent', () => {
    expect(readPublishedDate(page('', '<p><span itemprop="dateCreated">Fri 26 Apr</span></p>'))).toBeUndefined();
  });

  it('reads a day in another language’s form at the top of the page, and the Last-Modified header written into it', () => {
    expect(readPublishedDate(page('', '<div>2017年（平成29年）8月30日（水） 朝刊</div><article><p>Text</p></article>'))).toBe('2017-08-30');
    expect(readPublishedDate(page('', '<div>Вівторок, 17 лютого 2015 р.</div><article><p>Text</p></article>'))).toBe('2015-02-17');
    expect(readPublishedDate(page('<meta http-equiv="Last-Modified" content="Fri, 23 Aug 2019 12:15:00 GMT">', '<p>Text</p>'))).toBe('2019-08-23');
  });

  it('falls back on when the page was modified, which some pages give alone', () => {
    expect(readPublishedDate(page('<meta property="article:modified_time" content="2019-05-16T09:00:00Z">', '<p>Text</p>'))).toBe('2019-05-16');
    expect(readPublishedDate(page('', '<p><span itemprop="dateModified" content="2019-05-17">Friday</span></p>'))).toBe('2019-05-17');
    expect(
      readPublishedDate(page('<meta property="article:modified_time" content="2019-05-16"><meta name="DC.date" content="2019-05-12">', '<p>Text</p>')),
    ).toBe('2019-05-12');
  });

  it('reads the other metadata publishing systems write', () => {
    expect(readPublishedDate(page('<meta name="date" content="2018-08-21">', '<p>Text</p>'))).toBe('2018-08-21');
    expect(readPublishedDate(page('<meta name="DC.date.issued" content="2018-08-22">', '<p>Text</p>'))).toBe('2018-08-22');
  });

  it('reads citation metadata, a day in digits alone', () => {
    expect(readPublishedDate(page('<meta name="citation_publication_date" content="2019/08/12">', '<p>Text</p>'))).toBe('2019-08-12');
    expect(readPublishedDate(page('<meta name="pubdate" content="20190301">', '<p>Text</p>'))).toBe('2019-03-01');
  });

  it('reads any metadata named for publishing that holds a date, and RDFa', () => {
    const head = '<meta name="publisher" content="Nordic Wire"><meta name="cXenseParse:recs:publishtime" content="2019-10-05T19:42:00+0200">';
    expect(readPublishedDate(page(head, '<p>Text</p>'))).toBe('2019-10-05');
    expect(readPublishedDate(page('<meta name="publisher" content="May Day Press">', '<p>Text</p>'))).toBeUndefined();
    expect(readPublishedDate(page('', '<p>From the <span property="datePublished" content="2018-06-04">Summer 2018</span> issue</p>'))).toBe('2018-06-04');
  });

  it('reads a byline that ends with the date, and a slashed date before a time', () => {
    expect(readPublishedDate(page('', '<article><p class="when">Set by Harriet Pennock · Friday 29th December 2017</p><p>Quiz.</p></article>'))).toBe('2017-12-29');
    expect(readPublishedDate(page('', '<article><p class="info">Iyar 29, 5778, 5/14/2018 - 21:12 · Yonatan Segal</p><p>Story.</p></article>'))).toBe('2018-05-14');
  });

  it('reads a <time> that shows its date only as text', () => {
    expect(readPublishedDate(page('', '<article><p class="dateline"><time>Saturday 9 February 2019</time></p><p>Letters.</p></article>'))).toBe('2019-02-09');
  });

  it('reads the day in the page address', () => {
    expect(readPublishedDate(page('<link rel="canonical" href="https://news.example/travel/2019/08/17/dmz/">', '<p>Text</p>'))).toBe('2019-08-17');
  });

  it('reads a wire dateline opening one of the first paragraphs', () => {
    const story = '<article><p>THE SKETCH</p><p>WESTMINSTER, 14 March 2018 — The House sat.</p></article>';
    expect(readPublishedDate(page('', story), [document.querySelector('article')!])).toBe('2018-03-14');
  });

  it('takes when the page was changed only where nothing says when it was published', () => {
    const modified = '<meta property="article:modified_time" content="2019-02-18T19:40:00Z">';
    expect(readPublishedDate(page(modified, '<p>Text</p>'))).toBe('2019-02-18');
    expect(readPublishedDate(page('<meta property="og:updated_time" content="2019-10-20T07:00:00-04:00">', '<p>Text</p>'))).toBe('2019-10-20');
    expect(readPublishedDate(page(modified, '<p>Published 17 February 2019</p>'))).toBe('2019-02-17');
  });

  it('reads, last of all, a line that is a date alone, above the story or in it', () => {
    const story = '<div class="stamp">April 7, 2017 / 5:32 PM</div><article><p>On April 6, 2017, ships fired missiles.</p></article>';
    expect(readPublishedDate(page('', story), [document.querySelector('article')!])).toBe('2017-04-07');
    expect(readPublishedDate(page('', '<article><p>On April 6, 2017, ships fired missiles.</p></article>'))).toBeUndefined();
  });

  it('reads JSON-LD, skipping blocks without a date or that do not parse', () => {
    const head =
      '<script type="application/ld+json">{ broken</script>' +
      jsonLd({ '@type': 'Organization', name: 'Paper' }) +
      jsonLd({ '@graph': [{ '@type': 'NewsArticle', datePublished: '2019-05-16T10:00:00Z' }] });
    expect(readPublishedDate(page(head, '<p>Text</p>'))).toBe('2019-05-16');
  });

  it('reads <time datetime>', () => {
    expect(readPublishedDate(page('', '<p><time datetime="2019-01-01">then</time></p>'))).toBe('2019-01-01');
    expect(readPublishedDate(page('', '<time>no attribute</time><article><time datetime="2019-05-17T08:00">May 17</time></article>'))).toBe(
      '2019-05-17',
    );
  });

  // The selector 'article time[datetime], time[datetime]' lists the article's <time> first, but a
  // selector list does not rank its parts: querySelector returns the first match in document
  // order, so a <time> in a header or sidebar before the article wins.
  it('prefers the <time> inside the article to an earlier one outside it', () => {
    const doc = page('', '<aside><time datetime="2020-01-01">sidebar</time></aside><article><time datetime="2019-05-17T08:00">May 17</time></article>');
    expect(readPublishedDate(doc)).toBe('2019-05-17');
  });

  it('reads a visible dateline last', () => {
    expect(readPublishedDate(page('', '<article><p class="byline">By A. Writer. Updated 18 May 2019</p><p>Text</p></article>'))).toBe('2019-05-18');
  });

  it('reads a dateline that follows a line break with no space', () => {
    expect(readPublishedDate(page('', '<article><div class="meta"><span>Tom Ashdown</span><br>Updated 9 July 2018</div></article>'))).toBe('2018-07-09');
  });

  it('reads the dateline within the roots given', () => {
    const doc = page('', '<header>Published 1 January 2000</header><main><p>Published May 19, 2019</p></main>');
    expect(readPublishedDate(doc, [doc.querySelector('main')!])).toBe('2019-05-19');
    expect(readPublishedDate(doc)).toBe('2000-01-01');
  });

  it('prefers metadata to JSON-LD, JSON-LD to <time>, and <time> to a dateline', () => {
    const meta = '<meta property="article:published_time" content="2019-05-01">';
    const ld = jsonLd({ '@type': 'NewsArticle', datePublished: '2019-05-02' });
    const time = '<time datetime="2019-05-03">x</time>';
    const dateline = '<p>Published 4 May 2019</p>';
    expect(readPublishedDate(page(meta + ld, time + dateline))).toBe('2019-05-01');
    expect(readPublishedDate(page(ld, time + dateline))).toBe('2019-05-02');
    expect(readPublishedDate(page('', time + dateline))).toBe('2019-05-03');
    expect(readPublishedDate(page('', dateline))).toBe('2019-05-04');
  });

  it('falls through metadata that is not a date', () => {
    expect(readPublishedDate(page('<meta property="article:published_time" content="soon">', '<time datetime="2019-05-05">x</time>'))).toBe('2019-05-05');
  });

  it('is undefined for a page without a date', () => {
    expect(readPublishedDate(page('<title>News</title>', '<p>Lavrov met Pompeo in Sochi on Tuesday.</p>'))).toBeUndefined();
  });
});
