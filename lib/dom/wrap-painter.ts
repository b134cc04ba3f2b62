import { addPageStyle, MENTION_COLOURS as C, type Painter, type Span } from './painter';
import { piecesOf, type TextIndex } from './text-index';

export const MARK_TAG = 'backstory-mark';

interface Wrapped {
  original: Text;
  piece: Text;
  rest: Text | null;
  mark: HTMLElement;
  span: Span;
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

  const wrap = (original: Text, start: number, end: number, span: Span) => {
    const piece = start > 0 ? original.splitText(start) : original;
    const rest = end - start < piece.data.length ? piece.splitText(end - start) : null;
    const mark = doc.createElement(MARK_TAG);
    piece.parentNode!.insertBefore(mark, piece);
    mark.appendChild(piece);
    wrapped.push({ original, piece, rest, mark, span });
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
    paint(index: TextIndex, spans) {
      clear();
      // Last span first, and within a node the later piece first: earlier offsets stay valid.
      for (const span of [...spans].reverse()) {
        for (const p of piecesOf(index, span.start, span.end).reverse()) wrap(p.node, p.start, p.end, span);
      }
    },
    setActive(_index, span) {
      for (const w of wrapped) {
        w.mark.toggleAttribute('data-active', span !== null && w.span.start === span.start && w.span.end === span.end);
      }
    },
    clear,
    destroy() {
      clear();
      style.remove();
    },
  };
}
