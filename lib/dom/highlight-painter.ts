import { addPageStyle, MENTION_COLOURS as C, type PaintItem, type Painter } from './painter';
import { rangeFor } from './text-index';

const MENTION = 'backstory-mention';
const ACTIVE = 'backstory-active';

export function supportsHighlights(win: Window & typeof globalThis): boolean {
  return typeof win.Highlight === 'function' && typeof win.CSS !== 'undefined' && 'highlights' in win.CSS;
}

/**
 * The highlights' look. The extension's manifest injects the same rules (public/highlights.css)
 * into every page before it is parsed: a style added to a large page later would make the browser
 * restyle all of it, which on a 5 MB page takes half a second.
 */
export const HIGHLIGHT_CSS = `::highlight(${MENTION}) { background-color: ${C.background}; text-decoration: underline 2px ${C.underline}; text-underline-offset: 3px; }
::highlight(${ACTIVE}) { background-color: ${C.active}; }
`;

/**
 * Paints with the CSS Custom Highlight API: the page's DOM and text stay exactly as they were.
 * `documentStyled`: the rules are already in the document (injected by the manifest).
 */
export function createHighlightPainter(doc: Document, documentStyled: boolean): Painter {
  const win = doc.defaultView as Window & typeof globalThis;
  const styles = new Map<Node, HTMLStyleElement>(documentStyled ? [] : [[doc, addPageStyle(doc, HIGHLIGHT_CSS)]]);
  // Page styles do not reach into shadow roots: each one we paint in gets the rules too.
  const styleScopes = (items: readonly PaintItem[]) => {
    for (const { index } of items) {
      for (const root of index.shadowRoots) if (!styles.has(root)) styles.set(root, addPageStyle(doc, HIGHLIGHT_CSS, root));
    }
  };
  // One Highlight, kept up to date by difference: repainting after a change costs what changed.
  const mentions = new win.Highlight();
  const painted = new Map<string, Range>();
  const clear = () => {
    mentions.clear();
    painted.clear();
    win.CSS.highlights.delete(MENTION);
    win.CSS.highlights.delete(ACTIVE);
  };
  return {
    mode: 'highlight',
    paint(items) {
      styleScopes(items);
      const wanted = new Set<string>();
      for (const item of items) {
        wanted.add(item.key);
        if (painted.has(item.key)) continue;
        const range = rangeFor(item.index, item.start, item.end);
        painted.set(item.key, range);
        mentions.add(range);
      }
      for (const [key, range] of painted) {
        if (wanted.has(key)) continue;
        mentions.delete(range);
        painted.delete(key);
      }
      if (!win.CSS.highlights.has(MENTION)) win.CSS.highlights.set(MENTION, mentions);
    },
    setActive(item) {
      if (item) win.CSS.highlights.set(ACTIVE, new win.Highlight(rangeFor(item.index, item.start, item.end)));
      else win.CSS.highlights.delete(ACTIVE);
    },
    clear,
    destroy() {
      clear();
      for (const style of styles.values()) style.remove();
    },
  };
}
