// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { BLOCK_BREAK, collectText, isSkippedElement, nodeIndexAt, piecesOf, rangeFor } from '../../lib/dom/text-index';
import { findMentions } from '../../lib/match/matcher';
import { matcherFor } from './support/records';

function body(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

const B = BLOCK_BREAK;

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('collectText', () => {
  it('joins inline markup into one phrase ("INF <em>Treaty</em>")', () => {
    const index = collectText(body('<p>The INF <em>Treaty</em> collapsed</p>'));
    expect(index.text).toBe('The INF Treaty collapsed');
    expect(index.nodes.map((n) => n.data)).toEqual(['The INF ', 'Treaty', ' collapsed']);
    expect(index.starts).toEqual([0, 8, 14]);
    expect(findMentions(matcherFor(['INF Treaty']), index.text).map((m) => m.text)).toEqual(['INF Treaty']);
  });

  it('joins nested inline elements and links', () => {
    const index = collectText(body('<p><a href="#"><strong>Sergei</strong> <span>Lav</span>rov</a> said</p>'));
    expect(index.text).toBe('Sergei Lavrov said');
    expect(index.nodes).toHaveLength(5);
  });

  it('sets links side by side apart, as a list of tags reads on screen', () => {
    expect(collectText(body('<div><a href="#">Kerch Strait</a><a href="#">navy</a> and <a href="#">Kyiv</a></div>')).text).toBe('Kerch Strait navy and Kyiv');
    expect(collectText(body('<p><a href="#"><b>Sergei</b><i>Lavrov</i></a></p>')).text).toBe('SergeiLavrov');
  });

  it('separates different blocks with BLOCK_BREAK, which no alias matches across', () => {
    const index = collectText(body('<h1>Kim Jong</h1><p>Un met <b>Putin</b></p><ul><li>one</li><li>two</li></ul>'));
    expect(index.text).toBe(`Kim Jong${B}Un met Putin${B}one${B}two`);
    expect(findMentions(matcherFor(['Kim Jong Un']), index.text)).toEqual([]);
  });

  it('breaks around a block nested in a block, and after it', () => {
    const index = collectText(body('<div>Before<blockquote>Quoted</blockquote>after</div>'));
    expect(index.text).toBe(`Before${B}Quoted${B}after`);
  });

  it('reads a <br> inside a block as a space', () => {
    const index = collectText(body('<p>Kim Jong<br>Un arrived</p>'));
    expect(index.text).toBe('Kim Jong Un arrived');
    expect(index.starts).toEqual([0, 9]);
    expect(findMentions(matcherFor(['Kim Jong Un']), index.text).map((m) => m.text)).toEqual(['Kim Jong Un']);
  });

  it('skips form fields, code, hidden and editable content', () => {
    const index = collectText(
      body(
        '<p>Sochi</p>' +
          '<textarea>Lavrov in textarea</textarea><input value="Lavrov in input">' +
          '<script>var lavrov = 1;</script><style>.lavrov{}</style><noscript>Lavrov</noscript>' +
          '<select><option>Lavrov</option></select><button>Lavrov</button>' +
          '<div contenteditable="true">Lavrov editable</div><div contenteditable="">Lavrov editable</div>' +
          '<div hidden>Lavrov hidden</div><div aria-hidden="true">Lavrov aria</div>' +
          '<template><p>Lavrov template</p></template>' +
          '<p>Putin</p>',
      ),
    );
    expect(index.text).toBe(`Sochi${B}Putin`);
    expect(index.text).not.toContain('Lavrov');
  });

  it('reads content marked contenteditable="false" and aria-hidden="false"', () => {
    const index = collectText(body('<div contenteditable="false">Sochi</div><div aria-hidden="false">Putin</div>'));
    expect(index.text).toBe(`Sochi${B}Putin`);
  });

  it('skips the whole subtree of a skipped element', () => {
    const index = collectText(body('<p>Sochi <span hidden>and <b>Lavrov</b></span>talks</p>'));
    expect(index.text).toBe('Sochi talks');
  });

  it('skips our own UI through the predicate', () => {
    const root = body('<p>Putin met <span data-backstory-ui>Lavrov card</span>Pompeo</p><backstory-popover><p>Sochi</p></backstory-popover>');
    const ownUi = (el: Element) => el.hasAttribute('data-backstory-ui') || el.tagName === 'BACKSTORY-POPOVER';
    expect(collectText(root, ownUi).text).toBe('Putin met Pompeo');
    expect(collectText(root).text).toContain('Lavrov card');
  });

  it('reads our own highlight marks inline', () => {
    const index = collectText(body('<p>The <backstory-mark>INF</backstory-mark> Treaty</p>'));
    expect(index.text).toBe('The INF Treaty');
  });

  it('reads open shadow roots in place, as their own blocks', () => {
    const root = body('<p>Before</p><x-card></x-card><p>After</p>');
    const shadow = root.querySelector('x-card')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Inside <em>shadow</em></p>';
    const index = collectText(root);
    expect(index.text).toBe(`Before${B}Inside shadow${B}After`);
    expect(index.shadowRoots).toEqual([shadow]);
  });

  it('ignores empty text nodes and is empty for an empty root', () => {
    const root = body('<p></p>');
    root.querySelector('p')!.appendChild(document.createTextNode(''));
    expect(collectText(root)).toEqual({ text: '', nodes: [], starts: [], shadowRoots: [] });
  });

  it('maps every node back to its place in the text', () => {
    const index = collectText(body('<h2>Title <i>here</i></h2><p>One<br>two <a href="#">three</a></p>'));
    index.nodes.forEach((node, i) => expect(index.text.slice(index.starts[i], index.starts[i]! + node.data.length)).toBe(node.data));
  });

  it('accepts a Document as the root', () => {
    body('<p>Sochi</p>');
    expect(collectText(document).text).toContain('Sochi');
  });
});

describe('isSkippedElement', () => {
  it('skips by tag, attribute or predicate', () => {
    const el = (html: string) => {
      const host = document.createElement('div');
      host.innerHTML = html;
      return host.firstElementChild!;
    };
    const never = () => false;
    const skipped = (e: Element, skip: (e: Element) => boolean = never) => isSkippedElement(e, e.tagName, skip);
    expect(skipped(el('<textarea></textarea>'))).toBe(true);
    expect(skipped(el('<p hidden></p>'))).toBe(true);
    expect(skipped(el('<p contenteditable="plaintext-only"></p>'))).toBe(true);
    expect(skipped(el('<p></p>'))).toBe(false);
    expect(skipped(el('<p class="ours"></p>'), (e) => e.classList.contains('ours'))).toBe(true);
  });
});

describe('positions', () => {
  const setup = () => collectText(body('<p>The INF <em>Treaty</em> collapsed</p>'));

  it('nodeIndexAt finds the node holding an offset', () => {
    const index = setup();
    expect([0, 7, 8, 13, 14, 23].map((o) => nodeIndexAt(index, o))).toEqual([0, 0, 1, 1, 2, 2]);
  });

  it('piecesOf splits a span into node-local pieces', () => {
    const index = setup();
    expect(piecesOf(index, 4, 14).map((p) => [p.node.data, p.start, p.end])).toEqual([
      ['The INF ', 4, 8],
      ['Treaty', 0, 6],
    ]);
    expect(piecesOf(index, 9, 12).map((p) => [p.node.data, p.start, p.end])).toEqual([['Treaty', 1, 4]]);
  });

  it('piecesOf leaves out the synthetic space of a <br>', () => {
    const index = collectText(body('<p>Kim Jong<br>Un</p>'));
    expect(piecesOf(index, 0, 11).map((p) => [p.node.data, p.start, p.end])).toEqual([
      ['Kim Jong', 0, 8],
      ['Un', 0, 2],
    ]);
  });

  it('rangeFor covers exactly the span', () => {
    const index = setup();
    const range = rangeFor(index, 4, 14);
    expect(range.startContainer).toBe(index.nodes[0]);
    expect(range.startOffset).toBe(4);
    expect(range.endContainer).toBe(index.nodes[1]);
    expect(range.endOffset).toBe(6);
    expect(range.toString()).toBe('INF Treaty');
  });
});
