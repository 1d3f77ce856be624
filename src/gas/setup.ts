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
  parseCatalogue,
} from '../domain/catalogue';
import { civilInZone } from '../domain/civil-date';
import { describeFinding } from '../domain/findings';
import {
  missingFieldRows,
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
  HEADER_SCAN_COLUMNS,
  NARRATIVE_HEADERS,
  narrativeLabels,
  UNIT_CODE_LABEL,
  UNIT_TAB,
  UNIT_TAB_TITLE,
  unitCodeOf,
} from '../domain/unit-tab';
import { nameKey, sameName } from '../domain/vn-format';
import { explain, UserError } from './errors';
import { withDocumentLock } from './lock';
import { moveNarrativesOfOtherYears, type NarrativeMove } from './narrative-archive';
import { activeUserEmail, assertSecretary, secretaryEditors } from './owner';
import { ensureSize, protectSheet, readAll, writeBlock } from './sheet-io';
import { HEADER_BACKGROUND, TITLE_FONT_SIZE } from './style';

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
  /** Problems in Cấu hình (not errors) and in Danh mục. */
  readonly warnings: readonly Finding[];
  /** Tabs this run made, refreshed or retired, of all it had to (units in Cấu hình and tabs to retire). */
  readonly unitTabsDone: number;
  readonly unitTabsTotal: number;
  /** Units whose tab now exists laid out (made by this run or an earlier one), of the units in Cấu hình. */
  readonly unitTabsReady: number;
  readonly unitCount: number;
  /** False when the run stopped at its time budget: running setup again finishes the rest. */
  readonly complete: boolean;
  /** The spreadsheet settings this run changed (null: already right). */
  readonly localeChanged: { readonly from: string; readonly to: string } | null;
  readonly timeZoneChanged: { readonly from: string; readonly to: string } | null;
  /** Units' editors who cannot edit the Sheet yet: the protection alone does not share it. */
  readonly notShared: readonly string[];
  /** The same for the addresses of "Email thư ký". */
  readonly secretariesNotShared: readonly string[];
  /** Labels of the fields this run added to Cấu hình (missing rows, e.g. from an older version). */
  readonly fieldsAdded: readonly string[];
  /** Narratives of another year than Cấu hình's moved to Lưu trữ tự đánh giá, rows 6–7 relabelled. */
  readonly narrativesMoved: NarrativeMove & { readonly year: number };
  /** What the secretary should know about the above, one Vietnamese line each, ready to show. */
  readonly notes: readonly string[];
}

const ACTION = 'Thiết lập bảng tính';
/**
 * Apps Script ends a run at 6 minutes, and then shows nothing of ours. Setup stops between tabs
 * once this much wall time has passed, leaving room for the tab in progress and the message.
 */
const TIME_BUDGET_MS = 270_000;
const RETIRED_TAB_COLOR = '#999999';
const VIETNAM_LOCALE = 'vi_VN';
const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';
/** Rows of a unit tab that carry validation and formats when the tab is new (Sheets' default grid). */
const MIN_UNIT_ROWS = 1000;

/** The label beside a unit tab's code: with the code, what marks a tab as a unit's. */

const STATUS_OPEN = 'Đang nhận báo cáo';
const STATUS_RETIRED = 'Đơn vị không còn trong Cấu hình: dữ liệu được giữ nguyên, không tổng hợp';
/** A tab is recognised as a unit's only when it is at least this tall (the header block and narratives). */
const HEAD_ROWS = UNIT_TAB.narrativeFirstRow + UNIT_TAB.narrativeRows - 1;

/** Reads and validates Cấu hình; throws a UserError listing every problem when it cannot be used. */
export function readSettings(ss: Spreadsheet): { settings: Settings; warnings: Finding[] } {
  const { settings, warnings } = readSettingsValues(ss);
  return { settings, warnings };
}

