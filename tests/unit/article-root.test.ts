// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { findArticleRoots, isBoilerplate } from '../../lib/dom/article-root';

beforeEach(() => {
  document.body.innerHTML = '';
});

const paragraph = (n: number) => `<p>${'The minister spoke to reporters after the talks ended late on Tuesday. '.repeat(n)}</p>`;

describe('findArticleRoots', () => {
  it('takes the <article> when the page marks one', () => {
    document.body.innerHTML = `<nav><a>Home</a></nav><article id="story"><h1>Title</h1>${paragraph(3)}</article>`;
    expect(findArticleRoots(document).map((el) => el.id)).toEqual(['story']);
  });

  it('takes the <article> around a marked-up body, for the headline and standfirst beside it', () => {
    document.body.innerHTML = `<nav><a>Home</a></nav><article id="story"><h1>Title</h1><p>Standfirst.</p><div itemprop="articleBody">${paragraph(3)}</div></article>`;
    expect(findArticleRoots(document).map((el) => el.id)).toEqual(['story']);
  });

  it('keeps each marked-up body where one <article> holds several', () => {
    document.body.innerHTML = `<article><div id="a" itemprop="articleBody">${paragraph(3)}</div><div id="b" itemprop="articleBody">${paragraph(3)}</div></article>`;
    expect(findArticleRoots(document).map((el) => el.id)).toEqual(['a', 'b']);
  });

  it('finds the story column of a page without article markup, headline included, rail left out', () => {
    document.body.innerHTML = `
      <div class="top"><a>World</a> <a>Politics</a></div>
      <div class="wrap">
        <div id="column"><div class="hl"><h1>Ministers meet</h1></div><div class="cap">A caption</div>
          <div class="txt">${paragraph(3)}${paragraph(2)}${paragraph(4)}</div></div>
        <div class="col-side"><div><a>Another story about ministers</a></div><div><a>And one more</a></div></div>
      </div>
      <div class="bottom">Copyright</div>`;
    expect(findArticleRoots(document).map((el) => el.id)).toEqual(['column']);
  });

  it('takes in the standfirst beside the text, but not a list of links beside it', () => {
    document.body.innerHTML = `<h1>Ministers meet</h1>
      <div><div id="story"><div class="standfirst">Talks ran late into the night.</div><div>${paragraph(4)}${paragraph(4)}</div></div>
      <div><b>Most read</b><div><a>Another story about the ministers and their talks</a></div><div><a>And one more story about them</a></div></div></div>`;
    expect(findArticleRoots(document).map((el) => el.id)).toEqual(['story']);
  });

  it('takes all of <main> where the story runs on past its paragraphs, in captions, but not a list of links in it', () => {
    const essay = (rail: string) => `<header><a>News</a> <a>Pictures</a></header>
      <main id="main"><div id="head"><h1>Leaders meet</h1>${paragraph(4)}${paragraph(4)}</div>
        <ol><li><figure><figcaption>The two leaders shake hands at the airport.</figcaption></figure></li></ol>
        <p>They spoke for an hour.</p>${rail}</main>`;
    document.body.innerHTML = essay('');
    expect(findArticleRoots(document).map((el) => el.id)).toEqual(['main']);
    const links = '<div><a>Another story about the leaders and their meeting, and what came of it</a></div>'.repeat(6);
    document.body.innerHTML = essay(`<div>${links}</div>`);
    expect(findArticleRoots(document).map((el) => el.id)).toEqual(['head']);
  });

  it('reads the whole body when no block holds a story’s worth of paragraphs', () => {
    document.body.innerHTML = '<div><p>One short line of text here.</p></div><div>Other things</div>';
    expect(findArticleRoots(document)).toEqual([document.body]);
  });
});

describe('isBoilerplate', () => {
  it('leaves out an aside, but not one that quotes the story back to the reader', () => {
    document.body.innerHTML = '<article><aside id="rail">Related</aside><aside class="pull">‘I am appalled’</aside><aside class="story-pullquote">Quote</aside></article>';
    expect([...document.querySelectorAll('aside')].map(isBoilerplate)).toEqual([true, false, false]);
  });

  it('leaves out boxes beside the story and a reading list, but keeps its tags and a “Read also” line', () => {
    document.body.innerHTML =
      '<article><div class="side-box">Latest</div><div class="content reading">Reading list</div><div class="read-also">Also</div><div class="tags">Kremlin</div><div class="inside">Text</div></article>';
    expect([...document.querySelectorAll('article > *')].map(isBoilerplate)).toEqual([true, true, false, false, false]);
  });
});
