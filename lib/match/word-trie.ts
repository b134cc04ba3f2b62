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
  edgeChar: Chars;
  /** The pattern that ends at this node, or -1; or, as -2 - t, the node is a leaf with tail t. */
  output: Int32Array;
  /**
   * Tail t, the characters that follow its node up to the one pattern its node leads to, is
   * tailChar[tailStart[t] .. tailStart[t + 1]), and that pattern is tailOutput[t]. Most of a large
   * dictionary's nodes would lie on such chains.
   */
  tailStart: Int32Array;
  tailChar: Chars;
  tailOutput: Int32Array;
}

/** Code units, one byte each where every one of a trie's fits in a byte, as a folded dictionary's do. */
export type Chars = Uint8Array | Uint16Array;
const narrowed = (chars: Uint16Array): Chars => (chars.every((c) => c < 256) ? Uint8Array.from(chars) : chars);

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
  const parentOf = new Int32Array(capacity);
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
      parentOf[child] = node;
      if (last >= 0) nextSibling[last] = child;
      else firstChild[node] = child;
      lastChild[node] = child;
      node = child;
    }
    if (trieOutput[node] === -1) trieOutput[node] = index;
  }

  // How many patterns end at or below each node: a child is always made after its parent.
  const below = new Int32Array(count);
  for (let n = count - 1; n > 0; n--) {
    if (trieOutput[n]! >= 0) below[n]! += 1;
    below[parentOf[n]!]! += below[n]!;
  }

  // Numbered breadth first, children in increasing order of character: the shallow nodes, where
  // a scan spends most of its steps, are then the first ones (see shallowTable). Below a node
  // that leads to one pattern only, the rest of it is a tail of characters, not a node for each.
  const trieOf = new Int32Array(count);
  const edgeStart = new Int32Array(count + 1);
  const edgeChar = new Uint16Array(count - 1);
  const output = new Int32Array(count);
  const tailStart = [0];
  const tailChar: number[] = [];
  const tailOutput: number[] = [];
  let numbered = 1;
  for (let node = 0; node < numbered; node++) {
    const t = trieOf[node]!;
    edgeStart[node] = numbered - 1;
    if (node > 0 && below[t] === 1 && trieOutput[t]! < 0) {
      output[node] = -2 - tailOutput.length;
      for (let c = firstChild[t]!; ; c = firstChild[c]!) {
        tailChar.push(nodeChar[c]!);
        if (trieOutput[c]! >= 0) {
          tailOutput.push(trieOutput[c]!);
          break;
        }
      }
      tailStart.push(tailChar.length);
      continue;
    }
    output[node] = trieOutput[t]!;
    for (let child = firstChild[t]!; child >= 0; child = nextSibling[child]!) {
      edgeChar[numbered - 1] = nodeChar[child]!;
      trieOf[numbered++] = child;
    }
  }
  edgeStart[numbered] = numbered - 1;
  return {
    edgeStart: edgeStart.slice(0, numbered + 1),
    edgeChar: narrowed(edgeChar.slice(0, numbered - 1)),
    output: output.slice(0, numbered),
    tailStart: Int32Array.from(tailStart),
    tailChar: narrowed(Uint16Array.from(tailChar)),
    tailOutput: Int32Array.from(tailOutput),
  };
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
 * the widest choices are there. Filled from the edges alone, once per trie. A row holds only the
 * characters found on those edges (`column`; 0 is nowhere), which keeps it small for a large
 * dictionary.
 */
interface ShallowTable {
  shallow: number;
  column: Uint8Array;
  width: number;
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
    const column = new Uint8Array(ASCII);
    let width = 1;
    for (let e = 0; e < t.edgeStart[shallow]!; e++) {
      const c = t.edgeChar[e]!;
      if (c < ASCII && column[c] === 0) column[c] = width++;
    }
    const next = new Int32Array(shallow * width).fill(-1);
    for (let node = 0; node < shallow; node++) {
      for (let e = t.edgeStart[node]!; e < t.edgeStart[node + 1]!; e++) {
        const c = t.edgeChar[e]!;
        if (c < ASCII) next[node * width + column[c]!] = e + 1;
      }
    }
    table = { shallow, column, width, next };
    tables.set(t, table);
  }
  return table;
}

/** A plain letter or digit of folded text: what joins code units into one word. */
const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/**
 * Calls `onMatch(pattern, start, end)` for every occurrence of a pattern that begins after a code
 * unit that is not a plain letter or digit (or at the start) and ends before one (or at the end);
 * `end` is exclusive. Folded text arrives as code units, so that no string need be made of it.
 */
export function scanWords(t: Trie, codes: Uint16Array, onMatch: (pattern: number, start: number, end: number) => void): void {
  const { shallow, column, width, next } = shallowTable(t);
  const { output, tailStart, tailChar } = t;
  const length = codes.length;
  const endsWord = (end: number) => end === length || !isWordCode(codes[end]!);
  let i = 0;
  while (i < length) {
    let node = 0;
    for (let k = i; k < length; k++) {
      const c = codes[k]!;
      node = node < shallow && c < ASCII ? next[node * width + column[c]!]! : edge(t, node, c);
      if (node < 0) break;
      const out = output[node]!;
      if (out >= 0) {
        if (endsWord(k + 1)) onMatch(out, i, k + 1);
      } else if (out < -1) {
        const tail = -2 - out;
        const to = tailStart[tail + 1]!;
        let m = k + 1;
        for (let j = tailStart[tail]!; j < to; j++, m++) if (m === length || codes[m] !== tailChar[j]) break;
        if (m - (k + 1) === to - tailStart[tail]! && endsWord(m)) onMatch(t.tailOutput[tail]!, i, m);
        break;
      }
    }
    // The next start follows the next code unit that is not a plain letter or digit.
    if (isWordCode(codes[i]!)) {
      i += 1;
      while (i < length && isWordCode(codes[i]!)) i += 1;
    }
    i += 1;
  }
}
