// The layout of a unit's tab: the header block, the activity table's dropdowns, number and date
// rules, formats and widths. Setup writes only the cells the product owns, leaves a table whose
// columns a unit shifted alone, and marks (never deletes) the tab of a unit no longer in Cấu hình.

import { activityHeaderChanged } from '../domain/activity-header';
import { type CatalogueKey, catalogueRange } from '../domain/catalogue';
import type { Settings, UnitSetting } from '../domain/types';
import {
  ACTIVITY_HEADERS,
  COL,
  columnLetter,
  HEADER_SCAN_COLUMNS,
  NARRATIVE_HEADERS,
  narrativeLabels,
  UNIT_CODE_LABEL,
  UNIT_TAB,
  UNIT_TAB_HINT,
  UNIT_TAB_HINT_START,
  UNIT_TAB_TITLE,
  unitCodeOf,
} from '../domain/unit-tab';
import type { Sheet } from './gas-types';
import { protectSheet, writeBlock } from './sheet-io';
import { HEADER_BACKGROUND, TITLE_FONT_SIZE } from './style';

type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

const RETIRED_TAB_COLOR = '#999999';
/** Rows of a unit tab that carry validation and formats when the tab is new (Sheets' default grid). */
const MIN_UNIT_ROWS = 1000;
const STATUS_OPEN = 'Đang nhận báo cáo';
const STATUS_RETIRED = 'Đơn vị không còn trong Cấu hình: dữ liệu được giữ nguyên, không tổng hợp';
/** A tab is recognised as a unit's only when it is at least this tall (the header block and narratives). */
const HEAD_ROWS = UNIT_TAB.narrativeFirstRow + UNIT_TAB.narrativeRows - 1;

/**
 * A tab's unit code and header block (rows 1 to the activity header × columns A..Z as far as the
 * tab has them), read in one call; code '' and head null for a tab too small to be a unit's. A unit
 * tab is recognised by the "Mã đơn vị:" label and the code beside it, so a rename keeps its data.
 */
export function readTabHead(sheet: Sheet): { code: string; head: unknown[][] | null } {
  const maxRows = sheet.getMaxRows();
  const maxCols = sheet.getMaxColumns();
  if (maxCols < UNIT_TAB.codeValueCol || maxRows < HEAD_ROWS) return { code: '', head: null };
  const rows = Math.min(maxRows, UNIT_TAB.activityHeaderRow);
  const head = sheet.getRange(1, 1, rows, Math.min(maxCols, HEADER_SCAN_COLUMNS)).getValues();
  return { code: unitCodeOf(head[UNIT_TAB.unitRow - 1]), head };
}

/** Which catalogue list feeds each dropdown column of the activity table. */
const DROPDOWNS: readonly { col: number; key: CatalogueKey; help: string; strict: boolean }[] = [
  { col: COL.form, key: 'forms', help: 'Chọn hình thức tuyên truyền trong danh sách.', strict: true },
  { col: COL.topic, key: 'topics', help: 'Chọn nội dung tuyên truyền trong danh sách.', strict: true },
  { col: COL.criterion, key: 'criteria', help: 'Chọn tiêu chí NTM liên quan (nếu có).', strict: true },
  {
    col: COL.measure,
    key: 'measures',
    help: 'Chọn đơn vị tính; nếu chưa có, ghi rõ và báo thư ký bổ sung.',
    strict: false,
  },
];

const MONEY_HELP = 'Nhập số tiền bằng đồng, chỉ gõ số, ví dụ 1500000.';
const NUMBER_COLUMNS: readonly { col: number; help: string }[] = [
  { col: COL.quantity, help: 'Nhập số lượng (số không âm), ví dụ 3.' },
  { col: COL.participants, help: 'Nhập số người tham dự (số không âm), ví dụ 120.' },
  { col: COL.moneyUnit, help: MONEY_HELP },
  { col: COL.moneyIntegrated, help: MONEY_HELP },
  { col: COL.moneySocial, help: MONEY_HELP },
];
const DATE_FORMAT = 'dd/MM/yyyy';
// Quantities may have decimals (2,5 km): Sheets' automatic format shows 3 and 2,5 as typed, where
// '#,##0.##' would show a whole number with a trailing separator ("3,").
const QUANTITY_FORMAT = 'General';
const WHOLE_FORMAT = '#,##0';
const WHOLE_COLUMNS = [COL.participants, COL.moneyUnit, COL.moneyIntegrated, COL.moneySocial];

const COLUMN_WIDTHS = [95, 230, 260, 200, 320, 80, 95, 95, 120, 120, 120, 220, 180];

