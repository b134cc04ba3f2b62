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
  const parent = new Int32Array(capacity);
  const lastChild = new Int32Array(capacity).fill(-1);
  const childCount = new Int32Array(capacity);
  const output = new Int32Array(capacity).fill(-1);
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
      parent[child] = node;
      lastChild[node] = child;
      childCount[node]! += 1;
      node = child;
    }
    if (output[node] === -1) output[node] = index;
  }

  // Children of a node were created in increasing order of character and node number.
  const edgeStart = new Int32Array(count + 1);
  for (let n = 0; n < count; n++) edgeStart[n + 1] = edgeStart[n]! + childCount[n]!;
  const cursor = edgeStart.slice(0, count);
  const edgeChar = new Uint16Array(count - 1);
  const edgeTarget = new Int32Array(count - 1);
  for (let child = 1; child < count; child++) {
    const at = cursor[parent[child]!]!++;
    edgeChar[at] = nodeChar[child]!;
    edgeTarget[at] = child;
  }

  const automaton: Automaton = {
    edgeStart,
    edgeChar,
    edgeTarget,
    fail: new Int32Array(count),
    output: output.slice(0, count),
    dictLink: new Int32Array(count).fill(-1),
    patternLength: Int32Array.from(patterns, (p) => p.length),
  };
  // Breadth-first, so that a node's fail target is final before its children need it.
  const queue = new Int32Array(count);
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    const node = queue[head]!;
    for (let e = edgeStart[node]!; e < edgeStart[node + 1]!; e++) {
      const child = edgeTarget[e]!;
      queue[tail++] = child;
      if (node === 0) continue;
      const f = step(automaton, automaton.fail[node]!, edgeChar[e]!);
      automaton.fail[child] = f;
      automaton.dictLink[child] = automaton.output[f]! >= 0 ? f : automaton.dictLink[f]!;
    }
  }
  return automaton;
}

function edge(a: Automaton, node: number, c: number): number {
  let lo = a.edgeStart[node]!;
  let hi = a.edgeStart[node + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const mc = a.edgeChar[mid]!;
    if (mc === c) return a.edgeTarget[mid]!;
    if (mc < c) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

function step(a: Automaton, node: number, c: number, root?: Int32Array): number {
  for (;;) {
    if (node === 0 && root && c < 128) return root[c]!;
    const next = edge(a, node, c);
    if (next >= 0) return next;
    if (node === 0) return 0;
    node = a.fail[node]!;
  }
}

// Most characters of a text lead back to the root, whose edges are the most numerous: a direct
// table for its ASCII edges, made once per automaton, saves a binary search on each of them.
const rootTables = new WeakMap<Automaton, Int32Array>();
function rootTable(a: Automaton): Int32Array {
  let table = rootTables.get(a);
  if (!table) {
    table = new Int32Array(128);
    for (let c = 0; c < 128; c++) table[c] = Math.max(0, edge(a, 0, c));
    rootTables.set(a, table);
  }
  return table;
}

/** Calls `onMatch(pattern, end)` for every occurrence of every pattern; `end` is exclusive. */
export function scan(a: Automaton, text: string, onMatch: (pattern: number, end: number) => void): void {
  const root = rootTable(a);
  let node = 0;
  for (let i = 0; i < text.length; i++) {
    node = step(a, node, text.charCodeAt(i), root);
    let hit = a.output[node]! >= 0 ? node : a.dictLink[node]!;
    while (hit >= 0) {
      onMatch(a.output[hit]!, i + 1);
      hit = a.dictLink[hit]!;
    }
  }
}
