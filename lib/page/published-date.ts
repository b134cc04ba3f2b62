/** Reads an ISO day (`YYYY-MM-DD`) from the many ways pages write a publication date. */
export function toIsoDay(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
  if (iso) return iso[1];
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? undefined : new Date(parsed).toISOString().slice(0, 10);
}

/** `datePublished` from JSON-LD text: a NewsArticle object, an array, or an @graph of them. */
export function datePublishedFromJsonLd(json: string): string | undefined {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return undefined;
  }
  const queue: unknown[] = [data];
  while (queue.length > 0) {
    const item = queue.shift();
    if (Array.isArray(item)) queue.push(...item);
    else if (item && typeof item === 'object') {
      const record = item as Record<string, unknown>;
      if (typeof record.datePublished === 'string') return toIsoDay(record.datePublished);
      if (record['@graph']) queue.push(record['@graph']);
    }
  }
  return undefined;
}
