// Tabs that are neither the product's nor the tab of a unit: most often a copy a unit made of its
// own tab ("Bản sao của Hội Nông dân", carrying the unit's code) and then typed into. Nothing in
// them is counted (the unit's tab is, once), but each is named with what it holds and what to do,
// so that rows typed in the wrong place are not dropped without a word.
import { isBlank } from './activity-row';
import { MENU, menuPath } from './menu-items';
import type { Finding, UnitSetting } from './types';
import { UNIT_TAB, unitCodeOf } from './unit-tab';
import { formatNumber, nameKey } from './vn-format';

export interface OtherTab {
  readonly name: string;
  /** The tab's values from A1, as getValues gives them. */
  readonly values: readonly (readonly unknown[])[];
}

export interface UnitTabOf {
  readonly unit: UnitSetting;
  /** The unit's tab as it is named now, or null when it has none (already reported). */
  readonly tabName: string | null;
}

function filledRows(rows: readonly (readonly unknown[])[]): number {
  return rows.filter((r) => r?.some((v) => !isBlank(v))).length;
}

/** What the secretary is told about one such tab; null when a unit-tab finding already covers it. */
export function otherTabFinding(tab: OtherTab, units: readonly UnitTabOf[]): Finding | null {
  const code = unitCodeOf(tab.values[UNIT_TAB.unitRow - 1] ?? []);
  const where = { tab: tab.name, row: null, column: null };
  if (code !== '') {
    const rows = filledRows(tab.values.slice(UNIT_TAB.activityFirstRow - 1));
    const held =
      rows > 0
        ? `${formatNumber(rows)} dòng hoạt động ở tab này không được tổng hợp.`
        : 'Tab này không có dòng hoạt động nào.';
    const owner = units.find((u) => nameKey(u.unit.code) === nameKey(code));
    // A unit without a tab of its own: the tabs carrying its code are already named with it.
    if (owner && owner.tabName === null) return null;
    if (owner) {
      const own = owner.tabName;
      return {
        ...where,
        severity: rows > 0 ? 'error' : 'warning',
        message:
          `Tab "${tab.name}" mang mã đơn vị ${code} của ${owner.unit.name} (cạnh ô "Mã đơn vị:") nhưng không phải tab ` +
          `của đơn vị (tab của đơn vị là "${own}"): có lẽ là bản sao. ${held} ` +
          (rows > 0
            ? `Hãy chép sang tab "${own}" những dòng còn thiếu ở đó (không chép trùng), rồi xóa tab "${tab.name}".`
            : `Hãy xóa tab "${tab.name}" cho khỏi nhầm.`),
      };
    }
    return {
      ...where,
      severity: rows > 0 ? 'error' : 'warning',
      message:
        `Tab "${tab.name}" mang mã đơn vị ${code}, không có trong bảng Đơn vị của Cấu hình. ${held} ` +
        `Nếu là một đơn vị mới, hãy thêm đơn vị vào Cấu hình rồi chạy ${menuPath(MENU.setup)}; ` +
        'nếu không, hãy chép các dòng sang tab của đơn vị đã làm hoạt động rồi xóa tab này.',
    };
  }
  const rows = filledRows(tab.values);
  return {
    ...where,
    severity: 'warning',
    message:
      `Tab "${tab.name}" không phải tab của chương trình hay của đơn vị nào trong Cấu hình: ` +
      `${rows > 0 ? `${formatNumber(rows)} dòng có nội dung, không được tổng hợp` : 'tab trống'}. ` +
      'Nếu đây là số liệu của một đơn vị, hãy chép các dòng sang tab của đơn vị đó rồi xóa tab này; ' +
      'nếu là tab riêng của thư ký, có thể để nguyên.',
  };
}
