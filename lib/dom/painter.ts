import type { TextIndex } from './text-index';


/** A span [start, end) of one text index, to paint. */
export interface PaintItem {
  key: string;
  index: TextIndex;
  start: number;
  end: number;
}

/** Draws mention highlights on the page and takes them all away again, exactly. */
export interface Painter {
  /** 'highlight' paints without touching the DOM; 'wrap' wraps text in elements it removes later. */
  readonly mode: 'highlight' | 'wrap';
  /** Paints exactly these spans, replacing what was painted before. */
  paint(items: readonly PaintItem[]): void;
  /** Marks the mention under the pointer, or none. */
  setActive(item: PaintItem | null): void;
  clear(): void;
  destroy(): void;
}

export const MENTION_COLOURS = {
  background: 'rgba(255, 209, 102, 0.32)',
  underline: 'rgba(176, 120, 0, 0.85)',
  active: 'rgba(255, 196, 61, 0.6)',
};

/** A style element of ours in the page's head (or a web component's shadow root), removed with the painter. */
export function addPageStyle(doc: Document, css: string, into: Node = doc.head ?? doc.documentElement): HTMLStyleElement {
  const style = doc.createElement('style');
  style.dataset.backstory = '';
  style.textContent = css;
  (into as ParentNode).append(style);
  return style;
}
