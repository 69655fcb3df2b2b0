/**
 * The task pane's entry and its only contact with Office.js: once Office is ready it builds the
 * workbook adapter over `Excel.run`, asks which optional API sets this Excel has, picks the
 * language from Office's display language, and renders the pane. Everything else receives plain
 * functions and values.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { createWorkbookAdapter } from '../office';
import { App } from './App';
import { langFromDisplayLanguage } from './strings';
import { workbookNameFromUrl } from './workbook-name';

void Office.onReady(() => {
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html mist het element #root / taskpane.html lacks the #root element');
  const lang = langFromDisplayLanguage(Office.context.displayLanguage);
  document.documentElement.lang = lang;
  const supports = (version: string): boolean => Office.context.requirements.isSetSupported('ExcelApi', version);
  const adapter = createWorkbookAdapter((batch) => Excel.run(batch), {
    customProperties: supports('1.12'),
    fillPattern: supports('1.9'),
    dataValidation: supports('1.8'),
    visibleCells: supports('1.9'),
    mergedAreas: supports('1.13'),
    pageLayout: supports('1.9'),
  });
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App adapter={adapter} lang={lang} workbookName={workbookNameFromUrl(Office.context.document.url, lang)} />
    </FluentProvider>,
  );
});
