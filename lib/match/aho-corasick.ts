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
  const children: Array<Map<number, number>> = [new Map()];
  const output: number[] = [-1];
  patterns.forEach((pattern, index) => {
    let node = 0;
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern.charCodeAt(i);
      let next = children[node]!.get(c);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        output.push(-1);
        children[node]!.set(c, next);
      }
      node = next;
    }
    if (output[node] === -1) output[node] = index;
  });

  const count = children.length;
  const edgeStart = new Int32Array(count + 1);
  let edges = 0;
  for (let n = 0; n < count; n++) {
    edgeStart[n] = edges;
    edges += children[n]!.size;
  }
  edgeStart[count] = edges;
  const edgeChar = new Uint16Array(edges);
  const edgeTarget = new Int32Array(edges);
  for (let n = 0; n < count; n++) {
    const sorted = [...children[n]!.entries()].sort((a, b) => a[0] - b[0]);
    sorted.forEach(([c, target], k) => {
      edgeChar[edgeStart[n]! + k] = c;
      edgeTarget[edgeStart[n]! + k] = target;
    });
  }

  const automaton: Automaton = {
    edgeStart,
    edgeChar,
    edgeTarget,
    fail: new Int32Array(count),
    output: Int32Array.from(output),
    dictLink: new Int32Array(count).fill(-1),
    patternLength: Int32Array.from(patterns, (p) => p.length),
  };
  // Breadth-first, so that a node's fail target is final before its children need it.
  const queue: number[] = [0];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    for (let e = edgeStart[node]!; e < edgeStart[node + 1]!; e++) {
      const child = edgeTarget[e]!;
      queue.push(child);
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

function step(a: Automaton, node: number, c: number): number {
  for (;;) {
    const next = edge(a, node, c);
    if (next >= 0) return next;
    if (node === 0) return 0;
    node = a.fail[node]!;
  }
}

/** Calls `onMatch(pattern, end)` for every occurrence of every pattern; `end` is exclusive. */
export function scan(a: Automaton, text: string, onMatch: (pattern: number, end: number) => void): void {
  let node = 0;
  for (let i = 0; i < text.length; i++) {
    node = step(a, node, text.charCodeAt(i));
    let hit = a.output[node]! >= 0 ? node : a.dictLink[node]!;
    while (hit >= 0) {
      onMatch(a.output[hit]!, i + 1);
      hit = a.dictLink[hit]!;
    }
  }
}
