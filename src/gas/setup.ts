// Thiết lập bảng tính: creates or refreshes Cấu hình, Danh mục and one protected tab per unit.
// Re-running never loses what anyone typed: it only writes the cells the product owns (titles,
// labels, headers, validation, formats, protection) and never deletes a unit's tab.
import {
  CATALOGUE_A1,
  CATALOGUE_KEYS,
  type CatalogueKey,
  catalogueRange,
  catalogueToRows,
  DEFAULT_CATALOGUE,
} from '../domain/catalogue';
import { civilInZone } from '../domain/civil-date';
import {
  PERIOD_RULE_LABELS,
  parseSettings,
  RECIPIENT_ROLES,
  SETTINGS_LAYOUT,
  settingsFieldRow,
  settingsToRows,
  UNIT_KINDS,
} from '../domain/settings-sheet';
import { templateSettings } from '../domain/settings-template';
import { isReservedTabName, TAB } from '../domain/tab-names';
import type { Finding, Settings, UnitSetting } from '../domain/types';
import {
  ACTIVITY_HEADERS,
  COL,
  columnLetter,
  NARRATIVE_HEADERS,
  narrativeLabels,
  UNIT_TAB,
  UNIT_TAB_TITLE,
} from '../domain/unit-tab';
import { nameKey, sameName } from '../domain/vn-format';
import { UserError } from './errors';
import { ensureSize, protectSheet, readAll, writeBlock } from './sheet-io';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface SetupResult {
  /** True when Cấu hình did not exist and was created from the template: nothing else was done. */
  readonly firstRun: boolean;
  readonly created: readonly string[];
  readonly refreshed: readonly string[];
  readonly renamed: readonly { from: string; to: string }[];
  readonly retired: readonly string[];
  readonly warnings: readonly Finding[];
}

const HEADER_BACKGROUND = '#d9ead3';
const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';
const TITLE_SIZE = 13;
/** Rows of a unit tab that carry validation and formats when the tab is new (Sheets' default grid). */
const MIN_UNIT_ROWS = 1000;

/** Reads and validates Cấu hình; throws a UserError listing every problem when it cannot be used. */
export function readSettings(ss: Spreadsheet): { settings: Settings; warnings: Finding[] } {
  const sheet = ss.getSheetByName(TAB.settings);
  if (!sheet) {
    throw new UserError(`Chưa có tab "${TAB.settings}". Hãy chạy Báo cáo NTM → Thiết lập bảng tính trước.`);
  }
  const read = parseSettings(readAll(sheet), ss.getSpreadsheetTimeZone());
  const errors = read.problems.filter((p) => p.severity === 'error');
  if (!read.settings || errors.length > 0) {
    throw new UserError(
      `Tab "${TAB.settings}" có ${errors.length} lỗi cần sửa trước (chưa thay đổi gì trong bảng tính):\n${errors
        .map(describeFinding)
        .join('\n')}`,
    );
  }
  return { settings: read.settings, warnings: read.problems.filter((p) => p.severity !== 'error') };
}

export function describeFinding(f: Finding): string {
  const where = [f.row !== null ? `dòng ${f.row}` : '', f.column ? `cột ${f.column}` : ''].filter(Boolean).join(', ');
  return `- ${f.tab}${where ? ` (${where})` : ''}: ${f.message}`;
}

export function setupSpreadsheet(ss: Spreadsheet, now: Date): SetupResult {
  const owner = ss.getOwner()?.getEmail() ?? '';
  const settingsSheet = ss.getSheetByName(TAB.settings);
  if (!settingsSheet) {
    const year = civilInZone(now, ss.getSpreadsheetTimeZone()).y;
    createSettingsTab(ss, templateSettings(year), owner);
    if (!ss.getSheetByName(TAB.catalogue)) createCatalogueTab(ss, owner);
    return {
      firstRun: true,
      created: [TAB.settings, TAB.catalogue],
      refreshed: [],
      renamed: [],
      retired: [],
      warnings: [],
    };
  }

  // Validate everything before changing anything.
  const { settings, warnings } = readSettings(ss);
  const sheets = ss.getSheets();
  const byName = new Map(sheets.map((s) => [nameKey(s.getName()), s]));
  checkTabNameClashes(settings, byName);

  const created: string[] = [];
  const refreshed: string[] = [];
  const renamed: { from: string; to: string }[] = [];
  const retired: string[] = [];

  // Units type "1.200.000" and "15/3/2023": only the Vietnamese locale reads them as a number and
  // a date (en_US would read 3/4/2023 as 4 March), and the periods are cut in Vietnam time.
  if (ss.getSpreadsheetLocale() !== 'vi_VN') ss.setSpreadsheetLocale('vi_VN');
  if (ss.getSpreadsheetTimeZone() !== VIETNAM_TIME_ZONE) ss.setSpreadsheetTimeZone(VIETNAM_TIME_ZONE);
  refreshSettingsTab(settingsSheet, owner);
  let catalogue = ss.getSheetByName(TAB.catalogue);
  if (!catalogue) {
    catalogue = createCatalogueTab(ss, owner);
    created.push(TAB.catalogue);
  }

  // A unit's tab is recognised by the code in its header block, so a rename in Cấu hình (or by
  // hand) keeps its data.
  const byCode = new Map<string, Sheet>();
  for (const sheet of sheets) {
    if (isReservedTabName(sheet.getName())) continue;
    const code = String(sheet.getRange(UNIT_TAB.unitRow, UNIT_TAB.codeValueCol).getValue()).trim();
    if (code) byCode.set(nameKey(code), sheet);
  }

  for (const unit of settings.units) {
    let sheet = byCode.get(nameKey(unit.code)) ?? byName.get(nameKey(unit.tabName)) ?? null;
    byCode.delete(nameKey(unit.code));
    if (sheet && sheet.getName() !== unit.tabName) {
      renamed.push({ from: sheet.getName(), to: unit.tabName });
      sheet.setName(unit.tabName);
    }
    const fresh = !sheet;
    if (!sheet) {
      sheet = ss.insertSheet(unit.tabName);
      created.push(unit.tabName);
    } else {
      refreshed.push(unit.tabName);
    }
    layoutUnitTab(sheet, unit, settings, catalogue, fresh, owner);
  }

  // Tabs of units no longer in Cấu hình: kept with their data, marked, and closed to the unit.
  for (const sheet of byCode.values()) {
    retireUnitTab(sheet, owner);
    retired.push(sheet.getName());
  }
  return { firstRun: false, created, refreshed, renamed, retired, warnings };
}

