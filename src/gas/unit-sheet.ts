// Which tab of the Sheet is each unit's: read here, decided in src/domain/unit-tab-match.ts.
import type { Finding, UnitSetting } from '../domain/types';
import { HEADER_SCAN_COLUMNS, UNIT_TAB, unitCodeOf } from '../domain/unit-tab';
import { matchTabsByName, matchUnitTabs } from '../domain/unit-tab-match';
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

/** A tab of the Sheet and its name, as read once in a run. */
export interface Tab {
  readonly sheet: Sheet;
  readonly name: string;
}

/** Every tab of the Sheet, in their order: one getSheets() and one getName() per tab. */
export function listTabs(ss: Spreadsheet): Tab[] {
  return ss.getSheets().map((sheet) => ({ sheet, name: sheet.getName() }));
}

/**
 * The tab of each unit, in the order of `units`, among `tabs` (listTabs, unless the caller has
 * them already); a tab is read (two cells) only when some unit's tab is not found by name, and only
 * if it is nobody's by name and not one of the product's tabs.
 */
export function findUnitSheets(
  ss: Spreadsheet,
  units: readonly UnitSetting[],
  tabs: readonly Tab[] = listTabs(ss),
): UnitSheet[] {
  const sheets = tabs.map((t) => t.sheet);
  const names = tabs.map((t) => t.name);
  const match = matchTabsByName(units, names);
  const codes = new Map(match.codesToRead.map((i) => [i, unitCodeIn(sheets[i])]));
  return matchUnitTabs(units, names, match, codes).map(({ unit, tab, finding }) => ({
    unit,
    sheet: tab === null ? null : sheets[tab],
    name: tab === null ? '' : names[tab],
    finding,
  }));
}

/** The code beside "Mã đơn vị:" in the tab's header block; '' when the tab has none. */
function unitCodeIn(sheet: Sheet): string {
  if (sheet.getMaxColumns() < UNIT_TAB.codeValueCol || sheet.getMaxRows() < UNIT_TAB.unitRow) return '';
  const row = sheet
    .getRange(UNIT_TAB.unitRow, 1, 1, Math.min(sheet.getMaxColumns(), HEADER_SCAN_COLUMNS))
    .getValues()[0];
  return unitCodeOf(row);
}
