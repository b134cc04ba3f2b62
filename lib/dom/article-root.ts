import { textLengthUpTo } from './text-index';

/**
 * Where an article's own text is: its body, without the navigation, rails, comments and credits
 * that surround it on a news page.
 */

const BOILERPLATE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'FORM', 'DIALOG']);
const BOILERPLATE_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'search', 'dialog', 'menu']);
const BOILERPLATE_NAME =
  /(?:^|[\s_-])(?:related|recommended|more-stories|most-read|trending|comments?|share|sharing|social|newsletter|promo|advert|ads?|sponsored|credits?|photo-credit|breadcrumbs?|tags|paywall|cookie)(?:$|[\s_-])/i;

/** True for an element that surrounds an article rather than belongs to it. */
export function isBoilerplate(el: Element): boolean {
  if (BOILERPLATE_TAGS.has(el.tagName)) return true;
  // Most elements of a long page carry no attributes at all: nothing more to ask of them.
  if (!el.hasAttributes()) return false;
  const role = el.getAttribute('role');
  if (role && BOILERPLATE_ROLES.has(role)) return true;
  const name = `${el.id} ${typeof el.className === 'string' ? el.className : ''}`;
  return name.length > 1 && BOILERPLATE_NAME.test(name);
}

function outermost(elements: Element[]): Element[] {
  return elements.filter((el) => !elements.some((other) => other !== el && other.contains(el)));
}

/** Enough text to tell a story from a teaser (the rule below needs no more than 2,000 characters). */
const textLength = (el: Element) => textLengthUpTo(el, 2000);

/**
 * The elements holding the article's body: marked-up article bodies, else `<article>` elements
 * (all of them: a live blog has one per entry) that are not in a rail, else `<main>`, else the body.
 * Headers and footers of the page itself are skipped by the boilerplate rule when the body is used.
 */
export function findArticleRoots(doc: Document): Element[] {
  const inRail = (el: Element) => {
    for (let p = el.parentElement; p; p = p.parentElement) if (isBoilerplate(p)) return true;
    return false;
  };
  const marked = outermost([...doc.querySelectorAll('[itemprop="articleBody"], [data-article-body]')]);
  if (marked.length > 0) return marked;
  const articles = outermost([...doc.querySelectorAll('article, [role="article"]')].filter((a) => !inRail(a)));
  if (articles.length > 0) {
    // A teaser <article> beside the story is not the story: keep those of real length.
    const longest = Math.max(...articles.map(textLength));
    return articles.filter((a) => textLength(a) >= Math.min(400, longest * 0.2));
  }
  const main = doc.querySelector('main, [role="main"]');
  return [main ?? doc.body];
}

/** Page chrome outside an article: skipped when the whole body is the root. */
export function isPageChrome(el: Element): boolean {
  return el.tagName === 'HEADER' && el.closest('article, main') === null;
}

/** The article's roots, and which elements inside them to leave unread (ours among them). */
export function articleScope(doc: Document, ownTag: string): { roots: Element[]; skip: (el: Element) => boolean } {
  const roots = findArticleRoots(doc);
  const wholeBody = roots.length === 1 && roots[0] === doc.body;
  const own = ownTag.toUpperCase();
  return { roots, skip: (el) => el.tagName === own || isBoilerplate(el) || (wholeBody && isPageChrome(el)) };
}
