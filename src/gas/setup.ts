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
import { describeFinding } from '../domain/findings';
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
import { explain, UserError } from './errors';
import { ensureSize, protectSheet, readAll, writeBlock } from './sheet-io';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

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
const RETIRED_TAB_COLOR = '#999999';
const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';
const TITLE_SIZE = 13;
/** Rows of a unit tab that carry validation and formats when the tab is new (Sheets' default grid). */
const MIN_UNIT_ROWS = 1000;
/** The label beside a unit tab's code: with the code, what marks a tab as a unit's. */
export const UNIT_CODE_LABEL = 'Mã đơn vị:';
const STATUS_OPEN = 'Đang nhận báo cáo';
const STATUS_RETIRED = 'Đơn vị không còn trong Cấu hình: dữ liệu được giữ nguyên, không tổng hợp';
/** Rows 1 .. this of a unit tab are read once per run: the header block and the narrative labels. */
const HEAD_ROWS = UNIT_TAB.narrativeFirstRow + UNIT_TAB.narrativeRows - 1;

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

/** A tab that is not one of the product's, with what its header block holds (read once). */
interface TabSeen {
  readonly sheet: Sheet;
  readonly name: string;
  /** The unit code when the tab carries the unit-tab header block, else ''. */
  readonly code: string;
  /** Rows 1..HEAD_ROWS × columns A..I, or null for a tab narrower than that. */
  readonly head: unknown[][] | null;
}

export function setupSpreadsheet(ss: Spreadsheet, now: Date): SetupResult {
  const owner = ss.getOwner()?.getEmail() ?? '';
  assertOwner(owner);
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
  const tabs = ss
    .getSheets()
    .map((sheet) => ({ sheet, name: sheet.getName() }))
    .filter((t) => !isReservedTabName(t.name))
    .map((t) => seeTab(t.sheet, t.name));
  const plan = planTabs(settings, tabs);

  try {
    return refreshAll(ss, settingsSheet, settings, warnings, plan, owner);
  } catch (error) {
    if (error instanceof UserError) throw error;
    // Apps Script has no rollback: say what state the Sheet is in and that running again finishes it.
    throw new UserError(
      `${explain(error)}\nThiết lập mới làm được một phần; dữ liệu các đơn vị đã nhập không bị mất. ` +
        'Hãy chạy lại Báo cáo NTM → Thiết lập bảng tính để hoàn tất.',
    );
  }
}

/**
 * Only the owner can edit the protected tabs setup writes: anyone else would fail half-way. The
 * active user's address is blank when Google withholds it; the protections then decide.
 */
function assertOwner(owner: string): void {
  const user = Session.getActiveUser().getEmail();
  if (user && owner && user.toLowerCase() !== owner.toLowerCase()) {
    throw new UserError(
      `Chỉ chủ bảng tính (${owner}, thư ký BQL NTM xã) chạy được Thiết lập bảng tính. Chưa thay đổi gì trong bảng tính.`,
    );
  }
}

/** A unit tab is recognised by the "Mã đơn vị:" label and the code beside it, so a rename keeps its data. */
function seeTab(sheet: Sheet, name: string): TabSeen {
  if (sheet.getMaxColumns() < UNIT_TAB.codeValueCol || sheet.getMaxRows() < HEAD_ROWS) {
    return { sheet, name, code: '', head: null };
  }
  const head = sheet.getRange(1, 1, HEAD_ROWS, UNIT_TAB.codeValueCol).getValues();
  const row = head[UNIT_TAB.unitRow - 1];
  const labelled = sameName(String(row[UNIT_TAB.codeLabelCol - 1]), UNIT_CODE_LABEL);
  return { sheet, name, code: labelled ? String(row[UNIT_TAB.codeValueCol - 1]).trim() : '', head };
}

function refreshAll(
  ss: Spreadsheet,
  settingsSheet: Sheet,
  settings: Settings,
  warnings: Finding[],
  plan: TabPlan,
  owner: string,
): SetupResult {
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
  } else {
    // Its values are the secretary's; its protection is ours, in case it was lifted by hand.
    protectSheet(catalogue, CATALOGUE_PROTECTION, [owner]);
  }
  // The same rule objects serve every unit tab: built once, not once per tab.
  const rules = dataRules(catalogue);

  for (const unit of settings.units) {
    const seen = plan.ofUnit.get(unit) ?? null;
    let sheet: Sheet;
    if (seen) {
      sheet = seen.sheet;
      if (seen.name !== unit.tabName) {
        renamed.push({ from: seen.name, to: unit.tabName });
        sheet.setName(unit.tabName);
      }
      refreshed.push(unit.tabName);
    } else {
      sheet = ss.insertSheet(unit.tabName);
      created.push(unit.tabName);
    }
    layoutUnitTab(sheet, unit, settings, seen?.head ?? null, rules, owner);
  }

  // Tabs of units no longer in Cấu hình: kept with their data, marked, and closed to the unit.
  for (const t of plan.orphans) {
    retireUnitTab(t.sheet, owner);
    retired.push(t.name);
  }
  return { firstRun: false, created, refreshed, renamed, retired, warnings };
}

