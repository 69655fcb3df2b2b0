/**
 * The ribbon's function file (FunctionFile in manifest.xml). The one ribbon button opens the task
 * pane by itself (a ShowTaskpane action), so there is no function to register yet; Office still
 * loads this page for the add-in's commands and waits for Office.js to initialise in it.
 */
void Office.onReady();
