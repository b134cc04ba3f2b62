import { formatDate } from '../lib/dataset/dates';
import type { DataStatus, PageState, TimelineEntry } from '../lib/protocol/api';
import { DataStatusLine } from './DataStatusLine';

export interface TimelineViewProps {
  loading: boolean;
  page: PageState | null;
  entries: TimelineEntry[];
  status: DataStatus | null;
}

function span(entry: TimelineEntry): string {
  return entry.end && entry.end !== entry.start ? `${formatDate(entry.start)} – ${formatDate(entry.end)}` : formatDate(entry.start);
}

export function TimelineView({ loading, page, entries, status }: TimelineViewProps) {
  let body;
  if (loading) body = <p class="bs-muted">Reading the page…</p>;
  else if (!page) body = <p class="bs-muted">Backstory does not run on this tab. Open a news article to see its timeline.</p>;
  else if (!page.enabled) body = <p class="bs-muted">Highlighting is off on {page.site}. Switch it on from the toolbar button.</p>;
  else if (entries.length === 0) body = <p class="bs-muted">No dated events found on this page.</p>;
  else
    body = (
      <ol class="bs-timeline-list" aria-label="Events on this page, oldest first">
        {entries.map((e) => (
          <li key={e.id} class="bs-entry" data-mentioned={e.mentioned ? 'yes' : 'no'}>
            <time class="bs-entry-date" dateTime={e.start}>
              {span(e)}
            </time>
            <h2 class="bs-entry-name">{e.name}</h2>
            <p class="bs-entry-summary">{e.summary}</p>
            <p class="bs-entry-why bs-muted">{e.mentioned ? 'Named on this page' : `Related to ${e.via.join(', ')}`}</p>
          </li>
        ))}
      </ol>
    );
  return (
    <main class="bs-sidebar">
      <header>
        <h1 class="bs-title">Timeline</h1>
        {page && <p class="bs-muted bs-page">{page.site}</p>}
      </header>
      {body}
      <DataStatusLine status={status} />
    </main>
  );
}
