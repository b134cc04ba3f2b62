// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { PaintItem } from '../../lib/dom/painter';
import { collectText, type TextIndex } from '../../lib/dom/text-index';
import { createWrapPainter, MARK_TAG } from '../../lib/dom/wrap-painter';

beforeEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

/** Every node under `root`, in document order. */
function allNodes(root: Node): Node[] {
  const nodes: Node[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
  return nodes;
}

/** What the DOM under `root` is now, to compare after painting and clearing. */
function snapshot(root: Node) {
  const nodes = allNodes(root);
  return { html: (root as Element).innerHTML, nodes, data: nodes.map((n) => (n.nodeType === Node.TEXT_NODE ? (n as Text).data : null)) };
}

function expectUnchanged(root: Node, before: ReturnType<typeof snapshot>): void {
  const after = snapshot(root);
  expect(after.html).toBe(before.html);
  expect(after.nodes).toHaveLength(before.nodes.length);
  after.nodes.forEach((node, i) => {
    expect(node.isSameNode(before.nodes[i]!), `node ${i}`).toBe(true);
    expect(node).toBe(before.nodes[i]);
  });
  expect(after.data).toEqual(before.data);
  expect(root.ownerDocument!.querySelectorAll(MARK_TAG)).toHaveLength(0);
}

/** A paint item for the first occurrence of `words` in the index's text. */
function itemFor(index: TextIndex, words: string, from = 0): PaintItem {
  const start = index.text.indexOf(words, from);
  if (start < 0) throw new Error(`${words} not in ${JSON.stringify(index.text)}`);
  return { key: `${words}@${start}`, index, start, end: start + words.length };
}

const marks = () => [...document.querySelectorAll(MARK_TAG)];
const markTexts = () => marks().map((m) => m.textContent);

describe('createWrapPainter', () => {
  it('is the wrap painter, with a style of its own in the head', () => {
    const painter = createWrapPainter(document);
    expect(painter.mode).toBe('wrap');
    const style = document.head.querySelector('style[data-backstory]');
    expect(style?.textContent).toContain(MARK_TAG);
    painter.destroy();
    expect(document.head.querySelector('style[data-backstory]')).toBeNull();
  });

  it('wraps a mention in the middle of a text node, and clears back to the very same DOM', () => {
    document.body.innerHTML = '<p>Pompeo met Lavrov in Sochi.</p>';
    const root = document.body;
    const before = snapshot(root);
    const index = collectText(root);
    const painter = createWrapPainter(document);

    painter.paint([itemFor(index, 'Lavrov')]);
    expect(root.innerHTML).toBe(`<p>Pompeo met <${MARK_TAG}>Lavrov</${MARK_TAG}> in Sochi.</p>`);
    expect(root.textContent).toBe('Pompeo met Lavrov in Sochi.');

    painter.clear();
    expectUnchanged(root, before);
  });

  it('wraps several mentions in one text node, at its start and end too', () => {
    document.body.innerHTML = '<p>Pompeo met Lavrov in Sochi</p>';
    const root = document.body;
    const before = snapshot(root);
    const index = collectText(root);
    const painter = createWrapPainter(document);

    painter.paint([itemFor(index, 'Pompeo'), itemFor(index, 'Lavrov'), itemFor(index, 'Sochi')]);
    expect(markTexts()).toEqual(['Pompeo', 'Lavrov', 'Sochi']);
    expect(root.textContent).toBe('Pompeo met Lavrov in Sochi');

    painter.clear();
    expectUnchanged(root, before);
  });

  it('wraps a mention across inline markup ("INF <em>Treaty</em>") piece by piece', () => {
    document.body.innerHTML = '<p>The INF <em>Treaty</em> collapsed; the <b>US</b> left.</p>';
    const root = document.body;
    const before = snapshot(root);
    const index = collectText(root);
    const painter = createWrapPainter(document);

    painter.paint([itemFor(index, 'INF Treaty'), itemFor(index, 'US')]);
    expect(markTexts()).toEqual(['INF ', 'Treaty', 'US']);
    expect(root.querySelector('em')!.firstChild!.nodeName.toLowerCase()).toBe(MARK_TAG);

    painter.clear();
    expectUnchanged(root, before);
  });

  it('wraps a mention ending in a text node that holds another mention', () => {
    document.body.innerHTML = '<p>Before the INF <em>Treaty, the US and Russia</em> agreed</p>';
    const root = document.body;
    const before = snapshot(root);
    const index = collectText(root);
    const painter = createWrapPainter(document);

    painter.paint([itemFor(index, 'INF Treaty'), itemFor(index, 'US'), itemFor(index, 'Russia')]);
    expect(markTexts()).toEqual(['INF ', 'Treaty', 'US', 'Russia']);
    expect(root.textContent).toBe('Before the INF Treaty, the US and Russia agreed');

    painter.clear();
    expectUnchanged(root, before);
  });

  it('wraps a mention across a <br> without touching the break', () => {
    document.body.innerHTML = '<p>Leader Kim Jong<br>Un arrived</p>';
    const root = document.body;
    const before = snapshot(root);
    const index = collectText(root);
    const painter = createWrapPainter(document);

    painter.paint([itemFor(index, 'Kim Jong Un')]);
    expect(markTexts()).toEqual(['Kim Jong', 'Un']);
    expect(root.querySelectorAll('br')).toHaveLength(1);

    painter.clear();
    expectUnchanged(root, before);
  });

  it('paints over several blocks', () => {
    document.body.innerHTML = '<h1>Sochi talks</h1><p>Lavrov and <i>Pompeo</i> met in Sochi.</p><p>Sochi</p>';
    const root = document.body;
    const before = snapshot(root);
    const index = collectText(root);
    const painter = createWrapPainter(document);
    const items = [itemFor(index, 'Sochi talks'), itemFor(index, 'Lavrov'), itemFor(index, 'Pompeo'), itemFor(index, 'Sochi', 20), itemFor(index, 'Sochi', 40)];

    painter.paint(items);
    expect(markTexts()).toEqual(['Sochi talks', 'Lavrov', 'Pompeo', 'Sochi', 'Sochi']);

    painter.clear();
    expectUnchanged(root, before);
  });

  it('paints anew, replacing what was painted, and still clears exactly', () => {
    document.body.innerHTML = '<p>Pompeo met Lavrov in Sochi</p>';
    const root = document.body;
    const before = snapshot(root);
    const index = collectText(root);
    const painter = createWrapPainter(document);

    painter.paint([itemFor(index, 'Pompeo'), itemFor(index, 'Sochi')]);
    painter.paint([itemFor(index, 'met Lavrov')]);
    expect(markTexts()).toEqual(['met Lavrov']);
    painter.paint([]);
    expectUnchanged(root, before);

    painter.paint([itemFor(index, 'Lavrov')]);
    painter.clear();
    painter.clear();
    expectUnchanged(root, before);
  });

  it('a whole text node as one mention', () => {
    document.body.innerHTML = '<p><a href="#">Sochi</a></p>';
    const root = document.body;
    const before = snapshot(root);
    const painter = createWrapPainter(document);
    painter.paint([itemFor(collectText(root), 'Sochi')]);
    expect(root.innerHTML).toBe(`<p><a href="#"><${MARK_TAG}>Sochi</${MARK_TAG}></a></p>`);
    painter.clear();
    expectUnchanged(root, before);
  });

  it('marks the active mention, and only it', () => {
    document.body.innerHTML = '<p>The INF <em>Treaty</em> and Lavrov</p>';
    const index = collectText(document.body);
    const painter = createWrapPainter(document);
    const treaty = itemFor(index, 'INF Treaty');
    const lavrov = itemFor(index, 'Lavrov');
    painter.paint([treaty, lavrov]);

    painter.setActive(treaty);
    expect(marks().map((m) => m.hasAttribute('data-active'))).toEqual([true, true, false]);
    painter.setActive(lavrov);
    expect(marks().map((m) => m.hasAttribute('data-active'))).toEqual([false, false, true]);
    painter.setActive(null);
    expect(marks().map((m) => m.hasAttribute('data-active'))).toEqual([false, false, false]);
  });

  it('destroy clears the page and removes the style', () => {
    document.body.innerHTML = '<p>Pompeo met Lavrov</p>';
    const root = document.body;
    const before = snapshot(root);
    const headBefore = document.head.innerHTML;
    const painter = createWrapPainter(document);
    painter.paint([itemFor(collectText(root), 'Lavrov')]);
    painter.destroy();
    expectUnchanged(root, before);
    expect(document.head.innerHTML).toBe(headBefore);
  });
});