/** The validation of each activity column (null: free text), in column order. */
export function dataRules(catalogue: Sheet): (DataValidation | null)[] {
  const rules: (DataValidation | null)[] = ACTIVITY_HEADERS.map(() => null);
  rules[COL.date] = SpreadsheetApp.newDataValidation()
    .requireDate()
    .setAllowInvalid(false)
    .setHelpText('Nhập ngày dạng ngày/tháng/năm, ví dụ 15/03/2023.')
    .build();
  for (const d of DROPDOWNS) {
    rules[d.col] = SpreadsheetApp.newDataValidation()
      .requireValueInRange(catalogue.getRange(catalogueRange(d.key)), true)
      .setAllowInvalid(!d.strict)
      .setHelpText(d.help)
      .build();
  }
  for (const n of NUMBER_COLUMNS) {
    rules[n.col] = SpreadsheetApp.newDataValidation()
      .requireNumberGreaterThanOrEqualTo(0)
      .setAllowInvalid(false)
      .setHelpText(n.help)
      .build();
  }
  return rules;
}

/** Column widths as (first column, count, width) runs, one call per run. */
function widthRuns(widths: readonly number[]): { col: number; count: number; width: number }[] {
  const runs: { col: number; count: number; width: number }[] = [];
  widths.forEach((width, i) => {
    const last = runs[runs.length - 1];
    if (last && last.width === width && last.col + last.count === i + 1) last.count += 1;
    else runs.push({ col: i + 1, count: 1, width });
  });
  return runs;
}

/** Adjacent cells of one row that the product owns, with what they must read. */
interface OwnedCells {
  readonly row: number;
  readonly col: number;
  readonly values: readonly string[];
}

/**
 * Every cell of a unit tab's header block that the product owns: the labels, the unit's name,
 * contact and code, the title, the status and the two table headers. The rest (B3, the unit's last
 * change; narratives; anything a unit typed beside) is the unit's. The code comes first, so that a
 * run stopped after it leaves a tab the next run recognises.
 */
function ownedHeaderCells(unit: UnitSetting): OwnedCells[] {
  const T = UNIT_TAB;
  return [
    { row: T.unitRow, col: T.codeLabelCol, values: [UNIT_CODE_LABEL, unit.code] },
    { row: T.titleRow, col: 1, values: [UNIT_TAB_TITLE] },
    { row: T.unitRow, col: T.labelCol, values: ['Đơn vị:', unit.name] },
    { row: T.unitRow, col: T.rightLabelCol, values: ['Người liên hệ:', contactText(unit)] },
    { row: T.lastChangeRow, col: T.labelCol, values: ['Cập nhật lần cuối:'] },
    { row: T.lastChangeRow, col: T.rightLabelCol, values: ['Trạng thái:', STATUS_OPEN] },
    { row: T.narrativeHeaderRow, col: 1, values: NARRATIVE_HEADERS },
    { row: T.activityHeaderRow, col: 1, values: ACTIVITY_HEADERS },
  ];
}

function hintCell(): OwnedCells {
  return { row: UNIT_TAB.hintRow, col: 1, values: [UNIT_TAB_HINT] };
}

/**
 * Writes what the product owns in a unit's tab. `head` is the tab's header block as read before
 * (null for a new tab, or an empty one taken over). The protection comes first, so that a failure
 * later never leaves the tab open to everyone. Returns whether the activity table was laid out or
 * kept, and the unit's addresses Google refused as editors of the tab.
 */
