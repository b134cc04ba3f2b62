import type { NearTable, NearTerm } from './alias-table';

type Use = NearTerm['uses'][number];

/**
 * What the pinned descriptions ask of a term's uses, worked out once per term and table: every
 * trigger hit on a page asks it, and a word such as "talks" serves twenty events.
 */
interface Uses {
  /** Its trigger uses for events that are not treaties. */
  ofEvents: Array<readonly Use[] | undefined>;
  /** Those of them whose event has a month it began, which a month phrase can pin. */
  dated: Array<readonly Use[] | undefined>;
  /** Its uses in either role for events, not treaties, that began in a known month, and on a known day. */
  inAMonth: Array<readonly Use[] | undefined>;
  onADay: Array<readonly Use[] | undefined>;
  treaties: ReadonlySet<string>;
}
const cache = new WeakMap<NearTable, Uses>();

function usesOf(near: NearTable): Uses {
  let uses = cache.get(near);
  if (!uses) {
    uses = { ofEvents: [], dated: [], inAMonth: [], onADay: [], treaties: new Set(near.events.filter((e) => e.treaty).map((e) => e.recordId)) };
    cache.set(near, uses);
  }
  return uses;
}

/** The term's trigger uses for events that are not treaties. */
export function eventTriggerUses(near: NearTable, entry: number): readonly Use[] {
  const uses = usesOf(near);
  return (uses.ofEvents[entry] ??= near.terms.at(entry)!.uses.filter((u) => u.role === 'trigger' && !near.events[u.event]!.treaty));
}

/** The term's trigger uses for events, not treaties, that began in a known month. */
export function datedTriggerUses(near: NearTable, entry: number): readonly Use[] {
  const uses = usesOf(near);
  return (uses.dated[entry] ??= eventTriggerUses(near, entry).filter((u) => near.events[u.event]!.began !== undefined));
}

/**
 * The term's uses, in either role, for events (not treaties) that began in a known month, or on a
 * known day: what a month or a day before the event's word can pin ("the April summit", "the Nov. 6
 * midterms").
 */
export function usesDatedTo(near: NearTable, entry: number, precision: 'month' | 'day'): readonly Use[] {
  const uses = usesOf(near);
  const table = precision === 'day' ? uses.onADay : uses.inAMonth;
  return (table[entry] ??= near.terms.at(entry)!.uses.filter((u) => {
    const event = near.events[u.event]!;
    return !event.treaty && event.began !== undefined && (precision === 'month' || event.began.length >= 10);
  }));
}

/** The records of the table's treaties. */
export function treatiesOf(near: NearTable): ReadonlySet<string> {
  return usesOf(near).treaties;
}
