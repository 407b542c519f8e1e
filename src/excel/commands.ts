// The ribbon's function file. The only ribbon button opens the task pane (ShowTaskpane), which
// needs no function here, but Office requires the page to initialise office.js.
if (typeof Office !== 'undefined') {
  void Office.onReady();
}