export function layoutUnitTab(
  sheet: Sheet,
  unit: UnitSetting,
  settings: Settings,
  head: unknown[][] | null,
  rules: readonly (DataValidation | null)[],
  secretaries: readonly string[],
  sheetEditors: readonly string[],
): { table: 'laid' | 'kept'; refused: string[] } {
  const T = UNIT_TAB;
  // A unit that inserted or retitled a column in its activity table: rewriting the header and the
  // per-column validation by position would shift every column after it. Leave the table alone.
  const keepTable = head !== null && activityHeaderChanged(head[T.activityHeaderRow - 1] ?? []);
  const refused = protectSheet(
    sheet,
    `Tab của ${unit.name}: chỉ người nhập của đơn vị và thư ký được sửa`,
    [...secretaries, ...unit.editors],
    sheetEditors,
  );
  let maxRows = sheet.getMaxRows();
  const wantRows = head ? T.activityFirstRow + 1 : MIN_UNIT_ROWS;
  if (maxRows < wantRows) {
    sheet.insertRowsAfter(maxRows, wantRows - maxRows);
    maxRows = wantRows;
  }
  const maxCols = sheet.getMaxColumns();
  const wantCols = Math.max(T.columns, T.codeValueCol);
  if (maxCols < wantCols) sheet.insertColumnsAfter(maxCols, wantCols - maxCols);

  const cell = (row: number, col: number) => head?.[row - 1]?.[col - 1] ?? '';
  const owned = ownedHeaderCells(unit);
  const labels = narrativeLabels(settings.year);
  if (!head) {
    // A new (or empty) tab: the whole header block in one write.
    const block: unknown[][] = Array.from({ length: T.activityHeaderRow }, () => []);
    for (const o of [...owned, hintCell()]) {
      o.values.forEach((v, i) => {
        block[o.row - 1][o.col - 1 + i] = v;
      });
    }
    labels.forEach((label, i) => {
      block[T.narrativeFirstRow - 1 + i][0] = label;
    });
    writeBlock(
      sheet,
      1,
      1,
      block.map((r) => Array.from(r, (v) => v ?? '')),
      T.columns,
    );
  } else {
    // Only the owned cells that differ from what they must read, each run of them in one write:
    // a unit's own notes beside them stay, and a tab already right costs no write at all.
    const labelCells = labels
      .map((label, i) => ({ row: T.narrativeFirstRow + i, col: 1, values: [label] }))
      .filter((o) => String(cell(o.row, 1)).trim() === '');
    // Row 4 was the unit's before it carried the hint: written only over a blank or an older hint.
    const hint = String(cell(T.hintRow, 1));
    const hintCells = hint === '' || hint.startsWith(UNIT_TAB_HINT_START) ? [hintCell()] : [];
    for (const o of keepTable ? [] : [...owned, ...labelCells, ...hintCells]) {
      if (o.values.every((v, i) => cell(o.row, o.col + i) === v)) continue;
      writeBlock(sheet, o.row, o.col, [o.values]);
    }
  }
  if (String(cell(T.lastChangeRow, T.rightValueCol)) === STATUS_RETIRED) sheet.setTabColor(null);

  sheet
    .getRangeList([
      `A${T.titleRow}`,
      `A${T.unitRow}:A${T.lastChangeRow}`,
      `E${T.unitRow}:E${T.lastChangeRow}`,
      `H${T.unitRow}`,
    ])
    .setFontWeight('bold');
  sheet.getRange(T.titleRow, 1).setFontSize(TITLE_FONT_SIZE);
  sheet.getRange(T.hintRow, 1).setFontStyle('italic');
  sheet
    .getRangeList([
      `A${T.narrativeHeaderRow}:${columnLetter(NARRATIVE_HEADERS.length)}${T.narrativeHeaderRow}`,
      ...(keepTable ? [] : [`A${T.activityHeaderRow}:${columnLetter(T.columns)}${T.activityHeaderRow}`]),
    ])
    .setFontWeight('bold')
    .setBackground(HEADER_BACKGROUND)
    .setWrap(true)
    .setVerticalAlignment('middle');
  sheet
    .getRange(T.narrativeFirstRow, 2, T.narrativeRows, NARRATIVE_HEADERS.length - 1)
    .setWrapStrategy(SpreadsheetApp.WrapStrategy.CLIP);
  sheet.setFrozenRows(T.frozenRows);
  if (keepTable) return { table: 'kept', refused };
  for (const run of widthRuns(COLUMN_WIDTHS)) {
    if (run.count === 1) sheet.setColumnWidth(run.col, run.width);
    else sheet.setColumnWidths(run.col, run.count, run.width);
  }

  // Validation and formats of the whole data area in a few calls, whatever its number of rows.
  const first = T.activityFirstRow;
  const rows = maxRows - first + 1;
  const line = [...rules];
  sheet.getRange(first, 1, rows, T.columns).setDataValidations(Array.from({ length: rows }, () => line));
  const area = (col: number) => `${columnLetter(col + 1)}${first}:${columnLetter(col + 1)}${maxRows}`;
  sheet.getRange(area(COL.date)).setNumberFormat(DATE_FORMAT);
  sheet.getRange(area(COL.quantity)).setNumberFormat(QUANTITY_FORMAT);
  sheet.getRangeList(WHOLE_COLUMNS.map(area)).setNumberFormat(WHOLE_FORMAT);
  return { table: 'laid', refused };
}

function contactText(unit: UnitSetting): string {
  return [unit.contactName, unit.contactEmail].filter(Boolean).join(' - ');
}

export function retireUnitTab(sheet: Sheet, secretaries: readonly string[]): void {
  protectSheet(sheet, 'Tab của đơn vị đã bỏ khỏi Cấu hình: chỉ thư ký được sửa', secretaries);
  writeBlock(sheet, UNIT_TAB.lastChangeRow, UNIT_TAB.rightValueCol, [[STATUS_RETIRED]]);
  sheet.setTabColor(RETIRED_TAB_COLOR);
}
