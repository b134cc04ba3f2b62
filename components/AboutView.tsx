import { formatDate } from '../lib/dataset/dates';
import type { DataStatus, DatasetSummary } from '../lib/protocol/api';
import { DataStatusLine } from './DataStatusLine';
import { KIND_LABELS } from './KindBadge';

export interface AboutViewProps {
  summary: DatasetSummary | null;
  status: DataStatus | null;
  reportUrl: string;
}

export function AboutView({ summary, status, reportUrl }: AboutViewProps) {
  return (
    <main class="bs-about">
      <h1 class="bs-title">About the data</h1>
      <p>
        Backstory explains names in the news from a dataset written and checked by its makers. Every record gives its
        dates and at least one source: an encyclopedia article or a primary text such as a treaty or an official
        statement. Summaries are our own words. The data is bundled with the extension and kept on this device; nothing
        is sent anywhere.
      </p>
      {summary && (
        <>
          <h2>This dataset</h2>
          <p data-testid="about-version">
            Version <code>{summary.version}</code>: {summary.records} records
            {summary.earliest && summary.latest && (
              <>
                , events from {formatDate(summary.earliest)} to {formatDate(summary.latest)}
              </>
            )}
            .
          </p>
          <table class="bs-counts">
            <tbody>
              {summary.byKind.map((k) => (
                <tr key={k.kind}>
                  <th scope="row">{KIND_LABELS[k.kind]}</th>
                  <td>{k.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2>Where the facts come from</h2>
          <ul>
            {summary.sources.map((s) => (
              <li key={s.site}>
                {s.site}: cited by {s.records} {s.records === 1 ? 'record' : 'records'}
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>Found an error?</h2>
      <p>
        Every popover links its sources. If a date or a summary is wrong, <a href={reportUrl}>report it</a>, naming the
        record and the source that says otherwise.
      </p>
      <DataStatusLine status={status} />
    </main>
  );
}
