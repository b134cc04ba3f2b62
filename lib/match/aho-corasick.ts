/**
 * An Aho–Corasick automaton over UTF-16 code units, flattened into typed arrays so that it is
 * compact, fast to walk and serialisable (it can be built once, at build time).
 */
export interface Automaton {
  /** Edges of node n are edgeChar/edgeTarget[edgeStart[n] .. edgeStart[n + 1]), sorted by char. */
  edgeStart: Int32Array;
  edgeChar: Uint16Array;
  edgeTarget: Int32Array;
  fail: Int32Array;
  /** The pattern that ends at this node, or -1. */
  output: Int32Array;
  /** The nearest node on the fail chain that ends a pattern, or -1. */
  dictLink: Int32Array;
  /** Length of each pattern, by pattern index. */
  patternLength: Int32Array;
}

export function buildAutomaton(patterns: readonly string[]): Automaton {
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
  // a scan spends most of its steps, are then the first ones (see transitionTable).
  const trieOf = new Int32Array(count);
  const edgeStart = new Int32Array(count + 1);
  const edgeChar = new Uint16Array(count - 1);
  const edgeTarget = new Int32Array(count - 1);
  const output = new Int32Array(count);
  let numbered = 1;
  for (let node = 0; node < count; node++) {
    const t = trieOf[node]!;
    output[node] = trieOutput[t]!;
    edgeStart[node] = numbered - 1;
    for (let child = firstChild[t]!; child >= 0; child = nextSibling[child]!) {
      edgeChar[numbered - 1] = nodeChar[child]!;
      edgeTarget[numbered - 1] = numbered;
      trieOf[numbered++] = child;
    }
  }
  edgeStart[count] = count - 1;

  const automaton: Automaton = {
    edgeStart,
    edgeChar,
    edgeTarget,
    fail: new Int32Array(count),
    output,
    dictLink: new Int32Array(count).fill(-1),
    patternLength: Int32Array.from(patterns, (p) => p.length),
  };
  // In breadth-first order, a node's fail target is final before its children need it.
  for (let node = 0; node < count; node++) {
    for (let e = edgeStart[node]!; e < edgeStart[node + 1]!; e++) {
      const child = edgeTarget[e]!;
      if (node === 0) continue;
      const f = step(automaton, automaton.fail[node]!, edgeChar[e]!);
      automaton.fail[child] = f;
      automaton.dictLink[child] = automaton.output[f]! >= 0 ? f : automaton.dictLink[f]!;
    }
  }
  return automaton;
}

/** The child of `node` by `c`, or -1: children are few below the first levels, so most are found by a plain look. */
function edge(a: Automaton, node: number, c: number): number {
  let lo = a.edgeStart[node]!;
  let hi = a.edgeStart[node + 1]! - 1;
  if (hi - lo < 8) {
    for (; lo <= hi; lo++) if (a.edgeChar[lo] === c) return a.edgeTarget[lo]!;
    return -1;
  }
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const mc = a.edgeChar[mid]!;
    if (mc === c) return a.edgeTarget[mid]!;
    if (mc < c) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

function step(a: Automaton, node: number, c: number): number {
  for (;;) {
    const next = edge(a, node, c);
    if (next >= 0) return next;
    if (node === 0) return 0;
    node = a.fail[node]!;
  }
}

/**
 * Where the next ASCII character leads from each node of the first two levels (the root, and
 * nodes 1 .. `shallow` - 1 in breadth-first numbering), fail links followed: most of a text's
 * characters start from one of them, and the widest choices are there. Made once per automaton.
 */
interface TransitionTable {
  shallow: number;
  next: Int32Array;
}
const ASCII = 128;
const tables = new WeakMap<Automaton, TransitionTable>();
function transitionTable(a: Automaton): TransitionTable {
  let table = tables.get(a);
  if (!table) {
    const firstLevel = a.edgeStart[1]!;
    const shallow = Math.min(a.fail.length, 1 + firstLevel + a.edgeStart[firstLevel + 1]! - a.edgeStart[1]!);
    const next = new Int32Array(shallow * ASCII);
    // Fail targets are shallower, so their rows are done before a node's row needs them.
    for (let node = 0; node < shallow; node++) {
      const row = node * ASCII;
      const failRow = a.fail[node]! * ASCII;
      for (let c = 0; c < ASCII; c++) {
        const child = edge(a, node, c);
        next[row + c] = child >= 0 ? child : node === 0 ? 0 : next[failRow + c]!;
      }
    }
    table = { shallow, next };
    tables.set(a, table);
  }
  return table;
}

/**
 * Calls `onMatch(pattern, end)` for every occurrence of every pattern; `end` is exclusive. Folded
 * text arrives as code units, so that no string need be made of it.
 */
export function scan(a: Automaton, text: string | Uint16Array, onMatch: (pattern: number, end: number) => void): void {
  const codes = typeof text === 'string' ? codesOf(text) : text;
  const { shallow, next } = transitionTable(a);
  const { fail, output, dictLink } = a;
  let node = 0;
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i]!;
    for (;;) {
      if (node < shallow && c < ASCII) {
        node = next[node * ASCII + c]!;
        break;
      }
      const child = edge(a, node, c);
      if (child >= 0) {
        node = child;
        break;
      }
      if (node === 0) break;
      node = fail[node]!;
    }
    let hit = output[node]! >= 0 ? node : dictLink[node]!;
    while (hit >= 0) {
      onMatch(output[hit]!, i + 1);
      hit = dictLink[hit]!;
    }
  }
}

function codesOf(text: string): Uint16Array {
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i);
  return codes;
}
