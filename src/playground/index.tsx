/**
 * The playground's entry: reads the sample index, opens the first sample (or `?sample=NAME`) in
 * the in-memory Excel and renders the page; `?lang=en` shows the pane in English, `?view=pane`
 * only the pane, filling the page as in Excel's pane frame.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { Harness } from './harness';
import { Playground } from './Playground';

async function start(container: HTMLElement): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const lang = params.get('lang') === 'en' ? 'en' : 'nl';
  const paneOnly = params.get('view') === 'pane';
  const harness = await Harness.create();
  await harness.loadSample(params.get('sample') ?? harness.samples[0]!.name);
  // Only now: a test that sees window.__npoPlayground may use it at once.
  harness.expose();
  createRoot(container).render(
    <FluentProvider theme={webLightTheme} style={paneOnly ? undefined : { height: '100%' }}>
      <Playground harness={harness} lang={lang} paneOnly={paneOnly} />
    </FluentProvider>,
  );
}

const container = document.getElementById('root');
if (!container) throw new Error('index.html mist het element #root / index.html lacks the #root element');
start(container).catch((error: unknown) => {
  container.textContent = `De speeltuin kon niet starten / The playground could not start: ${error instanceof Error ? error.message : String(error)}`;
  throw error;
});
