/**
 * Functions that run inside a test page, to read what a reader sees there. They are passed to
 * page.evaluate, so each is self-contained and uses only the page's own DOM.
 */

/** The text of every painted mention, in page order. */
export function paintedMentions(): string[] {
  const highlight = CSS.highlights.get('backstory-mention');
  if (!highlight) return [];
  const ranges = [...(highlight as unknown as Set<Range>)];
  ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  return ranges.map((r) => r.toString());
}

/** The centre of the first line box of the n-th occurrence of `text` in the article, scrolled into view. */
export function pointOnText([text, occurrence]: [string, number]): { x: number; y: number } {
  const root = document.querySelector('article') ?? document.body;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    let from = 0;
    for (let at = node.data.indexOf(text, from); at >= 0; at = node.data.indexOf(text, from)) {
      if (seen++ === occurrence) {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        node.parentElement!.scrollIntoView({ block: 'center' });
        const rect = range.getClientRects()[0]!;
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      from = at + 1;
    }
  }
  throw new Error(`"${text}" #${occurrence} not found`);
}

/** Whether the popover is on screen with a record in it (one rendered unseen during the dwell is not). */
export function popoverShown(): boolean {
  const card = document.querySelector('backstory-popover')?.shadowRoot?.querySelector('.bs-card');
  return !!card?.querySelector('.bs-name') && getComputedStyle(card).visibility === 'visible';
}
