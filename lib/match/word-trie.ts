/**
 * A trie over UTF-16 code units, flattened into typed arrays so that it is compact, fast to walk
 * and serialisable (it is built once, at build time).
 *
 * A mention starts and ends at a word boundary, so the text is walked from each word start only,
 * and a walk stops at the first code unit that leaves the trie. Most words leave it within a
 * letter or two, so a scan costs little more than one look at each code unit, with none of the
 * fail links an Aho–Corasick automaton follows to find matches that begin inside a word.
 */
export interface Trie {
  /**
   * Edges of node n are edgeChar[edgeStart[n] .. edgeStart[n + 1]), sorted by char. Nodes are
   * numbered breadth first, children in the order of their edges, so edge e leads to node e + 1.
   */
  edgeStart: Int32Array;
  edgeChar: Uint16Array;
  /** The pattern that ends at this node, or -1. */
  output: Int32Array;
}

export function buildTrie(patterns: readonly string[]): Trie {
  // Insert in sorted order: each node's children then arrive in increasing order, so a child is
  // either the node's latest one or new, and the trie is built without any lookup.
  const order = patterns.map((_, i) => i).sort((a, b) => (patterns[a]! < patterns[b]! ? -1 : patterns[a]! > patterns[b]! ? 1 : a - b));
  const capacity = 1 + patterns.reduce((sum, p) => sum + p.length, 0);
  const nodeChar = new Uint16Array(capacity);
  const lastChild = new Int32Array(capacity).fill(-1);
  const nextSibling = new Int32Array(capacity).fill(-1);
  const firstChild = new Int32Array(capacity).fill(-1);
  const trieOutput = new Int32Array(capacity).fill(-1);
  let count = 1;
  for (const index of order) {
    const pattern = patterns[index]!;
    let node = 0;
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern.charCodeAt(i);
      const last = lastChild[node]!;
      if (last >= 0 && nodeChar[last] === c) {
        node = last;
        continue;
      }
      const child = count++;
      nodeChar[child] = c;
      if (last >= 0) nextSibling[last] = child;
      else firstChild[node] = child;
      lastChild[node] = child;
      node = child;
    }
    if (trieOutput[node] === -1) trieOutput[node] = index;
  }

  // Numbered breadth first, children in increasing order of character: the shallow nodes, where
  // a scan spends most of its steps, are then the first ones (see shallowTable).
  const trieOf = new Int32Array(count);
  const edgeStart = new Int32Array(count + 1);
  const edgeChar = new Uint16Array(count - 1);
  const output = new Int32Array(count);
  let numbered = 1;
  for (let node = 0; node < count; node++) {
    const t = trieOf[node]!;
    output[node] = trieOutput[t]!;
    edgeStart[node] = numbered - 1;
    for (let child = firstChild[t]!; child >= 0; child = nextSibling[child]!) {
      edgeChar[numbered - 1] = nodeChar[child]!;
      trieOf[numbered++] = child;
    }
  }
  edgeStart[count] = count - 1;
  return { edgeStart, edgeChar, output };
}

/** The child of `node` by `c`, or -1: children are few below the first levels, so most are found by a plain look. */
function edge(t: Trie, node: number, c: number): number {
  let lo = t.edgeStart[node]!;
  let hi = t.edgeStart[node + 1]! - 1;
  if (hi - lo < 8) {
    for (; lo <= hi; lo++) if (t.edgeChar[lo] === c) return lo + 1;
    return -1;
  }
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const mc = t.edgeChar[mid]!;
    if (mc === c) return mid + 1;
    if (mc < c) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * Where an ASCII code unit leads from each node of the first two levels (the root, and nodes
 * 1 .. `shallow` - 1 in breadth-first numbering), -1 for nowhere: every walk starts there, and
 * the widest choices are there. Filled from the edges alone, once per trie.
 */
interface ShallowTable {
  shallow: number;
  next: Int32Array;
}
const ASCII = 128;
const tables = new WeakMap<Trie, ShallowTable>();
function shallowTable(t: Trie): ShallowTable {
  let table = tables.get(t);
  if (!table) {
    const nodes = t.output.length;
    const firstLevel = nodes > 1 ? t.edgeStart[1]! : 0;
    const shallow = Math.min(nodes, 1 + firstLevel + (nodes > 1 ? t.edgeStart[firstLevel + 1]! - t.edgeStart[1]! : 0));
    const next = new Int32Array(shallow * ASCII).fill(-1);
    for (let node = 0; node < shallow; node++) {
      for (let e = t.edgeStart[node]!; e < t.edgeStart[node + 1]!; e++) {
        const c = t.edgeChar[e]!;
        if (c < ASCII) next[node * ASCII + c] = e + 1;
      }
    }
    table = { shallow, next };
    tables.set(t, table);
  }
  return table;
}

/** A plain letter or digit of folded text: what joins code units into one word. */
const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/**
 * Calls `onMatch(pattern, end)` for every occurrence of a pattern that begins after a code unit
 * that is not a plain letter or digit (or at the start) and ends before one (or at the end);
 * `end` is exclusive. Folded text arrives as code units, so that no string need be made of it.
 */
export function scanWords(t: Trie, codes: Uint16Array, onMatch: (pattern: number, end: number) => void): void {
  const { shallow, next } = shallowTable(t);
  const { output } = t;
  const length = codes.length;
  let i = 0;
  while (i < length) {
    let node = 0;
    for (let k = i; k < length; k++) {
      const c = codes[k]!;
      node = node < shallow && c < ASCII ? next[node * ASCII + c]! : edge(t, node, c);
      if (node < 0) break;
      if (output[node]! >= 0 && (k + 1 === length || !isWordCode(codes[k + 1]!))) onMatch(output[node]!, k + 1);
    }
    // The next start follows the next code unit that is not a plain letter or digit.
    if (isWordCode(codes[i]!)) {
      i += 1;
      while (i < length && isWordCode(codes[i]!)) i += 1;
    }
    i += 1;
  }
}