/** Which existing tab serves each unit, and the unit tabs no unit claims any more. */
interface TabPlan {
  readonly ofUnit: Map<UnitSetting, TabSeen>;
  readonly orphans: readonly TabSeen[];
}

/**
 * Matches tabs to units (by the code in the tab, else by name for a tab the product has not
 * marked yet) and lists every reason the renames and creations could not all be done, before
 * anything is changed.
 */
function planTabs(settings: Settings, tabs: readonly TabSeen[]): TabPlan {
  const byName = new Map(tabs.map((t) => [nameKey(t.name), t]));
  const byCode = new Map<string, TabSeen[]>();
  for (const t of tabs) {
    if (!t.code) continue;
    const list = byCode.get(nameKey(t.code)) ?? [];
    list.push(t);
    byCode.set(nameKey(t.code), list);
  }
  const problems: string[] = [];
  for (const list of byCode.values()) {
    if (list.length < 2) continue;
    problems.push(
      `- Các tab ${list.map((t) => `"${t.name}"`).join(', ')} cùng mang mã đơn vị ${list[0].code} (ô ${columnLetter(UNIT_TAB.codeValueCol)}${UNIT_TAB.unitRow}), có thể do nhân bản tab. Hãy xóa tab thừa (sau khi chép số liệu sang tab đúng) rồi chạy lại.`,
    );
  }
  const ofUnit = new Map<UnitSetting, TabSeen>();
  for (const unit of settings.units) {
    const own = byCode.get(nameKey(unit.code))?.[0] ?? null;
    const named = byName.get(nameKey(unit.tabName)) ?? null;
    if (own) ofUnit.set(unit, own);
    if (!named || named === own) continue;
    if (named.code) {
      if (!sameName(named.code, unit.code)) {
        problems.push(
          `- Tên tab "${unit.tabName}" của đơn vị ${unit.code} đang là tab của đơn vị ${named.code}. Hãy đặt tên tab khác trong Cấu hình.`,
        );
      }
    } else if (own) {
      problems.push(
        `- Không đổi được tên tab "${own.name}" của đơn vị ${unit.code} thành "${unit.tabName}" vì đã có một tab khác tên như vậy. Hãy đổi tên tab đó, hoặc đặt tên khác trong Cấu hình.`,
      );
    } else if (named.sheet.getLastRow() > 0) {
      // A tab the product did not make: writing the unit's header into it could overwrite someone's data.
      problems.push(
        `- Đã có tab "${named.name}" không do tiện ích tạo và đang có dữ liệu. Hãy đổi tên tab đó, hoặc đặt tên tab khác cho đơn vị ${unit.code} trong Cấu hình.`,
      );
    } else {
      ofUnit.set(unit, named);
    }
  }
  if (problems.length > 0) {
    throw new UserError(`Chưa thay đổi gì trong bảng tính vì:\n${problems.join('\n')}`);
  }
  const claimed = new Set(ofUnit.values());
  return { ofUnit, orphans: tabs.filter((t) => t.code && !claimed.has(t)) };
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

const CATALOGUE_PROTECTION = 'Danh mục: chỉ thư ký BQL NTM xã được sửa (các đơn vị chọn từ danh sách thả xuống)';

function createCatalogueTab(ss: Spreadsheet, owner: string): Sheet {
  const sheet = ss.insertSheet(TAB.catalogue, Math.min(1, ss.getNumSheets()));
  const rows = catalogueToRows(DEFAULT_CATALOGUE);
  ensureSize(sheet, rows.length, CATALOGUE_KEYS.length);
  writeBlock(sheet, 1, 1, rows, CATALOGUE_KEYS.length);
  sheet.getRange(1, 1, 1, CATALOGUE_KEYS.length).setFontWeight('bold').setBackground(HEADER_BACKGROUND);
  sheet.setFrozenRows(1);
  sheet.setColumnWidths(1, CATALOGUE_KEYS.length, 300);
  sheet.getRange(CATALOGUE_A1).setWrap(true);
  protectSheet(sheet, CATALOGUE_PROTECTION, [owner]);
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

const MONEY_HELP = 'Nhập số tiền bằng đồng, chỉ gõ số, ví dụ 1500000.';
const NUMBER_COLUMNS: readonly { col: number; help: string }[] = [
  { col: COL.quantity, help: 'Nhập số lượng (số không âm), ví dụ 3.' },
  { col: COL.participants, help: 'Nhập số người tham dự (số không âm), ví dụ 120.' },
  { col: COL.moneyUnit, help: MONEY_HELP },
  { col: COL.moneyIntegrated, help: MONEY_HELP },
  { col: COL.moneySocial, help: MONEY_HELP },
];
const DATE_FORMAT = 'dd/MM/yyyy';
const QUANTITY_FORMAT = '#,##0.##';
const WHOLE_FORMAT = '#,##0';
const WHOLE_COLUMNS = [COL.participants, COL.moneyUnit, COL.moneyIntegrated, COL.moneySocial];

const COLUMN_WIDTHS = [95, 230, 260, 200, 320, 80, 95, 95, 120, 120, 120, 220, 180];

/** The validation of each activity column (null: free text), in column order. */
function dataRules(catalogue: Sheet): (DataValidation | null)[] {
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

/**
 * Writes what the product owns in a unit's tab. `head` is rows 1..HEAD_ROWS as read before (null
 * for a new tab). The protection comes first, so that a failure later never leaves the tab open
 * to everyone; the first values written carry the unit's code, so a half-made tab is still
 * recognised by the next run.
 */
function layoutUnitTab(
  sheet: Sheet,
  unit: UnitSetting,
  settings: Settings,
  head: unknown[][] | null,
  rules: readonly (DataValidation | null)[],
  owner: string,
): void {
  const T = UNIT_TAB;
  protectSheet(sheet, `Tab của ${unit.name}: chỉ người nhập của đơn vị và thư ký được sửa`, [owner, ...unit.editors]);
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
  const unitRow = ['Đơn vị:', unit.name, '', '', 'Người liên hệ:', contactText(unit), '', UNIT_CODE_LABEL, unit.code];
  const labels = narrativeLabels(settings.year);
  if (!head) {
    // A new (or empty) tab: the whole header block in one write.
    const block: unknown[][] = Array.from({ length: T.activityHeaderRow }, () => []);
    block[T.titleRow - 1] = [UNIT_TAB_TITLE];
    block[T.unitRow - 1] = unitRow;
    block[T.lastChangeRow - 1] = ['Cập nhật lần cuối:', '', '', '', 'Trạng thái:', STATUS_OPEN];
    block[T.narrativeHeaderRow - 1] = [...NARRATIVE_HEADERS];
    labels.forEach((label, i) => {
      block[T.narrativeFirstRow - 1 + i] = [label];
    });
    block[T.activityHeaderRow - 1] = [...ACTIVITY_HEADERS];
    writeBlock(sheet, 1, 1, block, T.columns);
  } else {
    // What we own is rewritten, what units type (narratives, B3 last change) is not.
    writeBlock(sheet, T.titleRow, 1, [[UNIT_TAB_TITLE], unitRow], T.codeValueCol);
    writeBlock(sheet, T.lastChangeRow, T.labelCol, [['Cập nhật lần cuối:']]);
    writeBlock(sheet, T.lastChangeRow, T.rightLabelCol, [['Trạng thái:', STATUS_OPEN]]);
    writeBlock(sheet, T.narrativeHeaderRow, 1, [[...NARRATIVE_HEADERS]]);
    labels.forEach((label, i) => {
      const row = T.narrativeFirstRow + i;
      if (String(cell(row, 1)).trim() === '') writeBlock(sheet, row, 1, [[label]]);
    });
    writeBlock(sheet, T.activityHeaderRow, 1, [[...ACTIVITY_HEADERS]]);
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
  sheet.getRange(T.titleRow, 1).setFontSize(TITLE_SIZE);
  sheet
    .getRangeList([
      `A${T.narrativeHeaderRow}:${columnLetter(NARRATIVE_HEADERS.length)}${T.narrativeHeaderRow}`,
      `A${T.activityHeaderRow}:${columnLetter(T.columns)}${T.activityHeaderRow}`,
    ])
    .setFontWeight('bold')
    .setBackground(HEADER_BACKGROUND)
    .setWrap(true)
    .setVerticalAlignment('middle');
  sheet
    .getRange(T.narrativeFirstRow, 2, T.narrativeRows, NARRATIVE_HEADERS.length - 1)
    .setWrapStrategy(SpreadsheetApp.WrapStrategy.CLIP);
  sheet.setFrozenRows(T.frozenRows);
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
}

function contactText(unit: UnitSetting): string {
  return [unit.contactName, unit.contactEmail].filter(Boolean).join(' - ');
}

function retireUnitTab(sheet: Sheet, owner: string): void {
  protectSheet(sheet, 'Tab của đơn vị đã bỏ khỏi Cấu hình: chỉ thư ký được sửa', [owner]);
  writeBlock(sheet, UNIT_TAB.lastChangeRow, UNIT_TAB.rightValueCol, [[STATUS_RETIRED]]);
  sheet.setTabColor(RETIRED_TAB_COLOR);
}
