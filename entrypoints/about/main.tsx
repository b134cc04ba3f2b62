import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import '../../components/page.css';
import { AboutView } from '../../components/AboutView';
import { useDataStatus } from '../../lib/pages/use-data-status';
import type { DatasetSummary } from '../../lib/protocol/api';
import { askBackground } from '../../lib/protocol/client';

const REPORT_URL = 'mailto:facts@backstory.example?subject=Backstory%20data%20error';

function AboutApp() {
  const [summary, setSummary] = useState<DatasetSummary | null>(null);
  const status = useDataStatus();
  useEffect(() => {
    void askBackground('data/about', {}).then((answer) => answer.ok && setSummary(answer.value));
  }, []);
  return <AboutView summary={summary} status={status} reportUrl={REPORT_URL} />;
}

render(<AboutApp />, document.getElementById('app')!);
