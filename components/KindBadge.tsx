import type { RecordKind } from '../lib/dataset/types';

export const KIND_LABELS: Record<RecordKind, string> = {
  person: 'Person',
  organisation: 'Organisation',
  place: 'Place',
  treaty: 'Treaty',
  programme: 'Programme',
  event: 'Event',
};

export function KindBadge({ kind }: { kind: RecordKind }) {
  return <span class={`bs-kind bs-kind-${kind}`}>{KIND_LABELS[kind]}</span>;
}
