import { addPageStyle, MENTION_COLOURS as C, type Painter } from './painter';
import { rangeFor } from './text-index';

const MENTION = 'backstory-mention';
const ACTIVE = 'backstory-active';

export function supportsHighlights(win: Window & typeof globalThis): boolean {
  return typeof win.Highlight === 'function' && typeof win.CSS !== 'undefined' && 'highlights' in win.CSS;
}

/** Paints with the CSS Custom Highlight API: the page's DOM and text stay exactly as they were. */
export function createHighlightPainter(doc: Document): Painter {
  const win = doc.defaultView as Window & typeof globalThis;
  const style = addPageStyle(
    doc,
    `::highlight(${MENTION}) { background-color: ${C.background}; text-decoration: underline 2px ${C.underline}; text-underline-offset: 3px; }
::highlight(${ACTIVE}) { background-color: ${C.active}; }`,
  );
  const clear = () => {
    win.CSS.highlights.delete(MENTION);
    win.CSS.highlights.delete(ACTIVE);
  };
  return {
    mode: 'highlight',
    paint(index, spans) {
      win.CSS.highlights.set(MENTION, new win.Highlight(...spans.map((s) => rangeFor(index, s.start, s.end))));
    },
    setActive(index, span) {
      if (span) win.CSS.highlights.set(ACTIVE, new win.Highlight(rangeFor(index, span.start, span.end)));
      else win.CSS.highlights.delete(ACTIVE);
    },
    clear,
    destroy() {
      clear();
      style.remove();
    },
  };
}
