import { textLengthUpTo } from './text-index';

/**
 * Where an article's own text is: its body, without the navigation, rails, comments and credits
 * that surround it on a news page.
 */

const BOILERPLATE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'FORM', 'DIALOG']);
const BOILERPLATE_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'search', 'dialog', 'menu']);
/**
 * Class names of what stands around a story: rails and boxes beside it ("side-box"), a list of
 * other reads at its end ("reading"). A story's tags are its own subjects, and stay in, as does a
 * "Read also" line inside it, which names them too.
 */
const BOILERPLATE_NAME =
  /(?:^|[\s_-])(?:related|recommended|more-stories|most-read|most-popular|popular|trending|comments?|replies|disqus|share|sharing|social|newsletter|promo|advert|ads?|sponsored|sponsor|credits?|photo-credit|breadcrumbs?|paywall|cookie|gdpr|sidebar|side|rail|reading|outbrain|taboola|pagination|pager|popup|menu|footer)(?:$|[\s_-])/i;

/** An aside that quotes the story back to the reader: its words are the story's. */
const PULL_QUOTE = /(?:^|[\s_-])(?:pull|pullquote|quote)(?:$|[\s_-])/i;

/** An element's id and classes, which say what a page uses it for. */
const nameOf = (el: Element) => `${el.id} ${typeof el.className === 'string' ? el.className : ''}`;

/** True for an element that surrounds an article rather than belongs to it. */
export function isBoilerplate(el: Element): boolean {
  if (BOILERPLATE_TAGS.has(el.tagName)) return !(el.tagName === 'ASIDE' && PULL_QUOTE.test(nameOf(el)));
  // Most elements of a long page carry no attributes at all: nothing more to ask of them.
  if (!el.hasAttributes()) return false;
  const role = el.getAttribute('role');
  if (role && BOILERPLATE_ROLES.has(role)) return true;
  const name = nameOf(el);
  if (name.length <= 1) return false;
  // A page repeats a few class names on thousands of elements: test each name once.
  let verdict = namesSeen.get(name);
  if (verdict === undefined) {
    verdict = BOILERPLATE_NAME.test(name);
    if (namesSeen.size < MAX_NAMES_SEEN) namesSeen.set(name, verdict);
  }
  return verdict;
}
const namesSeen = new Map<string, boolean>();
const MAX_NAMES_SEEN = 4096;

function outermost(elements: Element[]): Element[] {
  return elements.filter((el) => !elements.some((other) => other !== el && other.contains(el)));
}

/** Enough text to tell a story from a teaser (the rule below needs no more than 2,000 characters). */
const textLength = (el: Element) => textLengthUpTo(el, 2000);

/**
 * The elements holding the article's body: marked-up article bodies (with the `<article>` around
 * each), else `<article>` elements (all of them: a live blog has one per entry) that are not in a
 * rail, else `<main>`, else the body.
 * Headers and footers of the page itself are skipped by the boilerplate rule when the body is used.
 */
export function findArticleRoots(doc: Document): Element[] {
  const inRail = (el: Element) => {
    for (let p = el.parentElement; p; p = p.parentElement) if (isBoilerplate(p)) return true;
    return false;
  };
  const marked = outermost([...doc.querySelectorAll('[itemprop="articleBody"], [data-article-body]')]);
  if (marked.length > 0) return outermost(marked.map((body) => articleAround(body, marked)));
  const articles = outermost([...doc.querySelectorAll('article, [role="article"]')].filter((a) => !inRail(a)));
  if (articles.length > 0) {
    // A teaser <article> beside the story is not the story: keep those of real length.
    const longest = Math.max(...articles.map(textLength));
    return articles.filter((a) => textLength(a) >= Math.min(400, longest * 0.2));
  }
  const main = doc.querySelector('main, [role="main"]');
  return [storyBlock(main ?? doc.body) ?? main ?? doc.body];
}

/**
 * The `<article>` that holds a marked-up body and no other, else the body itself: microdata marks
 * the running text as the body, and the headline, standfirst and captions stand beside it in the
 * article, where they are as much the story's.
 */
function articleAround(body: Element, marked: readonly Element[]): Element {
  const article = body.parentElement?.closest('article, [role="article"]');
  return article && marked.every((other) => other === body || !article.contains(other)) ? article : body;
}

/** Paragraph text that makes a block the story rather than a teaser list. */
const MIN_STORY_CHARS = 500;
/** Beyond this share of link text, what surrounds the story is a rail or a menu, not more of it. */
const MAX_LINK_SHARE = 0.5;
const BLOCK_INSIDE = 'address, article, aside, blockquote, div, dl, figure, footer, form, h1, h2, h3, h4, h5, h6, header, nav, ol, p, section, table, ul';

/** A paragraph, or a div used as one (it holds only inline content). */
const isParagraph = (el: Element) => el.tagName === 'P' || (el.tagName === 'DIV' && el.querySelector(BLOCK_INSIDE) === null);
const textOf = (el: Element) => el.textContent?.length ?? 0;
const linkTextOf = (el: Element) => [...el.querySelectorAll('a')].reduce((sum, a) => sum + textOf(a), 0);

/**
 * A page without article markup: the block holding most of the paragraph text (each paragraph
 * counts for its parent, and half for its grandparent, as reading-mode tools score them), widened
 * over what stands beside it (headline, standfirst, caption) for as long as that is not mostly
 * links: rails, menus and footers stay out.
 */
function storyBlock(within: Element): Element | null {
  const scores = new Map<Element, number>();
  for (const p of within.querySelectorAll('p, div')) {
    if (!isParagraph(p) || p.closest('nav, aside, footer')) continue;
    const length = textLengthUpTo(p, 2000);
    if (length < 25) continue;
    const parent = p.parentElement;
    if (parent) scores.set(parent, (scores.get(parent) ?? 0) + length);
    const grand = parent?.parentElement;
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + length / 2);
  }
  let best: Element | null = null;
  for (const [el, score] of scores) if (el !== within && within.contains(el) && score >= MIN_STORY_CHARS && (!best || score > scores.get(best)!)) best = el;
  if (!best) return null;
  // The page's <main> is its main content by definition: the widening may take all of it. The body
  // holds the page's own header and menus as well.
  const widest = within.tagName === 'MAIN' || within.getAttribute('role') === 'main' ? within : null;
  for (let parent = best.parentElement; parent && (parent === widest || (parent !== within && within.contains(parent))); parent = parent.parentElement) {
    const extra = textOf(parent) - textOf(best);
    if (extra > 0 && (linkTextOf(parent) - linkTextOf(best)) / extra > MAX_LINK_SHARE) break;
    best = parent;
  }
  return best;
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
