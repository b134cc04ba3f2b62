import type { DataStatus } from '../lib/protocol/api';

/** One line on where the facts come from right now: stored, being stored, or the bundled copy. */
export function DataStatusLine({ status }: { status: DataStatus | null }) {
  if (!status) return null;
  let text: string;
  if (status.state === 'seeding') text = `Preparing the dataset… ${Math.round(status.progress * 100)}%`;
  else if (status.state === 'unavailable') text = `Local database unavailable: using the bundled copy (${status.records} records).`;
  else text = `Dataset ${status.version}: ${status.records} records, stored on this device.`;
  return (
    <p class="bs-status" data-state={status.state} role="status">
      {text}
    </p>
  );
}
