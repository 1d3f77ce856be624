// Writes the Hướng dẫn tab (src/domain/guide-tab.ts) as the first tab: made on the first setup and
// rewritten on each one, in columns A:D only. Its links are HYPERLINK formulas whose only inputs are
// a tab id and a fixed label, so no unit's name ever reaches a formula.
import { GUIDE_WIDTH, type GuideCell, type GuideUnit, guideRows, LINK_LABEL } from '../domain/guide-tab';
import { TAB } from '../domain/tab-names';
import type { Settings } from '../domain/types';
import { asCell, type CellValue } from './cell-text';
import type { Sheet, Spreadsheet } from './gas-types';
import { ensureSize, protectSheet } from './sheet-io';
import { HEADER_BACKGROUND, TITLE_FONT_SIZE } from './style';

const WIDTHS = [230, 520, 160, 300];
const DESCRIPTION = 'Hướng dẫn: do tiện ích viết; chỉ thư ký sửa';

function cellOf(c: GuideCell): CellValue {
  return typeof c === 'string' ? asCell(c) : `=HYPERLINK("#gid=${Math.trunc(c.gid)}","${LINK_LABEL}")`;
}

function guideSheet(ss: Spreadsheet): { sheet: Sheet; made: boolean } {
  const found = ss.getSheetByName(TAB.guide);
  if (found) return { sheet: found, made: false };
  // insertSheet makes the new tab the active one: setup gives the user's tab back (keepingActiveTab).
  const sheet = ss.insertSheet(TAB.guide, 0);
  for (let c = 1; c <= GUIDE_WIDTH; c++) sheet.setColumnWidth(c, WIDTHS[c - 1]);
  return { sheet, made: true };
}

/**
 * Whether A:D hold exactly what would be written (a text as its characters, a link as its formula)
 * and nothing below it: a re-run then writes nothing.
 */
function sameAsWritten(sheet: Sheet, wanted: readonly (readonly CellValue[])[], height: number): boolean {
  // Read even when the heights differ: a run costs the same calls whatever the number of units.
  const range = sheet.getRange(1, 1, height, GUIDE_WIDTH);
  const values = range.getValues();
  const formulas = range.getFormulas();
  if (height !== wanted.length) return false;
  return wanted.every((row, r) =>
    row.every((cell, c) => {
      const text = String(cell);
      if (text.startsWith('=')) return formulas[r][c] === text;
      return formulas[r][c] === '' && String(values[r][c]) === (text.startsWith("'") ? text.slice(1) : text);
    }),
  );
}

/** Makes or refreshes the tab (true when made); `editors` may change it (the owner and the secretaries). */
export function writeGuideTab(
  ss: Spreadsheet,
  settings: Settings,
  units: readonly GuideUnit[],
  editors: readonly string[],
  sheetEditors?: readonly string[],
): boolean {
  const { rows, headings } = guideRows(settings, units);
  const { sheet, made } = guideSheet(ss);
  const wanted = rows.map((r) => r.map(cellOf));
  // What the last run wrote below today's block (units removed since) is cleared, A:D only.
  const height = Math.max(rows.length, Math.min(sheet.getLastRow(), sheet.getMaxRows()));
  ensureSize(sheet, height, GUIDE_WIDTH);
  if (!made && sameAsWritten(sheet, wanted, height)) {
    protectSheet(sheet, DESCRIPTION, editors, sheetEditors);
    return false;
  }
  const all = sheet.getRange(1, 1, height, GUIDE_WIDTH);
  all.clearContent();
  all.setFontWeight('normal').setBackground(null).setFontSize(10).setWrap(true).setVerticalAlignment('top');
  sheet.getRange(1, 1, rows.length, GUIDE_WIDTH).setValues(wanted);
  sheet.getRange(1, 1).setFontWeight('bold').setFontSize(TITLE_FONT_SIZE).setWrap(false);
  sheet.getRange(2, 1, 2, 1).setWrap(false);
  const shaded = headings.map((r) => `A${r + 1}:D${r + 1}`);
  if (shaded.length > 0) sheet.getRangeList(shaded).setFontWeight('bold').setBackground(HEADER_BACKGROUND);
  protectSheet(sheet, DESCRIPTION, editors, sheetEditors);
  return made;
}
