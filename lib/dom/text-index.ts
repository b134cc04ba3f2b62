/**
 * The readable text of a subtree as one string, with the text nodes it came from, so that a
 * match can span inline markup ("INF <em>Treaty</em>") and still map back to DOM positions.
 * Text in different blocks is joined with BLOCK_BREAK, which no alias can match across; a `<br>`
 * inside a block reads as a space, as it does on screen.
 */
export const BLOCK_BREAK = '\u0000';

export interface TextIndex {
  text: string;
  nodes: Text[];
  /** `starts[i]` is where `nodes[i]` begins in `text`. */
  starts: number[];
  /** Open shadow roots the text came from: page styles do not reach into them. */
  shadowRoots: ShadowRoot[];
}

/** Elements that flow inside a line: text on either side of them belongs to one phrase. */
const INLINE = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS', 'KBD',
  'MARK', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR', 'BACKSTORY-MARK',
]);

/** Never read: code, form fields, editable regions, hidden content and foreign markup. */
const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'IFRAME',
  'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'svg', 'SVG', 'math', 'MATH', 'HEAD', 'TITLE',
]);

/** Whether to leave an element unread; `tag` is its tagName, which the walk has read already. */
export function isSkippedElement(el: Element, tag: string, skip: (el: Element) => boolean): boolean {
  if (SKIPPED.has(tag) || skip(el)) return true;
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

export function collectText(root: Node, skip: (el: Element) => boolean = () => false): TextIndex {
  const doc = root.ownerDocument ?? (root as Document);
  const blockOf = new Map<Element, Element>();
  const findBlock = (el: Element): Element => {
    const known = blockOf.get(el);
    if (known) return known;
    const block = INLINE.has(el.tagName) && el.parentElement ? findBlock(el.parentElement) : el;
    blockOf.set(el, block);
    return block;
  };
  // Links side by side are separate items (a story's tags, a menu), set apart on screen by style.
  const linkOf = new Map<Element, Element | null>();
  const findLink = (el: Element): Element | null => {
    const known = linkOf.get(el);
    if (known !== undefined) return known;
    const link = el.tagName === 'A' ? el : INLINE.has(el.tagName) && el.parentElement ? findLink(el.parentElement) : null;
    linkOf.set(el, link);
    return link;
  };
  let lastLink: Element | null = null;
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  const shadowRoots: ShadowRoot[] = [];
  let length = 0;
  let lastBlock: Element | null = null;
  let pendingBreak = false;

  // No filter callback: the browser calling back into script for every node costs more than the
  // walk itself. A skipped element's subtree is stepped over by hand instead.
  const walk = (from: Node) => {
    const walker = doc.createTreeWalker(from, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    const pastSubtree = (): Node | null => {
      for (;;) {
        const sibling = walker.nextSibling();
        if (sibling) return sibling;
        const parent = walker.parentNode();
        if (!parent || parent === from) return null;
      }
    };
    let node = walker.nextNode();
    while (node) {
      if (node.nodeType === Node.ELEMENT_NODE) {
        const el = node as Element;
        const tag = el.tagName;
        if (isSkippedElement(el, tag, skip)) {
          node = pastSubtree();
          continue;
        }
        if (tag === 'BR') pendingBreak = true;
        // Web components: their open shadow roots hold text a reader sees; read it in place.
        if (el.shadowRoot) {
          shadowRoots.push(el.shadowRoot);
          lastBlock = null;
          walk(el.shadowRoot);
          lastBlock = null;
        }
        node = walker.nextNode();
        continue;
      }
      const text = node as Text;
      node = walker.nextNode();
      const data = text.data;
      const parent = data.length === 0 ? null : text.parentElement;
      if (!parent) continue;
      const block = findBlock(parent);
      const link = findLink(parent);
      const nextLink = link !== null && lastLink !== null && link !== lastLink;
      if (length > 0 && (block !== lastBlock || pendingBreak || nextLink)) {
        parts.push(block !== lastBlock ? BLOCK_BREAK : ' ');
        length += 1;
      }
      pendingBreak = false;
      lastBlock = block;
      lastLink = link;
      nodes.push(text);
      starts.push(length);
      parts.push(data);
      length += data.length;
    }
  };
  walk(root);
  return { text: parts.join(''), nodes, starts, shadowRoots };
}

/** The index of the node holding text offset `offset` (the last node starting at or before it). */
export function nodeIndexAt(index: TextIndex, offset: number): number {
  let lo = 0;
  let hi = index.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (index.starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A DOM range over text offsets [start, end) of the index. */
export function rangeFor(index: TextIndex, start: number, end: number): Range {
  const first = nodeIndexAt(index, start);
  const last = nodeIndexAt(index, end - 1);
  const range = index.nodes[first]!.ownerDocument.createRange();
  range.setStart(index.nodes[first]!, start - index.starts[first]!);
  range.setEnd(index.nodes[last]!, end - index.starts[last]!);
  return range;
}

/** The pieces of [start, end) in each text node it covers, as node-local offsets. */
export function piecesOf(index: TextIndex, start: number, end: number): Array<{ node: Text; start: number; end: number }> {
  const pieces: Array<{ node: Text; start: number; end: number }> = [];
  for (let i = nodeIndexAt(index, start); i < index.nodes.length && index.starts[i]! < end; i++) {
    const node = index.nodes[i]!;
    const from = Math.max(start, index.starts[i]!) - index.starts[i]!;
    const to = Math.min(end, index.starts[i]! + node.data.length) - index.starts[i]!;
    if (to > from) pieces.push({ node, start: from, end: to });
  }
  return pieces;
}

/** How much text a subtree holds, counting no further than `cap`: a long page is not read for it. */
export function textLengthUpTo(node: Node, cap: number): number {
  const walker = (node.ownerDocument ?? (node as Document)).createTreeWalker(node, NodeFilter.SHOW_TEXT);
  let total = 0;
  for (let n = walker.nextNode(); n && total < cap; n = walker.nextNode()) total += (n as Text).length;
  return Math.min(total, cap);
}

/**
 * A node's children, or null where it has text of its own beside its child elements (it is then
 * read as one unit): one pass, since a long page's container has thousands of children.
 */
export function childrenWithoutText(node: Node): Node[] | null {
  const children: Node[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === Node.TEXT_NODE && (c as Text).data.trim() !== '') return null;
    children.push(c);
  }
  return children;
}
