import { formatDate } from '../lib/dataset/dates';
import type { KeyDate } from '../lib/dataset/types';

export function DateList({ dates }: { dates: readonly KeyDate[] }) {
  return (
    <ol class="bs-dates">
      {dates.map((d) => (
        <li key={`${d.date}-${d.label}`}>
          <time dateTime={d.date}>{formatDate(d.date)}</time> <span>{d.label}</span>
        </li>
      ))}
    </ol>
  );
}
