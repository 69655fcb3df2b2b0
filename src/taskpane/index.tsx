/**
 * The task pane's entry: renders once Office.js is ready, as Office's own template does. A
 * placeholder until the real task pane takes its place.
 */
import { createRoot } from 'react-dom/client';

function Placeholder() {
  return (
    <main>
      <h1>NPO-controle</h1>
      <p>De controle wordt geladen…</p>
    </main>
  );
}

void Office.onReady(() => {
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html mist het element #root / taskpane.html lacks the #root element');
  createRoot(container).render(<Placeholder />);
});