function checkTabNameClashes(settings: Settings, byName: Map<string, Sheet>): void {
  const problems: string[] = [];
  for (const unit of settings.units) {
    const other = byName.get(nameKey(unit.tabName));
    if (!other) continue;
    const code = String(other.getRange(UNIT_TAB.unitRow, UNIT_TAB.codeValueCol).getValue()).trim();
    if (code && !sameName(code, unit.code)) {
      problems.push(
        `- Tên tab "${unit.tabName}" của đơn vị ${unit.code} đang là tab của đơn vị ${code}. Hãy đặt tên tab khác trong Cấu hình.`,
      );
    } else if (!code && other.getLastRow() > 0) {
      // A tab the product did not make: writing the unit's header into it could overwrite someone's data.
      problems.push(
        `- Đã có tab "${other.getName()}" không do tiện ích tạo và đang có dữ liệu. Hãy đổi tên tab đó, hoặc đặt tên tab khác cho đơn vị ${unit.code} trong Cấu hình.`,
      );
    }
  }
  if (problems.length > 0) {
    throw new UserError(`Chưa thay đổi gì trong bảng tính vì:\n${problems.join('\n')}`);
  }
}

function createSettingsTab(ss: Spreadsheet, settings: Settings, owner: string): Sheet {
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
  refreshSettingsTab(sheet, owner);
  return sheet;
}

/** Formats, dropdowns and protection of Cấu hình (never its values). */
function refreshSettingsTab(sheet: Sheet, owner: string): void {
  const L = SETTINGS_LAYOUT;
  const rows = Math.max(sheet.getMaxRows() - L.firstRow + 1, 1);
  sheet.getRange(L.titleRow, 1).setFontWeight('bold').setFontSize(TITLE_SIZE);
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
  protectSheet(sheet, 'Cấu hình: chỉ thư ký BQL NTM xã (chủ bảng tính) được sửa', [owner]);
}

