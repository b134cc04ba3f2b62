// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { createPageModel } from '../../lib/content/page-model';
import { buildAliasTable } from '../../lib/match/alias-table';
import { record } from './support/records';
import { resolverFor } from './support/resolver';

const resolver = resolverFor(
  buildAliasTable('t', [
    record({ id: 'sergey-lavrov', kind: 'person', name: 'Sergey Lavrov', aliases: ['Lavrov'] }),
    record({ id: 'inf-treaty', kind: 'treaty', name: 'INF Treaty', aliases: ['INF'] }),
  ]),
);
const readAll = (model: ReturnType<typeof createPageModel>) => {
  while (model.readSome(() => true));
  return model;
};
const texts = (model: ReturnType<typeof createPageModel>) => model.mentions().map((m) => m.mention.text);

describe('page model', () => {
  let root: HTMLElement;
  beforeEach(() => {
    document.body.innerHTML = '<article><p>Lavrov spoke.</p><p>The <em>INF</em> Treaty ended.</p></article>';
    root = document.querySelector('article')!;
  });

  it('reads every block of the article, in order', () => {
    const model = readAll(createPageModel([root], resolver, () => false, {}));
    expect(texts(model)).toEqual(['Lavrov', 'INF Treaty']);
  });

  it('reads a little at a time when asked to', () => {
    const model = createPageModel([root], resolver, () => false, {});
    expect(model.readSome(() => false)).toBe(true);
    expect(texts(model)).toEqual(['Lavrov']);
    expect(model.readSome(() => false)).toBe(false);
    expect(texts(model)).toEqual(['Lavrov', 'INF Treaty']);
  });

  it('decides again, when asked, what a record named further down the page settles', () => {
    const people = resolverFor(
      buildAliasTable('t', [
        record({ id: 'kim-jong-un', kind: 'person', name: 'Kim Jong Un' }),
        record({ id: 'kim-yo-jong', kind: 'person', name: 'Kim Yo Jong' }),
      ]),
    );
    document.body.innerHTML = '<article><p>Kim spoke.</p><p>Kim Jong Un spoke too.</p></article>';
    const model = createPageModel([document.querySelector('article')!], people, () => false, {});
    // Only the first block read: "Kim" alone means no one yet.
    model.readSome(() => false);
    expect(model.segments(1)[0]!.mentions).toEqual([]);
    while (model.readSome(() => false));
    expect(model.segments(1)[0]!.mentions.map((m) => m.recordId)).toEqual(['kim-jong-un']);
    expect(texts(model)).toEqual(['Kim', 'Kim Jong Un']);
  });

  it('re-reads only the block that changed', () => {
    const model = readAll(createPageModel([root], resolver, () => false, {}));
    const before = model.mentions();
    const added = document.createElement('p');
    added.textContent = 'Sergey Lavrov again.';
    root.prepend(added);
    expect(model.update([root, added])).toBe(true);
    const after = model.mentions();
    expect(texts(model)).toEqual(['Sergey Lavrov', 'Lavrov', 'INF Treaty']);
    // The untouched paragraphs keep their segments: nothing else was read again.
    expect(after[1]!.segment).toBe(before[0]!.segment);
    expect(after[2]!.segment).toBe(before[1]!.segment);
  });

  it('forgets a removed block and reads an edited one', () => {
    const model = readAll(createPageModel([root], resolver, () => false, {}));
    const [first, second] = root.querySelectorAll('p');
    first!.remove();
    second!.firstChild!.textContent = 'Lavrov and the ';
    expect(model.update([root, second!.firstChild!])).toBe(true);
    expect(texts(model)).toEqual(['Lavrov', 'INF Treaty']);
    expect(model.mentions()).toHaveLength(2);
  });

  it('splits a very large container into its children', () => {
    const big = document.createElement('div');
    for (let i = 0; i < 3; i++) {
      const p = document.createElement('p');
      p.textContent = `Lavrov ${'word '.repeat(2000)}`;
      big.append(p);
    }
    root.replaceChildren(big);
    const model = createPageModel([root], resolver, () => false, {});
    expect(model.readSome(() => false)).toBe(true);
    expect(model.mentions()).toHaveLength(1);
  });

  it('knows the units of a large container when a change comes before the reading reaches it', () => {
    const big = document.createElement('div');
    for (let i = 0; i < 3; i++) {
      const p = document.createElement('p');
      p.textContent = `Lavrov ${'word '.repeat(2000)}`;
      big.append(p);
    }
    root.replaceChildren(document.createElement('p'), big);
    const model = createPageModel([root], resolver, () => false, {});
    model.readSome(() => false);
    const last = big.lastElementChild!;
    last.append(' The INF Treaty ended.');
    model.update([last.lastChild!]);
    readAll(model);
    expect(model.segments().map((s) => s.unit)).toEqual([root.firstElementChild, ...big.children]);
    expect(texts(model)).toEqual(['Lavrov', 'Lavrov', 'Lavrov', 'INF Treaty']);
  });
});
