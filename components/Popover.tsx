import { formatDate } from '../lib/dataset/dates';
import type { DataSource, RecordCard, RelatedRef } from '../lib/protocol/api';
import { latestStatus, statusOn } from '../lib/dataset/status-on';
import { splitAtPublication } from '../lib/ui/split-dates';
import { DateList } from './DateList';
import { KindBadge } from './KindBadge';

export interface PopoverProps {
  /** The record, or null while it is being fetched. */
  card: RecordCard | null;
  /** Why there is no record to show, when there is none. */
  problem?: string;
  /** The page's own words for the mention. */
  mentionText: string;
  publishedDay?: string;
  source?: DataSource;
  onOpenTimeline(): void;
  onClose(): void;
  /** Where the browser lets only the toolbar open the timeline (Firefox's sidebar needs its own gesture). */
  timelineFromToolbar?: boolean;
  /** Set after a failed attempt to open the timeline. */
  timelineHint?: string;
  /** How the mention was recognised: by name, or from words that describe an event. */
  via?: 'alias' | 'cue';
  /** Other records the words may mean: "Not this?". */
  alternatives?: RelatedRef[];
  onChoose?(recordId: string): void;
}

const MAX_RELATED = 6;

export function Popover(props: PopoverProps) {
  const { card } = props;
  if (!card) {
    return (
      <div class="bs-body">
        <p class="bs-muted">{props.problem ?? `Looking up “${props.mentionText}”…`}</p>
      </div>
    );
  }
  const { record, related } = card;
  const { before, since } = splitAtPublication(record.dates, props.publishedDay);
  const then = props.publishedDay ? statusOn(record.dates, props.publishedDay) : null;
  const now = latestStatus(record.dates);
  const relatedEvents = related.filter((r) => r.kind === 'event' || r.kind === 'treaty').slice(0, MAX_RELATED);
  return (
    <div class="bs-body">
      <header class="bs-head">
        <div>
          <h2 class="bs-name">{record.name}</h2>
          <KindBadge kind={record.kind} />
        </div>
        <button type="button" class="bs-close" aria-label="Close" onClick={props.onClose}>
          ×
        </button>
      </header>
      {props.via === 'cue' && <p class="bs-muted bs-hint">Recognised from the words “{props.mentionText}”.</p>}
      <p class="bs-summary">{record.summary}</p>
      {now && (
        <p class="bs-status-line" data-testid="record-status">
          {then && props.publishedDay ? (
            <>
              On {formatDate(props.publishedDay)}: <strong>{then.status}</strong>
              {then.status !== now.status && (
                <>
                  {' '}
                  · since {formatDate(now.since)}: <strong>{now.status}</strong>
                </>
              )}
            </>
          ) : (
            <>
              Status: <strong>{now.status}</strong> (since {formatDate(now.since)})
            </>
          )}
        </p>
      )}
      {props.publishedDay && since.length > 0 ? (
        <>
          <h3 class="bs-section">When this was published ({formatDate(props.publishedDay)})</h3>
          {before.length > 0 ? <DateList dates={before} /> : <p class="bs-muted">Nothing dated yet.</p>}
          <h3 class="bs-section">Since then</h3>
          <DateList dates={since} />
        </>
      ) : (
        <>
          <h3 class="bs-section">Key dates</h3>
          <DateList dates={before} />
        </>
      )}
      {relatedEvents.length > 0 && (
        <>
          <h3 class="bs-section">Related</h3>
          <ul class="bs-related">
            {relatedEvents.map((r) => (
              <li key={r.id}>
                {r.name}
                {r.start && <span class="bs-muted"> · {formatDate(r.start)}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      <footer class="bs-foot">
        <span class="bs-sources">
          Sources:{' '}
          {record.sources.map((s, i) => (
            <>
              {i > 0 && ', '}
              <a href={s.url} target="_blank" rel="noopener noreferrer">
                {s.title}
              </a>
            </>
          ))}
        </span>
        {props.timelineFromToolbar ? (
          <span class="bs-muted">Timeline: Backstory toolbar button</span>
        ) : (
          <button type="button" class="bs-timeline" onClick={props.onOpenTimeline}>
            Timeline
          </button>
        )}
      </footer>
      {props.alternatives && props.alternatives.length > 0 && props.onChoose && (
        <details class="bs-not-this">
          <summary>Not this?</summary>
          <p class="bs-muted">“{props.mentionText}” may also mean:</p>
          <ul>
            {props.alternatives.map((a) => (
              <li key={a.id}>
                <button type="button" class="bs-choice" onClick={() => props.onChoose!(a.id)}>
                  {a.name}
                  {a.start && <span class="bs-muted"> · {formatDate(a.start)}</span>}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
      {props.timelineHint && <p class="bs-muted bs-hint">{props.timelineHint}</p>}
      {props.source === 'memory' && <p class="bs-muted bs-hint">Served from the bundled copy: the local database is unavailable.</p>}
    </div>
  );
}