function createCatalogueTab(ss: Spreadsheet, owner: string): Sheet {
  const sheet = ss.insertSheet(TAB.catalogue, Math.min(1, ss.getNumSheets()));
  const rows = catalogueToRows(DEFAULT_CATALOGUE);
  ensureSize(sheet, rows.length, CATALOGUE_KEYS.length);
  writeBlock(sheet, 1, 1, rows, CATALOGUE_KEYS.length);
  sheet.getRange(1, 1, 1, CATALOGUE_KEYS.length).setFontWeight('bold').setBackground(HEADER_BACKGROUND);
  sheet.setFrozenRows(1);
  sheet.setColumnWidths(1, CATALOGUE_KEYS.length, 300);
  sheet.getRange(CATALOGUE_A1).setWrap(true);
  protectSheet(sheet, 'Danh mục: chỉ thư ký BQL NTM xã được sửa (các đơn vị chọn từ danh sách thả xuống)', [owner]);
  return sheet;
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

const NUMBER_COLUMNS: readonly { col: number; format: string; help: string }[] = [
  { col: COL.quantity, format: '#,##0.##', help: 'Nhập số lượng (số không âm), ví dụ 3.' },
  { col: COL.participants, format: '#,##0', help: 'Nhập số người tham dự (số không âm), ví dụ 120.' },
  { col: COL.moneyUnit, format: '#,##0', help: 'Nhập số tiền bằng đồng, chỉ gõ số, ví dụ 1500000.' },
  { col: COL.moneyIntegrated, format: '#,##0', help: 'Nhập số tiền bằng đồng, chỉ gõ số, ví dụ 1500000.' },
  { col: COL.moneySocial, format: '#,##0', help: 'Nhập số tiền bằng đồng, chỉ gõ số, ví dụ 1500000.' },
];

const COLUMN_WIDTHS = [95, 230, 260, 200, 320, 80, 95, 95, 120, 120, 120, 220, 180];

function layoutUnitTab(
  sheet: Sheet,
  unit: UnitSetting,
  settings: Settings,
  catalogue: Sheet,
  fresh: boolean,
  owner: string,
): void {
  const T = UNIT_TAB;
  ensureSize(sheet, fresh ? MIN_UNIT_ROWS : T.activityFirstRow + 1, Math.max(T.columns, T.codeValueCol));
  // The header block: what we own is rewritten, what units type (narratives, B3 last change) is not.
  const head = sheet.getRange(1, 1, T.narrativeFirstRow + T.narrativeRows - 1, T.codeValueCol).getValues();
  writeBlock(sheet, T.titleRow, 1, [[UNIT_TAB_TITLE]]);
  writeBlock(sheet, T.unitRow, 1, [
    ['Đơn vị:', unit.name, '', '', 'Người liên hệ:', contactText(unit), '', 'Mã đơn vị:', unit.code],
  ]);
  writeBlock(sheet, T.lastChangeRow, T.labelCol, [['Cập nhật lần cuối:']]);
  writeBlock(sheet, T.lastChangeRow, T.rightLabelCol, [['Trạng thái:', 'Đang nhận báo cáo']]);
  writeBlock(sheet, T.narrativeHeaderRow, 1, [[...NARRATIVE_HEADERS]]);
  const labels = narrativeLabels(settings.year);
  labels.forEach((label, i) => {
    const row = T.narrativeFirstRow + i;
    if (String(head[row - 1]?.[0] ?? '').trim() === '') writeBlock(sheet, row, 1, [[label]]);
  });
  writeBlock(sheet, T.activityHeaderRow, 1, [[...ACTIVITY_HEADERS]]);

  sheet.getRange(T.titleRow, 1).setFontWeight('bold').setFontSize(TITLE_SIZE);
  sheet
    .getRangeList([`A${T.unitRow}:A${T.lastChangeRow}`, `E${T.unitRow}:E${T.lastChangeRow}`, `H${T.unitRow}`])
    .setFontWeight('bold');
  const headerRanges = sheet.getRangeList([
    `A${T.narrativeHeaderRow}:${columnLetter(NARRATIVE_HEADERS.length)}${T.narrativeHeaderRow}`,
    `A${T.activityHeaderRow}:${columnLetter(T.columns)}${T.activityHeaderRow}`,
  ]);
  headerRanges.setFontWeight('bold').setBackground(HEADER_BACKGROUND).setWrap(true).setVerticalAlignment('middle');
  sheet
    .getRange(T.narrativeFirstRow, 2, T.narrativeRows, NARRATIVE_HEADERS.length - 1)
    .setWrapStrategy(SpreadsheetApp.WrapStrategy.CLIP);
  sheet.setFrozenRows(T.frozenRows);
  COLUMN_WIDTHS.forEach((width, i) => {
    sheet.setColumnWidth(i + 1, width);
  });

  // Validation and formats of the data area, one call per column.
  const first = T.activityFirstRow;
  const rows = sheet.getMaxRows() - first + 1;
  const column = (col: number) => sheet.getRange(first, col + 1, rows, 1);
  column(COL.date)
    .setNumberFormat('dd/MM/yyyy')
    .setDataValidation(
      SpreadsheetApp.newDataValidation()
        .requireDate()
        .setAllowInvalid(false)
        .setHelpText('Nhập ngày dạng ngày/tháng/năm, ví dụ 15/03/2023.')
        .build(),
    );
  for (const d of DROPDOWNS) {
    column(d.col).setDataValidation(
      SpreadsheetApp.newDataValidation()
        .requireValueInRange(catalogue.getRange(catalogueRange(d.key)), true)
        .setAllowInvalid(!d.strict)
        .setHelpText(d.help)
        .build(),
    );
  }
  for (const n of NUMBER_COLUMNS) {
    column(n.col)
      .setNumberFormat(n.format)
      .setDataValidation(
        SpreadsheetApp.newDataValidation()
          .requireNumberGreaterThanOrEqualTo(0)
          .setAllowInvalid(false)
          .setHelpText(n.help)
          .build(),
      );
  }
  protectSheet(sheet, `Tab của ${unit.name}: chỉ người nhập của đơn vị và thư ký được sửa`, [owner, ...unit.editors]);
}

function contactText(unit: UnitSetting): string {
  return [unit.contactName, unit.contactEmail].filter(Boolean).join(' - ');
}

function retireUnitTab(sheet: Sheet, owner: string): void {
  writeBlock(sheet, UNIT_TAB.lastChangeRow, UNIT_TAB.rightValueCol, [
    ['Đơn vị không còn trong Cấu hình: dữ liệu được giữ nguyên, không tổng hợp'],
  ]);
  sheet.setTabColor('#999999');
  protectSheet(sheet, 'Tab của đơn vị đã bỏ khỏi Cấu hình: chỉ thư ký được sửa', [owner]);
}
