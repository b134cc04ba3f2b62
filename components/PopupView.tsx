import type { DataStatus, PageState } from '../lib/protocol/api';
import { DataStatusLine } from './DataStatusLine';

export interface PopupViewProps {
  loading: boolean;
  /** What the page's content script reports; null where Backstory does not run. */
  page: PageState | null;
  status: DataStatus | null;
  highlightAll: boolean;
  aboutUrl: string;
  onToggleSite(enabled: boolean): void;
  onToggleAll(all: boolean): void;
  onOpenTimeline(): void;
}

export function PopupView(props: PopupViewProps) {
  const { loading, page, status, onToggleSite, onOpenTimeline } = props;
  return (
    <main class="bs-popup">
      <h1 class="bs-title">Backstory</h1>
      {loading ? (
        <p class="bs-muted">Reading this page…</p>
      ) : !page ? (
        <p class="bs-muted">Backstory does not run on this page. It works on news articles served over http and https.</p>
      ) : (
        <>
          <p class="bs-count" data-testid="mention-count">
            {page.enabled ? (
              <>
                <strong>{page.total}</strong> {page.total === 1 ? 'mention' : 'mentions'} of{' '}
                <strong>{page.mentions.length}</strong> {page.mentions.length === 1 ? 'subject' : 'subjects'} on this page
              </>
            ) : (
              'Highlighting is off on this site.'
            )}
          </p>
          <label class="bs-switch">
            <input
              type="checkbox"
              role="switch"
              checked={page.enabled}
              onChange={(e) => onToggleSite((e.currentTarget as HTMLInputElement).checked)}
            />
            <span>
              Highlight on <strong>{page.site}</strong>
            </span>
          </label>
          <button type="button" class="bs-button" onClick={onOpenTimeline}>
            Open timeline
          </button>
        </>
      )}
      <label class="bs-option">
        <input
          type="checkbox"
          checked={props.highlightAll}
          onChange={(e) => props.onToggleAll((e.currentTarget as HTMLInputElement).checked)}
        />
        <span>Highlight every mention, not just the first</span>
      </label>
      <DataStatusLine status={status} />
      <nav class="bs-links">
        <a href={props.aboutUrl} target="_blank" rel="noopener">
          About the data
        </a>
      </nav>
    </main>
  );
}
