// HtmlService (outputs, templates with contextual escaping) and the Sheet's Ui. Each lives in its
// own file in this folder; this index names what the workspace and the tools use.
export { HtmlServiceImpl, HtmlStore } from './service';
export { type MenuEntry, type MenuRecord, type ShownDialog, UiState } from './ui';
