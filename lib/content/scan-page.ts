import { findMentions, type Matcher, type Mention } from '../match/matcher';
import { firstMentionOfEach, mentionsAtOffset } from '../match/mention-lookup';
import { caretAt, rangeContainsPoint } from '../dom/caret';
import { collectText, rangeFor, type TextIndex } from '../dom/text-index';

/** One pass over a page: its text, the mentions in it, and which of them to paint. */
export interface PageScan {
  index: TextIndex;
  mentions: Mention[];
  painted: number[];
  nodePosition: Map<Text, number>;
}

export function indexPositions(index: TextIndex): Map<Text, number> {
  return new Map(index.nodes.map((node, i) => [node, i]));
}

export function scanPage(root: Node, matcher: Matcher, isOwnUi: (el: Element) => boolean): PageScan {
  const index = collectText(root, isOwnUi);
  const mentions = findMentions(matcher, index.text);
  return { index, mentions, painted: firstMentionOfEach(mentions), nodePosition: indexPositions(index) };
}

/** The mention under a viewport point, if the pointer is on its text. */
export function mentionAtPoint(scan: PageScan, doc: Document, x: number, y: number): number | null {
  const caret = caretAt(doc, x, y);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
  const position = scan.nodePosition.get(caret.node as Text);
  if (position === undefined) return null;
  const offset = scan.index.starts[position]! + caret.offset;
  for (const i of mentionsAtOffset(scan.mentions, offset)) {
    const m = scan.mentions[i]!;
    if (rangeContainsPoint(rangeFor(scan.index, m.start, m.end), x, y)) return i;
  }
  return null;
}
