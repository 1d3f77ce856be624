// Kiểm tra dữ liệu: lists every problem in the units' tabs (tab, row, column, what to do) without
// changing anything a unit typed. A unit checks its own tab; the secretary checks all tabs and gets
// the full list in the Kiểm tra tab.

import { missingTabFinding, readUnitTab } from '../domain/activity-rows';
import type { CheckResult } from '../domain/check-text';
import { MENU } from '../domain/menu-items';
import { rowLimitsOf } from '../domain/row-limits';
import { secretaryEditors } from '../domain/secretary';
import { checkLayout, checkUnitOfRead } from '../domain/summary-sheet';
import { SECRETARY_TAB_PROTECTION, TAB } from '../domain/tab-names';
import type { Finding } from '../domain/types';
import { cellAfterLabel, HEADER_SCAN_COLUMNS, LAST_CHANGE_LABEL, UNIT_TAB, unitCodeOf } from '../domain/unit-tab';
import { formatDateTime } from '../domain/vn-format';
import { readCatalogue } from './catalogue-tab';
import type { Sheet, Spreadsheet } from './gas-types';
import { CHECK_COLUMN_WIDTHS, writeLayout } from './layout-writer';
import { withDocumentLock } from './lock';
import { otherTabFindings } from './other-tabs';
import { isSecretary, ownerEmail } from './owner';
import { readSettings } from './settings-tab';
import { protectSheet, readAll, readFormulas, replaceSheet } from './sheet-io';
import { findUnitSheets, listTabs, type UnitSheet } from './unit-sheet';

/**
 * Checks the unit whose tab is active, or every unit when the active tab is not a unit's.
 * Only the secretary (the owner or one listed in Cấu hình) writes the Kiểm tra tab: a unit's
 * editors cannot edit it.
 */
export function checkData(ss: Spreadsheet, activeTab: string, user: string, now: Date): CheckResult {
  const { settings } = readSettings(ss);
  const { catalogue, findings: catalogueFindings } = readCatalogue(ss);
  const tz = ss.getSpreadsheetTimeZone();
  const tabs = listTabs(ss);
  const found = findUnitSheets(ss, settings.units, tabs);
  // The active tab is a unit's when it is that unit's tab however it is named now.
  const own = found.find((f) => f.sheet !== null && f.name === activeTab) ?? null;
  const secretary = isSecretary(ss, settings, user);
  const scope: readonly UnitSheet[] = own ? [own] : found;

  // Danh mục is the secretary's to fix: listed when every tab is checked, not in a unit's own check.
  const findings: Finding[] = own ? [] : [...catalogueFindings, ...otherTabFindings(tabs, found)];
  const rows = scope.map(({ unit, sheet, finding }) => {
    if (finding) findings.push(finding);
    if (!sheet) {
      findings.push(missingTabFinding(unit));
      return checkUnitOfRead(unit, null);
    }
    const values = readAll(sheet);
    const formulas = readFormulas(sheet, values);
    // Named as in Cấu hình, as Tổng hợp names it, so both Kiểm tra lists agree.
    const read = readUnitTab({
      unit,
      tab: unit.tabName,
      values,
      formulas,
      catalogue,
      timeZone: tz,
      year: settings.year,
      rule: settings.periodRule,
      limits: rowLimitsOf(settings),
    });
    findings.push(...read.findings);
    return checkUnitOfRead(unit, read);
  });

  let wroteTab = false;
  if (secretary) {
    const readAt = formatDateTime(now, tz);
    const layout = checkLayout(findings, { readAt, readBy: user, periodLabel: null, units: rows });
    withDocumentLock(MENU.checkData, () =>
      replaceSheet(ss, TAB.check, (sheet) => {
        writeLayout(sheet, layout, CHECK_COLUMN_WIDTHS);
        protectSheet(sheet, SECRETARY_TAB_PROTECTION[TAB.check], secretaryEditors(ownerEmail(ss), settings, user));
      }),
    );
    wroteTab = true;
  }
  return { units: scope.map((f) => f.unit.name), catalogueChecked: !own, findings, wroteTab };
}

/**
 * onEdit: stamps "Cập nhật lần cuối" of a unit's tab when its rows below the header block change.
 * Only a tab carrying the unit-tab header block is stamped: a tab the secretary made may hold
 * anything in the cell where unit tabs keep their code.
 */
export function stampLastChange(sheet: Sheet, row: number, now: Date, tz: string): void {
  if (row < UNIT_TAB.narrativeHeaderRow) return;
  if (sheet.getMaxColumns() < UNIT_TAB.codeValueCol) return;
  // Labels are found where they stand now: the unit may have inserted a column before them.
  const [row2, row3] = sheet
    .getRange(UNIT_TAB.unitRow, 1, 2, Math.min(sheet.getMaxColumns(), HEADER_SCAN_COLUMNS))
    .getValues();
  if (unitCodeOf(row2) === '') return;
  const at = cellAfterLabel(row3, LAST_CHANGE_LABEL);
  if (at < 0) return;
  sheet.getRange(UNIT_TAB.lastChangeRow, at + 1).setValue(`'${formatDateTime(now, tz)}`);
}
