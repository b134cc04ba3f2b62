import { caretAt, rangeContainsPoint } from '../dom/caret';
import { rangeFor } from '../dom/text-index';
import { mentionsAtOffset } from '../match/mention-lookup';
import type { MentionRef, PageModel } from './page-model';

/** The mention under a viewport point, if the pointer is on its text (not merely nearest to it). */
export function mentionAtPoint(model: PageModel, doc: Document, x: number, y: number): MentionRef | null {
  const caret = caretAt(doc, x, y);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
  const place = model.locate(caret.node as Text);
  if (!place) return null;
  const { segment } = place;
  const offset = segment.index.starts[place.position]! + caret.offset;
  for (const i of mentionsAtOffset(segment.mentions, offset)) {
    const mention = segment.mentions[i]!;
    if (rangeContainsPoint(rangeFor(segment.index, mention.start, mention.end), x, y)) {
      return { key: `${segment.id}:${mention.start}`, segment, mention };
    }
  }
  return null;
}