/** readSettings, with the values of the tab as read. */
function readSettingsValues(ss: Spreadsheet): { settings: Settings; warnings: Finding[]; values: unknown[][] } {
  const sheet = ss.getSheetByName(TAB.settings);
  if (!sheet) {
    throw new UserError(`Chưa có tab "${TAB.settings}". Hãy chạy Báo cáo NTM → Thiết lập bảng tính trước.`);
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

/** A tab that is not one of the product's, with what its header block holds (read once). */
interface TabSeen {
  readonly sheet: Sheet;
  readonly name: string;
  /** The unit code when the tab carries the unit-tab header block, else ''. */
  readonly code: string;
  /** Rows 1 to the activity header × columns A..M as far as the tab has them; null when not a unit tab. */
  readonly head: unknown[][] | null;
}

/**
 * Thiết lập bảng tính, for the secretary only (the owner, or one listed in Cấu hình; the owner
 * alone before Cấu hình exists), one run at a time (it renames tabs that Tổng hợp reads). `now`
 * dates the template of a first run.
 */
export function setupSpreadsheet(ss: Spreadsheet, now: Date): SetupResult {
  const deadline = Date.now() + TIME_BUDGET_MS;
  const owner = assertSecretary(ss, ACTION);
  return withDocumentLock(ACTION, () => setUp(ss, now, owner, deadline));
}

function setUp(ss: Spreadsheet, now: Date, owner: string, deadline: number): SetupResult {
  const settingsSheet = ss.getSheetByName(TAB.settings);
  if (!settingsSheet) {
    const year = civilInZone(now, ss.getSpreadsheetTimeZone()).y;
    // On a shared drive nobody owns the Sheet: whoever starts it is listed, or nobody could go on.
    const starter = owner === '' ? [activeUserEmail()].filter(Boolean) : [];
    const template = templateSettings(year, starter);
    const editors = secretaryEditors(owner, template);
    createSettingsTab(ss, template, editors);
    if (!ss.getSheetByName(TAB.catalogue)) createCatalogueTab(ss, editors);
    removeBlankStarterTabs(ss);
    return {
      firstRun: true,
      created: [TAB.settings, TAB.catalogue],
      refreshed: [],
      renamed: [],
      retired: [],
      warnings: [],
      unitTabsDone: 0,
      unitTabsTotal: 0,
      unitTabsReady: 0,
      unitCount: 0,
      complete: true,
      localeChanged: null,
      timeZoneChanged: null,
      notShared: [],
      secretariesNotShared: [],
      fieldsAdded: [],
      narrativesMoved: { units: 0, years: [], relabelled: 0, year },
      notes: [],
    };
  }

  // Validate everything before changing anything.
  const { settings, warnings, values } = readSettingsValues(ss);
  const tabs = ss
    .getSheets()
    .map((sheet) => ({ sheet, name: sheet.getName() }))
    .filter((t) => !isReservedTabName(t.name))
    .map((t) => seeTab(t.sheet, t.name));
  const plan = planTabs(settings, tabs);

  try {
    const fieldsAdded = addMissingFields(settingsSheet, values, ss.getSpreadsheetTimeZone());
    const fieldWarnings = fieldsAdded ? fieldsAdded.warnings : warnings;
    const added = fieldsAdded?.labels ?? [];
    return refreshAll(ss, settingsSheet, settings, fieldWarnings, added, plan, owner, deadline, now);
  } catch (error) {
    if (error instanceof UserError) throw error;
    // Apps Script has no rollback: say what state the Sheet is in and that running again finishes it.
    throw new UserError(
      `${explain(error)}\nThiết lập mới làm được một phần; dữ liệu các đơn vị đã nhập không bị mất. ` +
        'Hãy chạy lại Báo cáo NTM → Thiết lập bảng tính để hoàn tất.',
    );
  }
}

/** The empty tab a new spreadsheet comes with ("Trang tính1", "Sheet1"): nobody's data, just clutter. */
function removeBlankStarterTabs(ss: Spreadsheet): void {
  for (const sheet of ss.getSheets()) {
    const name = sheet.getName();
    if (isReservedTabName(name) || !/^(Trang tính|Sheet)\s*\d+$/i.test(name)) continue;
    if (sheet.getLastRow() === 0 && sheet.getLastColumn() === 0 && ss.getSheets().length > 1) ss.deleteSheet(sheet);
  }
}

/** A unit tab is recognised by the "Mã đơn vị:" label and the code beside it, so a rename keeps its data. */
function seeTab(sheet: Sheet, name: string): TabSeen {
  const maxRows = sheet.getMaxRows();
  const maxCols = sheet.getMaxColumns();
  if (maxCols < UNIT_TAB.codeValueCol || maxRows < HEAD_ROWS) return { sheet, name, code: '', head: null };
  const rows = Math.min(maxRows, UNIT_TAB.activityHeaderRow);
  const head = sheet.getRange(1, 1, rows, Math.min(maxCols, HEADER_SCAN_COLUMNS)).getValues();
  return { sheet, name, code: unitCodeOf(head[UNIT_TAB.unitRow - 1]), head };
}

function refreshAll(
  ss: Spreadsheet,
  settingsSheet: Sheet,
  settings: Settings,
  settingsWarnings: Finding[],
  fieldsAdded: readonly string[],
  plan: TabPlan,
  owner: string,
  deadline: number,
  now: Date,
): SetupResult {
  // Every protection this run sets lists these, and drops a secretary no longer in Cấu hình.
  const secretaries = secretaryEditors(owner, settings);
  const created: string[] = [];
  const refreshed: string[] = [];
  const renamed: { from: string; to: string }[] = [];
  const retired: string[] = [];
  const warnings = [...settingsWarnings];

  // Units type "1.200.000" and "15/3/2023": only the Vietnamese locale reads them as a number and
  // a date (en_US would read 3/4/2023 as 4 March), and the periods are cut in Vietnam time.
  const locale = ss.getSpreadsheetLocale();
  const localeChanged = locale !== VIETNAM_LOCALE ? { from: locale, to: VIETNAM_LOCALE } : null;
  if (localeChanged) ss.setSpreadsheetLocale(VIETNAM_LOCALE);
  const zone = ss.getSpreadsheetTimeZone();
  const timeZoneChanged = zone !== VIETNAM_TIME_ZONE ? { from: zone, to: VIETNAM_TIME_ZONE } : null;
  if (timeZoneChanged) ss.setSpreadsheetTimeZone(VIETNAM_TIME_ZONE);
  refreshSettingsTab(settingsSheet, secretaries);
  refreshSecretaryTabs(ss, secretaries);
  let catalogue = ss.getSheetByName(TAB.catalogue);
  if (!catalogue) {
    catalogue = createCatalogueTab(ss, secretaries);
    created.push(TAB.catalogue);
  } else {
    // Its values are the secretary's; its protection is ours, in case it was lifted by hand.
    protectSheet(catalogue, CATALOGUE_PROTECTION, secretaries);
    warnings.push(...parseCatalogue(readAll(catalogue)).findings);
  }
  // The same rule objects serve every unit tab: built once, not once per tab.
  const rules = dataRules(catalogue);
  const { notShared, secretariesNotShared, sheetEditors } = withoutAccess(ss, settings, owner);

  // Tabs still to be made go first: a run stopped at its time budget leaves the rest to the next
  // run, which then starts with them, so every run gets further even when each tab is slow. (A
  // tab taken over by name holds nothing yet, planTabs made sure: it is made like a new one.)
  const toMake = settings.units.filter((u) => !plan.ofUnit.get(u)?.code);
  const toRefresh = settings.units.filter((u) => plan.ofUnit.get(u)?.code);
  // Before any layout, and whatever the time budget: last year's narratives are archived first and
  // only then cleared, so that units write the new year's in rows 6–7. A tab whose columns a unit
  // shifted is left alone, as its activity table is (its warning asks for the fix and a re-run).
  const narrativeTabs = toRefresh.flatMap((unit) => {
    const seen = plan.ofUnit.get(unit);
    const head = seen?.head;
    if (!seen || !head || activityHeaderChanged(head[UNIT_TAB.activityHeaderRow - 1] ?? [])) return [];
    return [{ unit, sheet: seen.sheet, head }];
  });
  const narrativesMoved = {
    ...moveNarrativesOfOtherYears(ss, narrativeTabs, settings.year, secretaries, now),
    year: settings.year,
  };
  const units = [...toMake, ...toRefresh];
  const total = units.length + plan.orphans.length;
  let done = 0;
  const timeLeft = () => Date.now() <= deadline;
  for (const unit of units) {
    if (!timeLeft()) break;
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
    const header = layoutUnitTab(
      sheet,
      unit,
      settings,
      seen?.code ? seen.head : null,
      rules,
      secretaries,
      sheetEditors,
    );
    if (header === 'kept') warnings.push(headerKeptFinding(unit.tabName));
    done++;
  }

  // Tabs of units no longer in Cấu hình: kept with their data, marked, and closed to the unit.
  for (const t of plan.orphans) {
    if (!timeLeft()) break;
    retireUnitTab(t.sheet, secretaries);
    retired.push(t.name);
    done++;
  }
  const result = {
    firstRun: false,
    created,
    refreshed,
    renamed,
    retired,
    warnings,
    unitTabsDone: done,
    unitTabsTotal: total,
    unitTabsReady: toRefresh.length + Math.min(done, toMake.length),
    unitCount: units.length,
    complete: done === total,
    localeChanged,
    timeZoneChanged,
    notShared,
    secretariesNotShared,
    fieldsAdded,
    narrativesMoved,
  };
  return { ...result, notes: setupNotes(result) };
}

/**
 * The units' editors and the secretaries (in the order of Cấu hình) who are neither editors nor
 * the owner of the Sheet: a tab's protection lets them edit it only once the Sheet itself is
 * shared with them.
 */
function withoutAccess(
  ss: Spreadsheet,
  settings: Settings,
  owner: string,
): { notShared: string[]; secretariesNotShared: string[]; sheetEditors: string[] } {
  const sheetEditors = ss.getEditors().map((u) => u.getEmail().toLowerCase());
  const editors = new Set(sheetEditors);
  if (owner) editors.add(owner.toLowerCase());
  const lacking = (emails: readonly string[]) => {
    const missing: string[] = [];
    for (const email of emails) {
      const key = email.toLowerCase();
      if (!editors.has(key) && !missing.some((m) => m.toLowerCase() === key)) missing.push(email);
    }
    return missing;
  };
  return {
    notShared: lacking(settings.units.flatMap((u) => u.editors)),
    secretariesNotShared: lacking(settings.secretaryEmails),
    sheetEditors,
  };
}

/** The tabs the product writes for the secretary (besides Cấu hình and Danh mục). */
const SECRETARY_TABS: readonly string[] = [
  TAB.summary,
  TAB.check,
  TAB.plan,
  TAB.sendLog,
  TAB.reportLog,
  TAB.narrativeArchive,
];

/**
 * Their protections follow "Email thư ký": a secretary added can write them, one removed no longer
 * can. The description is the writer's (protectSheet reads it as "list already set") and is kept.
 */
function refreshSecretaryTabs(ss: Spreadsheet, secretaries: readonly string[]): void {
  for (const name of SECRETARY_TABS) {
    const sheet = ss.getSheetByName(name);
    if (!sheet) continue;
    const [current] = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET);
    protectSheet(sheet, current?.getDescription() || `${name}: do tiện ích ghi; chỉ thư ký sửa`, secretaries);
  }
}

/**
 * Writes the rows of the fields Cấu hình lacks (a Sheet set up before "Email thư ký" existed) below
 * its fields, with their defaults, in one write; the warnings are then those of the tab as it now
 * reads. Null when no field was missing.
 */
function addMissingFields(
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

function setupNotes(r: Omit<SetupResult, 'notes'>): string[] {
  const notes: string[] = [];
  if (!r.complete && r.unitTabsReady < r.unitCount) {
    notes.push(
      `Đã thiết lập xong ${r.unitTabsReady}/${r.unitCount} tab đơn vị; hãy chạy lại Thiết lập bảng tính để hoàn tất (dữ liệu đã nhập được giữ nguyên).`,
    );
  } else if (!r.complete) {
    // Every unit has its tab; the run ran out of time refreshing them (or retiring old ones).
    notes.push(
      `Đã có đủ ${r.unitCount} tab đơn vị và đã cập nhật ${r.unitTabsDone}/${r.unitTabsTotal} tab; hãy chạy lại Thiết lập bảng tính để cập nhật nốt (dữ liệu đã nhập được giữ nguyên).`,
    );
  }
  const changed = [
    r.localeChanged ? `ngôn ngữ và vùng từ "${r.localeChanged.from}" sang "${r.localeChanged.to}" (Việt Nam)` : '',
    r.timeZoneChanged ? `múi giờ từ "${r.timeZoneChanged.from}" sang "${r.timeZoneChanged.to}" (giờ Việt Nam)` : '',
  ].filter(Boolean);
  if (changed.length > 0) {
    notes.push(
      `Đã đổi cài đặt của bảng tính (Tệp → Cài đặt): ${changed.join(', ')}, để số và ngày các đơn vị gõ (như 1.200.000 và 15/3/2023) được hiểu đúng và các kỳ báo cáo được tính theo giờ Việt Nam.`,
    );
  }
  const moved = r.narrativesMoved;
  if (moved.units > 0) {
    const years = moved.years.join(', ');
    notes.push(
      `Đã chuyển tự đánh giá năm ${years} của ${moved.units} đơn vị sang tab "${TAB.narrativeArchive}" (Tổng hợp các kỳ năm ${years} vẫn đọc được ở đó); dòng 6–7 của ${moved.relabelled} tab đơn vị nay là kỳ báo cáo năm ${moved.year}, để trống cho các đơn vị ghi tự đánh giá năm mới.`,
    );
  } else if (moved.relabelled > 0) {
    notes.push(
      `Đã đổi kỳ báo cáo ở dòng 6–7 của ${moved.relabelled} tab đơn vị sang năm ${moved.year} (các dòng này chưa có nội dung tự đánh giá).`,
    );
  }
  if (r.fieldsAdded.length > 0) {
    notes.push(
      `Đã thêm vào tab ${TAB.settings} các dòng còn thiếu: ${r.fieldsAdded.map((l) => `"${l}"`).join(', ')}. Hãy xem và điền nếu cần.`,
    );
  }
  if (r.secretariesNotShared.length > 0) {
    notes.push(
      `Các email thư ký sau chưa có quyền chỉnh sửa bảng tính nên chưa làm được việc của thư ký: ${r.secretariesNotShared.join(', ')}. Hãy chia sẻ bảng tính với các email này (Chia sẻ → Người chỉnh sửa).`,
    );
  }
  if (r.notShared.length > 0) {
    notes.push(
      `Các email người nhập sau chưa có quyền chỉnh sửa bảng tính nên chưa nhập được vào tab của đơn vị mình: ${r.notShared.join(', ')}. Hãy chia sẻ bảng tính với các email này (Chia sẻ → Người chỉnh sửa); mỗi đơn vị vẫn chỉ sửa được tab của mình.`,
    );
  }
  return notes;
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

function createSettingsTab(ss: Spreadsheet, settings: Settings, secretaries: readonly string[]): Sheet {
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
function refreshSettingsTab(sheet: Sheet, secretaries: readonly string[]): void {
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

const CATALOGUE_PROTECTION = 'Danh mục: chỉ thư ký BQL NTM xã được sửa (các đơn vị chọn từ danh sách thả xuống)';

function createCatalogueTab(ss: Spreadsheet, secretaries: readonly string[]): Sheet {
  const sheet = ss.insertSheet(TAB.catalogue, Math.min(1, ss.getNumSheets()));
  const rows = catalogueToRows(DEFAULT_CATALOGUE);
  ensureSize(sheet, rows.length, CATALOGUE_KEYS.length);
  writeBlock(sheet, 1, 1, rows, CATALOGUE_KEYS.length);
  sheet.getRange(1, 1, 1, CATALOGUE_KEYS.length).setFontWeight('bold').setBackground(HEADER_BACKGROUND);
  sheet.setFrozenRows(1);
  sheet.setColumnWidths(1, CATALOGUE_KEYS.length, 300);
  sheet.getRange(CATALOGUE_A1).setWrap(true);
  protectSheet(sheet, CATALOGUE_PROTECTION, secretaries);
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

/**
 * Writes what the product owns in a unit's tab. `head` is the tab's header block as read before
 * (null for a new tab, or an empty one taken over). The protection comes first, so that a failure
 * later never leaves the tab open to everyone.
 */
function layoutUnitTab(
  sheet: Sheet,
  unit: UnitSetting,
  settings: Settings,
  head: unknown[][] | null,
  rules: readonly (DataValidation | null)[],
  secretaries: readonly string[],
  sheetEditors: readonly string[],
): 'laid' | 'kept' {
  const T = UNIT_TAB;
  // A unit that inserted or retitled a column in its activity table: rewriting the header and the
  // per-column validation by position would shift every column after it. Leave the table alone.
  const keepTable = head !== null && activityHeaderChanged(head[T.activityHeaderRow - 1] ?? []);
  protectSheet(
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
    for (const o of owned) {
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
    for (const o of keepTable ? [] : [...owned, ...labelCells]) {
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
  if (keepTable) return 'kept';
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
  return 'laid';
}

/**
 * Row 9's columns no longer stand where setup puts them: a header is found in another column, or
 * something was typed right of the table (a column inserted). A header retyped in its own column
 * is not a shift: setup simply writes it back.
 */
function activityHeaderChanged(row: readonly unknown[]): boolean {
  const keys = row.map((v) => nameKey(String(v ?? '')));
  const moved = ACTIVITY_HEADERS.some((h, i) => {
    const at = keys.indexOf(nameKey(h));
    return at >= 0 && at !== i;
  });
  return moved || keys.slice(ACTIVITY_HEADERS.length).some((k) => k !== '');
}

function headerKeptFinding(tab: string): Finding {
  return {
    tab,
    row: UNIT_TAB.activityHeaderRow,
    column: null,
    severity: 'warning',
    message:
      'Dòng tiêu đề của bảng hoạt động đã bị sửa hoặc có cột chèn thêm: Thiết lập bảng tính không ghi đè dòng này và không đặt lại danh sách chọn của bảng, để số liệu không bị lệch cột. Hãy xóa cột chèn thêm (hoặc gõ lại đúng tiêu đề) rồi chạy lại.',
  };
}

function contactText(unit: UnitSetting): string {
  return [unit.contactName, unit.contactEmail].filter(Boolean).join(' - ');
}

function retireUnitTab(sheet: Sheet, secretaries: readonly string[]): void {
  protectSheet(sheet, 'Tab của đơn vị đã bỏ khỏi Cấu hình: chỉ thư ký được sửa', secretaries);
  writeBlock(sheet, UNIT_TAB.lastChangeRow, UNIT_TAB.rightValueCol, [[STATUS_RETIRED]]);
  sheet.setTabColor(RETIRED_TAB_COLOR);
}
