import type { Dataset } from '../dataset/types';
import type { BackstoryDatabase } from './open-db';

const BATCH = 200;

/**
 * Makes the records store hold exactly `dataset`. The version is written last, so a seed cut
 * short is simply done again at the next start; user stores are never opened here.
 */
export async function seedDataset(
  db: BackstoryDatabase,
  dataset: Dataset,
  onProgress: (done: number) => void = () => undefined,
): Promise<'current' | 'seeded'> {
  if ((await db.get('meta', 'datasetVersion')) === dataset.version) return 'current';
  const reset = db.transaction(['records', 'meta'], 'readwrite');
  await Promise.all([reset.objectStore('meta').delete('datasetVersion'), reset.objectStore('records').clear(), reset.done]);
  for (let from = 0; from < dataset.records.length; from += BATCH) {
    const tx = db.transaction('records', 'readwrite');
    const batch = dataset.records.slice(from, from + BATCH);
    await Promise.all([...batch.map((record) => tx.store.put(record)), tx.done]);
    onProgress((from + batch.length) / dataset.records.length);
  }
  await db.put('meta', dataset.version, 'datasetVersion');
  return 'seeded';
}
