// Which tab of the Sheet is each unit's. Tổng hợp, Kiểm tra dữ liệu, the status sidebar and the
// reminders must agree on it, or a unit is "missing" in one and reported in another.
//
// A tab is a unit's when its name is the unit's tab name as people read it (nameKey: an NFD name
// typed on a phone, other tone placement, spacing and case). Otherwise, when a unit renamed its tab,
// the tab still carries the unit's code beside the "Mã đơn vị:" label (written by setup): it is
// found by that code, counted, and reported so that the secretary reruns setup to restore the name.
// The adapter (src/gas/unit-sheet.ts) gives the tabs' names, and reads the code of only the tabs
// matchTabsByName asks for.
import { tabFinding } from './findings';
import { MENU, menuPath } from './menu-items';
import { isReservedTabName } from './tab-names';
import type { Finding, UnitSetting } from './types';
import { nameKey } from './vn-format';

/** The first step: the tab of each unit found by name, and the tabs whose code must be read. */
export interface NameMatch {
  /** Index in the tab list of each unit's tab (order of the units); null when not found by name. */
  readonly byName: readonly (number | null)[];
  /** The tabs to read a unit code from: none when every unit was found by name. */
  readonly codesToRead: readonly number[];
}

export interface UnitTabMatch {
  readonly unit: UnitSetting;
  /** Index of the unit's tab in the tab list; null when none was found. */
  readonly tab: number | null;
  /** What the secretary should know: a tab found under another name, or several tabs with the code. */
  readonly finding: Finding | null;
}

/**
 * Matches units to tabs (`names`, in the Sheet's order) by name. Sheets keeps names unique only up
 * to case: when two names differ only in accents, the exact spelling wins.
 */
export function matchTabsByName(units: readonly UnitSetting[], names: readonly string[]): NameMatch {
  const byKey = new Map<string, number[]>();
  names.forEach((name, i) => {
    const key = nameKey(name);
    byKey.set(key, [...(byKey.get(key) ?? []), i]);
  });
  const claimed = new Set<number>();
  const byName = units.map((unit) => {
    const matches = byKey.get(nameKey(unit.tabName)) ?? [];
    const exact = matches.find((i) => names[i] === unit.tabName);
    const index = exact ?? matches.find((i) => !claimed.has(i));
    if (index !== undefined) claimed.add(index);
    return index ?? null;
  });
  // A tab that is some unit's by name, or one of the product's, is no renamed unit tab.
  const codesToRead = byName.includes(null)
    ? names.flatMap((name, i) => (claimed.has(i) || isReservedTabName(name) ? [] : [i]))
    : [];
  return { byName, codesToRead };
}

/**
 * The tab of each unit, in the order of `units`: by name, else the one tab carrying the unit's code
 * (`codes`: what was read of the tabs `match.codesToRead` named; '' for a tab without a code).
 * Several tabs carrying one code are none of them the unit's: reading both would count twice.
 */
export function matchUnitTabs(
  units: readonly UnitSetting[],
  names: readonly string[],
  match: NameMatch,
  codes: ReadonlyMap<number, string>,
): UnitTabMatch[] {
  const byCode = new Map<string, number[]>();
  for (const i of match.codesToRead) {
    const code = codes.get(i) ?? '';
    if (code === '') continue;
    const key = nameKey(code);
    byCode.set(key, [...(byCode.get(key) ?? []), i]);
  }
  return units.map((unit, u) => {
    const index = match.byName[u];
    if (index !== null) return { unit, tab: index, finding: null };
    const carrying = byCode.get(nameKey(unit.code)) ?? [];
    if (carrying.length === 1) return { unit, tab: carrying[0], finding: renamedFinding(unit, names[carrying[0]]) };
    if (carrying.length > 1) {
      return {
        unit,
        tab: null,
        finding: sharedCodeFinding(
          unit,
          carrying.map((i) => names[i]),
        ),
      };
    }
    return { unit, tab: null, finding: null };
  });
}

function renamedFinding(unit: UnitSetting, actual: string): Finding {
  return tabFinding(
    unit.tabName,
    'warning',
    `Tab của ${unit.name} đã bị đổi tên thành "${actual}" (nhận ra nhờ mã đơn vị ${unit.code} ghi cạnh ô "Mã đơn vị:"); ` +
      `số liệu trong tab vẫn được đọc và tổng hợp. Hãy chạy ${menuPath(MENU.setup)} để đặt lại tên "${unit.tabName}".`,
  );
}

function sharedCodeFinding(unit: UnitSetting, names: readonly string[]): Finding {
  return tabFinding(
    unit.tabName,
    'error',
    `Các tab ${names.map((n) => `"${n}"`).join(', ')} cùng mang mã đơn vị ${unit.code} của ${unit.name} (cạnh ô "Mã đơn vị:"), ` +
      `có thể do nhân bản tab: không tab nào được tổng hợp. Hãy chép số liệu sang một tab, xóa tab thừa, rồi chạy ${menuPath(MENU.setup)}.`,
  );
}
