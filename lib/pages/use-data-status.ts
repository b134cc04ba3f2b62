import { useEffect, useState } from 'preact/hooks';
import type { DataStatus } from '../protocol/api';
import { askBackground } from '../protocol/client';

const POLL_MS = 400;

/** The dataset's status, polled while the background is still seeding so progress shows. */
export function useDataStatus(): DataStatus | null {
  const [status, setStatus] = useState<DataStatus | null>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let live = true;
    const poll = async () => {
      const answer = await askBackground('data/status', {});
      if (!live || !answer.ok) return;
      setStatus(answer.value);
      if (answer.value.state === 'seeding') timer = setTimeout(poll, POLL_MS);
    };
    void poll();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, []);
  return status;
}
