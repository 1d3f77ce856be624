// The Cấu hình tab: read and validated for every action; created from the template by the first
// setup, its formats, dropdowns and protection refreshed by every later one, and the fields an
// older version lacked added below its own (never its values otherwise).

import { describeFinding } from '../domain/findings';
import { MENU, menuPath } from '../domain/menu-items';
import {
  PERIOD_RULE_LABELS,
  parseSettings,
  RECIPIENT_ROLES,
  SETTINGS_LAYOUT,
  settingsFieldRow,
  UNIT_KINDS,
} from '../domain/settings-sheet';
import { missingFieldRows, settingsToRows } from '../domain/settings-write';
import { TAB } from '../domain/tab-names';
import type { Finding, Settings } from '../domain/types';
import { UserError } from './errors';
import type { Sheet, Spreadsheet } from './gas-types';
import { ensureSize, protectSheet, readAll, writeBlock } from './sheet-io';
import { HEADER_BACKGROUND, TITLE_FONT_SIZE } from './style';

/** Reads and validates Cấu hình; throws a UserError listing every problem when it cannot be used. */
export function readSettings(ss: Spreadsheet): { settings: Settings; warnings: Finding[] } {
  const { settings, warnings } = readSettingsValues(ss);
  return { settings, warnings };
}

/** readSettings, with the values of the tab as read. */
export function readSettingsValues(ss: Spreadsheet): { settings: Settings; warnings: Finding[]; values: unknown[][] } {
  const sheet = ss.getSheetByName(TAB.settings);
  if (!sheet) {
    throw new UserError(`Chưa có tab "${TAB.settings}". Hãy chạy ${menuPath(MENU.setup)} trước.`);
  }
  const values = readAll(sheet);
  const read = parseSettings(values, ss.getSpreadsheetTimeZone());
  const errors = read.problems.filter((p) => p.severity === 'error');
  if (!read.settings || errors.length > 0) {
    throw new UserError(
      `Tab "${TAB.settings}" có ${errors.length} lỗi cần sửa trước (chưa thay đổi gì trong bảng tính):\n${errors
        .map(describeFinding)
        .join('\n')}`,
    );
  }
  return { settings: read.settings, warnings: read.problems.filter((p) => p.severity !== 'error'), values };
}

export function createSettingsTab(ss: Spreadsheet, settings: Settings, secretaries: readonly string[]): Sheet {
  const sheet = ss.insertSheet(TAB.settings, 0);
  const { values } = settingsToRows(settings);
  ensureSize(sheet, values.length + 50, SETTINGS_LAYOUT.width);
  writeBlock(sheet, 1, 1, values, SETTINGS_LAYOUT.width);
  // Only on creation: later the secretary may have inserted rows, and fields are found by label.
  sheet
    .getRange(settingsFieldRow('periodRule'), SETTINGS_LAYOUT.valueCol)
    .setDataValidation(
      SpreadsheetApp.newDataValidation()
        .requireValueInList(Object.values(PERIOD_RULE_LABELS), true)
        .setAllowInvalid(false)
        .build(),
    );
  refreshSettingsTab(sheet, secretaries);
  return sheet;
}

/** Formats, dropdowns and protection of Cấu hình (never its values). */
export function refreshSettingsTab(sheet: Sheet, secretaries: readonly string[]): void {
  const L = SETTINGS_LAYOUT;
  const rows = Math.max(sheet.getMaxRows() - L.firstRow + 1, 1);
  sheet.getRange(L.titleRow, 1).setFontWeight('bold').setFontSize(TITLE_FONT_SIZE);
  sheet
    .getRangeList([
      `A${L.headerRow}:C${L.headerRow}`,
      `E${L.headerRow}:K${L.headerRow}`,
      `M${L.headerRow}:O${L.headerRow}`,
    ])
    .setFontWeight('bold')
    .setBackground(HEADER_BACKGROUND)
    .setWrap(true);
  sheet.setFrozenRows(L.headerRow);
  sheet.setColumnWidth(1, 200);
  sheet.setColumnWidth(2, 260);
  sheet.setColumnWidth(3, 320);
  sheet.setColumnWidths(5, 7, 150);
  sheet.setColumnWidths(13, 3, 180);
  const list = (values: readonly string[]) =>
    SpreadsheetApp.newDataValidation()
      .requireValueInList([...values], true)
      .setAllowInvalid(false)
      .build();
  sheet.getRange(L.firstRow, L.unitsCol + 2, rows, 1).setDataValidation(list(UNIT_KINDS));
  sheet.getRange(L.firstRow, L.recipientsCol + 2, rows, 1).setDataValidation(list(RECIPIENT_ROLES));
  protectSheet(sheet, 'Cấu hình: chỉ thư ký BQL NTM xã (chủ bảng tính và các email thư ký) được sửa', secretaries);
}

/**
 * Writes the rows of the fields Cấu hình lacks (a Sheet set up before "Email thư ký" existed) below
 * its fields, with their defaults, in one write; the warnings are then those of the tab as it now
 * reads. Null when no field was missing.
 */
export function addMissingFields(
  sheet: Sheet,
  values: unknown[][],
  timeZone: string,
): { labels: string[]; warnings: Finding[] } | null {
  const missing = missingFieldRows(values, timeZone);
  if (!missing) return null;
  const L = SETTINGS_LAYOUT;
  ensureSize(sheet, missing.row + missing.cells.length - 1, L.hintCol);
  writeBlock(sheet, missing.row, L.labelCol, missing.cells);
  const now: unknown[][] = values.map((r) => [...r]);
  missing.cells.forEach((cells, i) => {
    const r = missing.row - 1 + i;
    while (now.length <= r) now.push([]);
    cells.forEach((v, c) => {
      now[r][L.labelCol - 1 + c] = v;
    });
  });
  const reread = parseSettings(now, timeZone);
  return { labels: missing.labels, warnings: reread.problems.filter((p) => p.severity !== 'error') };
}
