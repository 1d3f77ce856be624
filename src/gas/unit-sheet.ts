// Which tab of the Sheet is each unit's. Tổng hợp, Kiểm tra dữ liệu, the status sidebar and the
// reminders must agree on it, or a unit is "missing" in one and reported in another.
//
// A tab is a unit's when its name is the unit's tab name as people read it (sameName: an NFD name
// typed on a phone, other tone placement, spacing and case). Otherwise, when a unit renamed its tab,
// the tab still carries the unit's code beside the "Mã đơn vị:" label (written by setup): it is
// found by that code, counted, and reported so that the secretary reruns setup to restore the name.
import { MENU, menuPath } from '../domain/menu-items';
import { isReservedTabName } from '../domain/tab-names';
import type { Finding, UnitSetting } from '../domain/types';
import { HEADER_SCAN_COLUMNS, UNIT_TAB, unitCodeOf } from '../domain/unit-tab';
import { nameKey } from '../domain/vn-format';
import type { Sheet, Spreadsheet } from './gas-types';

export interface UnitSheet {
  readonly unit: UnitSetting;
  /** The unit's tab, or null when none was found. */
  readonly sheet: Sheet | null;
  /** The tab's name as it is now ('' when not found). */
  readonly name: string;
  /** What the secretary should know: a tab found under another name, or several tabs with the code. */
  readonly finding: Finding | null;
}

/**
 * The tab of each unit, in the order of `units`. One getSheets() and one getName() per tab; a tab
 * is read (two cells) only when some unit's tab is not found by name, and only if it is nobody's
 * by name and not one of the product's tabs.
 */
export function findUnitSheets(ss: Spreadsheet, units: readonly UnitSetting[]): UnitSheet[] {
  const tabs = ss.getSheets().map((sheet) => ({ sheet, name: sheet.getName() }));
  const byKey = new Map<string, number[]>();
  tabs.forEach((t, i) => {
    const key = nameKey(t.name);
    byKey.set(key, [...(byKey.get(key) ?? []), i]);
  });
  const claimed = new Set<number>();
  const byName = units.map((unit) => {
    const matches = byKey.get(nameKey(unit.tabName)) ?? [];
    // Sheets keeps names unique only up to case: prefer the exact spelling when two differ in accents.
    const exact = matches.find((i) => tabs[i].name === unit.tabName);
    const index = exact ?? matches.find((i) => !claimed.has(i));
    if (index !== undefined) claimed.add(index);
    return index ?? null;
  });

  const byCode = byName.includes(null) ? unitCodesOfOtherTabs(tabs, claimed) : new Map<string, number[]>();
  return units.map((unit, u) => {
    const index = byName[u];
    if (index !== null) return { unit, sheet: tabs[index].sheet, name: tabs[index].name, finding: null };
    const carrying = byCode.get(nameKey(unit.code)) ?? [];
    if (carrying.length === 1) {
      const t = tabs[carrying[0]];
      return { unit, sheet: t.sheet, name: t.name, finding: renamedFinding(unit, t.name) };
    }
    if (carrying.length > 1) {
      return {
        unit,
        sheet: null,
        name: '',
        finding: sharedCodeFinding(
          unit,
          carrying.map((i) => tabs[i].name),
        ),
      };
    }
    return { unit, sheet: null, name: '', finding: null };
  });
}

/** The code in the header block of each tab that is neither a product tab nor claimed by name. */
function unitCodesOfOtherTabs(
  tabs: readonly { sheet: Sheet; name: string }[],
  claimed: ReadonlySet<number>,
): Map<string, number[]> {
  const byCode = new Map<string, number[]>();
  tabs.forEach((t, i) => {
    if (claimed.has(i) || isReservedTabName(t.name)) return;
    const sheet = t.sheet;
    if (sheet.getMaxColumns() < UNIT_TAB.codeValueCol || sheet.getMaxRows() < UNIT_TAB.unitRow) return;
    const row = sheet
      .getRange(UNIT_TAB.unitRow, 1, 1, Math.min(sheet.getMaxColumns(), HEADER_SCAN_COLUMNS))
      .getValues()[0];
    const text = unitCodeOf(row);
    if (text === '') return;
    const key = nameKey(text);
    byCode.set(key, [...(byCode.get(key) ?? []), i]);
  });
  return byCode;
}

function renamedFinding(unit: UnitSetting, actual: string): Finding {
  return {
    tab: unit.tabName,
    row: null,
    column: null,
    severity: 'warning',
    message:
      `Tab của ${unit.name} đã bị đổi tên thành "${actual}" (nhận ra nhờ mã đơn vị ${unit.code} ghi cạnh ô "Mã đơn vị:"); ` +
      `số liệu trong tab vẫn được đọc và tổng hợp. Hãy chạy ${menuPath(MENU.setup)} để đặt lại tên "${unit.tabName}".`,
  };
}

function sharedCodeFinding(unit: UnitSetting, names: readonly string[]): Finding {
  return {
    tab: unit.tabName,
    row: null,
    column: null,
    severity: 'error',
    message:
      `Các tab ${names.map((n) => `"${n}"`).join(', ')} cùng mang mã đơn vị ${unit.code} của ${unit.name} (cạnh ô "Mã đơn vị:"), ` +
      `có thể do nhân bản tab: không tab nào được tổng hợp. Hãy chép số liệu sang một tab, xóa tab thừa, rồi chạy ${menuPath(MENU.setup)}.`,
  };
}
