/** Where a node's box is on screen, for elements and other nodes alike. */
function boxOf(node: Node): { top: number; bottom: number } {
  if (node.nodeType === Node.ELEMENT_NODE) return (node as Element).getBoundingClientRect();
  const range = (node.ownerDocument ?? (node as Document)).createRange();
  range.selectNodeContents(node);
  return range.getBoundingClientRect();
}

/**
 * The run [from, to) of `count` units (in document order, `unitAt(i)` the i-th) on screen or
 * within `margin` screens of it.
 * Blocks in document order stand top to bottom, so a binary search finds the first one in view
 * in a few measurements, however long the page: nothing far off screen is touched.
 */
export function unitsNearViewport(count: number, unitAt: (i: number) => Node, win: Window, margin: number): [from: number, to: number] {
  const slack = win.innerHeight * margin;
  const top = -slack;
  const bottom = win.innerHeight + slack;
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (boxOf(unitAt(mid)).bottom < top) lo = mid + 1;
    else hi = mid;
  }
  let to = lo;
  while (to < count && boxOf(unitAt(to)).top <= bottom) to++;
  return [lo, to];
}
