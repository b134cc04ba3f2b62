import { addPageStyle, MENTION_COLOURS as C, type PaintItem, type Painter } from './painter';
import { piecesOf } from './text-index';

export const MARK_TAG = 'backstory-mark';

interface Wrapped {
  original: Text;
  piece: Text;
  rest: Text | null;
  mark: HTMLElement;
  item: PaintItem;
}

/**
 * The fallback where the Highlight API is missing: wraps each mention's text in an element, and
 * undoes it exactly, so every text node the page knew holds its own text again.
 */
export function createWrapPainter(doc: Document): Painter {
  const style = addPageStyle(
    doc,
    `${MARK_TAG} { all: unset; background-color: ${C.background}; text-decoration: underline 2px ${C.underline}; text-underline-offset: 3px; }
${MARK_TAG}[data-active] { background-color: ${C.active}; }`,
  );
  let wrapped: Wrapped[] = [];

  const wrap = (original: Text, start: number, end: number, item: PaintItem) => {
    const piece = start > 0 ? original.splitText(start) : original;
    const rest = end - start < piece.data.length ? piece.splitText(end - start) : null;
    const mark = doc.createElement(MARK_TAG);
    piece.parentNode!.insertBefore(mark, piece);
    mark.appendChild(piece);
    wrapped.push({ original, piece, rest, mark, item });
  };

  const clear = () => {
    // Undo in the reverse order of wrapping, so each split is merged back into its own node.
    for (const { original, piece, rest, mark } of wrapped.reverse()) {
      mark.replaceWith(piece);
      if (rest) {
        piece.data += rest.data;
        rest.remove();
      }
      if (piece !== original) {
        original.data += piece.data;
        piece.remove();
      }
    }
    wrapped = [];
  };

  return {
    mode: 'wrap',
    paint(items) {
      clear();
      // Last item first, and within a node the later piece first: earlier offsets stay valid.
      for (const item of [...items].reverse()) {
        for (const p of piecesOf(item.index, item.start, item.end).reverse()) wrap(p.node, p.start, p.end, item);
      }
    },
    setActive(item) {
      for (const w of wrapped) {
        w.mark.toggleAttribute('data-active', w.item.key === item?.key);
      }
    },
    clear,
    destroy() {
      clear();
      style.remove();
    },
  };
}
