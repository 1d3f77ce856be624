// Writes the Hướng dẫn tab (src/domain/guide-tab.ts) as the first tab: made on the first setup and
// rewritten on each one, in columns A:D only. Its links are HYPERLINK formulas whose only inputs are
// a tab id and a fixed label, so no unit's name ever reaches a formula.
import { GUIDE_WIDTH, type GuideCell, type GuideUnit, guideRows, LINK_LABEL } from '../domain/guide-tab';
import { TAB } from '../domain/tab-names';
import type { Settings } from '../domain/types';
import { MENU_ITEMS } from '../ui/menu';
import { asCell, type CellValue } from './cell-text';
import { ensureSize, protectSheet } from './sheet-io';
import { HEADER_BACKGROUND, TITLE_FONT_SIZE } from './style';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const WIDTHS = [230, 520, 160, 300];

function cellOf(c: GuideCell): CellValue {
  return typeof c === 'string' ? asCell(c) : `=HYPERLINK("#gid=${Math.trunc(c.gid)}","${LINK_LABEL}")`;
}

function guideSheet(ss: Spreadsheet): Sheet {
  const found = ss.getSheetByName(TAB.guide);
  if (found) return found;
  // insertSheet makes the new tab the active one: give the user back the tab they were on.
  const active = ss.getActiveSheet();
  const sheet = ss.insertSheet(TAB.guide, 0);
  for (let c = 1; c <= GUIDE_WIDTH; c++) sheet.setColumnWidth(c, WIDTHS[c - 1]);
  if (active) ss.setActiveSheet(active);
  return sheet;
}

/** Makes or refreshes the tab; `editors` may change it (the owner and the secretaries). */
export function writeGuideTab(
  ss: Spreadsheet,
  settings: Settings,
  units: readonly GuideUnit[],
  editors: readonly string[],
  sheetEditors?: readonly string[],
): void {
  const { rows, headings } = guideRows(
    settings,
    units,
    MENU_ITEMS.filter((item) => item !== null),
  );
  const sheet = guideSheet(ss);
  // What the last run wrote below today's block (units removed since) is cleared, A:D only.
  const height = Math.max(rows.length, Math.min(sheet.getLastRow(), sheet.getMaxRows()));
  ensureSize(sheet, height, GUIDE_WIDTH);
  const all = sheet.getRange(1, 1, height, GUIDE_WIDTH);
  all.clearContent();
  all.setFontWeight('normal').setBackground(null).setFontSize(10).setWrap(true).setVerticalAlignment('top');
  sheet.getRange(1, 1, rows.length, GUIDE_WIDTH).setValues(rows.map((r) => r.map(cellOf)));
  sheet.getRange(1, 1).setFontWeight('bold').setFontSize(TITLE_FONT_SIZE).setWrap(false);
  sheet.getRange(2, 1, 2, 1).setWrap(false);
  const shaded = headings.map((r) => `A${r + 1}:D${r + 1}`);
  if (shaded.length > 0) sheet.getRangeList(shaded).setFontWeight('bold').setBackground(HEADER_BACKGROUND);
  protectSheet(sheet, 'Hướng dẫn: do tiện ích viết; chỉ thư ký sửa', editors, sheetEditors);
}
