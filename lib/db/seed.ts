import type { Dataset } from '../dataset/types';
import type { BackstoryDatabase } from './open-db';

const BATCH = 200;

/**
 * Makes the records store hold exactly `dataset`, in batches. `seedingVersion` marks a seed under
 * way and `datasetVersion` is written last, so a seed cut short resumes at the next start from
 * the batches already stored. User stores (sites, settings, corrections) are never opened here.
 */
export async function seedDataset(
  db: BackstoryDatabase,
  dataset: Dataset,
  onProgress: (done: number) => void = () => undefined,
): Promise<'current' | 'seeded' | 'resumed'> {
  if ((await db.get('meta', 'datasetVersion')) === dataset.version) return 'current';
  let from = 0;
  if ((await db.get('meta', 'seedingVersion')) === dataset.version) {
    // Records go in in a fixed order, batch by batch: the count says which batches are in.
    from = Math.floor((await db.count('records')) / BATCH) * BATCH;
  } else {
    const reset = db.transaction(['records', 'meta'], 'readwrite');
    await Promise.all([
      reset.objectStore('meta').delete('datasetVersion'),
      reset.objectStore('meta').put(dataset.version, 'seedingVersion'),
      reset.objectStore('records').clear(),
      reset.done,
    ]);
  }
  const resumed = from > 0;
  for (; from < dataset.records.length; from += BATCH) {
    const tx = db.transaction('records', 'readwrite');
    const batch = dataset.records.slice(from, from + BATCH);
    await Promise.all([...batch.map((record) => tx.store.put(record)), tx.done]);
    onProgress((from + batch.length) / dataset.records.length);
  }
  const done = db.transaction('meta', 'readwrite');
  await Promise.all([done.store.put(dataset.version, 'datasetVersion'), done.store.delete('seedingVersion'), done.done]);
  return resumed ? 'resumed' : 'seeded';
}
