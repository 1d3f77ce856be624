// HtmlService (outputs, templates with contextual escaping) and the Sheet's Ui. Each lives in its
// own file in this folder; this index names what workspace.ts and the SpreadsheetApp emulator use.
export { escapeHtml, HtmlContext, jsStringContent, jsValue } from './context';
export { HtmlOutputImpl, HtmlOutputMetaTagImpl, SandboxMode, XFrameOptionsMode } from './output';
export { HtmlServiceImpl, HtmlStore, noHtmlFile } from './service';
export { HtmlTemplateImpl } from './template';
export {
  Button,
  type ButtonName,
  ButtonSet,
  type ButtonSetName,
  type MenuEntry,
  MenuImpl,
  type MenuRecord,
  PromptResponseImpl,
  type ShownDialog,
  type ShownQuestion,
  type Toast,
  UI_UNAVAILABLE,
  type UiAnswer,
  UiImpl,
  UiState,
} from './ui';
