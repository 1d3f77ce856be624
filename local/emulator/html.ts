// HtmlService (outputs, templates with contextual escaping) and the Sheet's Ui. Each lives in its
// own file under html/; this file names what workspace.ts and the SpreadsheetApp emulator use.
export { escapeHtml, HtmlContext, jsStringContent, jsValue } from './html/context';
export { HtmlOutputImpl, HtmlOutputMetaTagImpl, SandboxMode, XFrameOptionsMode } from './html/output';
export { HtmlServiceImpl, HtmlStore, noHtmlFile } from './html/service';
export { HtmlTemplateImpl } from './html/template';
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
} from './html/ui';
