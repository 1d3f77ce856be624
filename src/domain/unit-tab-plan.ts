// Which tab serves each unit of Cấu hình, and which unit tabs no unit claims any more: decided by
// Thiết lập bảng tính from what it read of the tabs, before it changes anything. A tab is a unit's by
// the code in its header block, so a tab renamed by hand (or a unit renamed in Cấu hình) keeps its data.
import type { UnitSetting } from './types';
import { columnLetter, UNIT_TAB } from './unit-tab';
import { nameKey, sameName } from './vn-format';

/** What setup read of a tab that is not one of the product's. */
export interface TabFacts {
  readonly name: string;
  /** The unit code in the tab's header block; '' when it carries none (not made by the product). */
  readonly code: string;
  /**
   * Whether the tab holds anything. Only read of a tab without a code that bears a unit's tab name
   * (the one case where the plan would take a tab over), so it may be false for any other.
   */
  readonly holdsData: boolean;
}

/** A unit and the tab it will have; `rename` when that tab's name differs from the one in Cấu hình. */
interface UnitTabStep<T extends TabFacts> {
  readonly unit: UnitSetting;
  readonly tab: T | null;
  readonly rename: boolean;
}

export interface UnitTabPlan<T extends TabFacts> {
  /**
   * Units whose tab does not carry their code yet, in Cấu hình's order: a tab to create (tab null),
   * or an empty tab of the unit's name taken over, laid out as a new one.
   */
  readonly toMake: readonly UnitTabStep<T>[];
  /** Units whose tab carries their code: refreshed, and renamed when Cấu hình names it otherwise. */
  readonly toRefresh: readonly (UnitTabStep<T> & { readonly tab: T })[];
  /** Unit tabs whose code no unit of Cấu hình has: kept with their data, marked as retired. */
  readonly toRetire: readonly T[];
  /** Why the plan cannot be carried out, one Vietnamese line each; empty when it can. */
  readonly problems: readonly string[];
}

/**
 * Matches tabs to units (by the code in the tab, else by name for a tab the product has not marked
 * yet) and lists every reason the renames and creations could not all be done.
 */
export function planUnitTabs<T extends TabFacts>(units: readonly UnitSetting[], tabs: readonly T[]): UnitTabPlan<T> {
  const byName = new Map(tabs.map((t) => [nameKey(t.name), t]));
  const byCode = new Map<string, T[]>();
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
  const ofUnit = new Map<UnitSetting, T>();
  for (const unit of units) {
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
    } else if (named.holdsData) {
      // A tab the product did not make: writing the unit's header into it could overwrite someone's data.
      problems.push(
        `- Đã có tab "${named.name}" không do tiện ích tạo và đang có dữ liệu. Hãy đổi tên tab đó, hoặc đặt tên tab khác cho đơn vị ${unit.code} trong Cấu hình.`,
      );
    } else {
      ofUnit.set(unit, named);
    }
  }
  const step = (unit: UnitSetting) => {
    const tab = ofUnit.get(unit) ?? null;
    return { unit, tab, rename: tab !== null && tab.name !== unit.tabName };
  };
  const claimed = new Set(ofUnit.values());
  return {
    toMake: units.filter((u) => !ofUnit.get(u)?.code).map(step),
    toRefresh: units.flatMap((u) => {
      const s = step(u);
      return s.tab?.code ? [{ ...s, tab: s.tab }] : [];
    }),
    toRetire: tabs.filter((t) => t.code && !claimed.has(t)),
    problems,
  };
}

/** What setup says when the plan cannot be carried out (`problems`: one line each, see planUnitTabs). */
export function unitTabPlanRefusal(problems: readonly string[]): string {
  return `Chưa thay đổi gì trong bảng tính vì:\n${problems.join('\n')}`;
}
