// The public surface of the Apps Script project. Every function exported here becomes a top-level
// function of dist/Code.js (see build.mjs): menu items, triggers and google.script.run targets call
// them by name. Nothing else is visible to Apps Script.
import { buildMenu } from './ui/menu';

/** Simple trigger: runs when the Sheet is opened. Builds the menu and nothing else. */
export function onOpen(): void {
  buildMenu(SpreadsheetApp.getUi());
}
