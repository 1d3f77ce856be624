// Tổng hợp báo cáo: reads every unit's tab once, consolidates in memory, and swaps in new Tổng hợp
// and Kiểm tra tabs. The unit tabs are only read, never written.

import type { CatalogueRead } from '../domain/catalogue';
import { consolidate } from '../domain/consolidate';
import { type ConsolidationRun, consolidationRun } from '../domain/consolidation-run';
import { MENU } from '../domain/menu-items';
import { periodOf } from '../domain/periods';
import { secretaryEditors } from '../domain/secretary';
import { checkLayout, checkUnitsOfConsolidation, summaryLayout } from '../domain/summary-sheet';
import { SECRETARY_TAB_PROTECTION, TAB } from '../domain/tab-names';
import type { Consolidation, Finding, PeriodKind, Settings } from '../domain/types';
import { formatDateTime } from '../domain/vn-format';
import { readCatalogue } from './catalogue-tab';
import type { Spreadsheet } from './gas-types';
import { CHECK_COLUMN_WIDTHS, SUMMARY_COLUMN_WIDTHS, writeLayout } from './layout-writer';
import { withDocumentLock } from './lock';
import { readArchivedNarratives } from './narrative-archive';
import { otherTabFindings } from './other-tabs';
import { ownerEmail } from './owner';
import { readSettings } from './settings-tab';
import { keepingActiveTab, protectSheet, readAll, readFormulas, replaceSheets } from './sheet-io';
import { insertSummaryCharts } from './summary-charts';
import { findUnitSheets, listTabs, type UnitSheet } from './unit-sheet';

export interface ConsolidationRead {
  /**
   * Its findings open with those of Danh mục, of the units' tabs found under another name and, when
   * asked for, of the other tabs.
   */
  readonly consolidation: Consolidation;
  /** The tab of each unit of the settings, in their order. */
  readonly sheets: readonly UnitSheet[];
}

export interface ConsolidationReadOptions {
  /**
   * Reads every tab that is neither the product's nor a unit's, for the findings Kiểm tra lists: only
   * a run that writes Kiểm tra asks (a reminder or the status sidebar never shows findings).
   */
  readonly otherTabs?: boolean;
  /** Danh mục as the caller already read it in this run. */
  readonly catalogue?: CatalogueRead;
}

/** Reads and consolidates without writing anything (also used before building the report Doc). */
export function readConsolidation(
  ss: Spreadsheet,
  settings: Settings,
  kind: PeriodKind,
  year: number,
  options: ConsolidationReadOptions = {},
): ConsolidationRead {
  const catalogue = options.catalogue ?? readCatalogue(ss);
  const period = periodOf(kind, year, settings.periodRule);
  const tabs = listTabs(ss);
  const sheets = findUnitSheets(ss, settings.units, tabs);
  // Formulas too (a second read per unit tab): Kiểm tra warns about them and a subtotal row is not counted.
  const unitTabs = sheets.map((found) => {
    if (!found.sheet) return { unit: found.unit, values: null };
    const values = readAll(found.sheet);
    return { unit: found.unit, values, formulas: readFormulas(found.sheet, values) };
  });
  const c = consolidate({
    settings,
    catalogue: catalogue.catalogue,
    period,
    timeZone: ss.getSpreadsheetTimeZone(),
    tabs: unitTabs,
    // A past year's narratives left the unit tabs when the year in Cấu hình moved on (setup).
    archived: readArchivedNarratives(ss, period.label),
  });
  const extra: Finding[] = [
    ...catalogue.findings,
    ...sheets.flatMap((found) => (found.finding ? [found.finding] : [])),
    ...(options.otherTabs ? otherTabFindings(tabs, sheets) : []),
  ];
  return { consolidation: extra.length > 0 ? { ...c, findings: [...extra, ...c.findings] } : c, sheets };
}

export interface ConsolidationOutput {
  readonly run: ConsolidationRun;
  readonly consolidation: Consolidation;
  readonly settings: Settings;
}

export function runConsolidation(
  ss: Spreadsheet,
  kind: PeriodKind,
  year: number,
  now: Date,
  user: string,
): ConsolidationOutput {
  return withDocumentLock(MENU.consolidate, () =>
    keepingActiveTab(ss, () => consolidateAndWrite(ss, kind, year, now, user)),
  );
}

/** The work of Tổng hợp báo cáo; the caller holds the document lock (and may have read Danh mục). */
export function consolidateAndWrite(
  ss: Spreadsheet,
  kind: PeriodKind,
  year: number,
  now: Date,
  user: string,
  catalogue?: CatalogueRead,
): ConsolidationOutput {
  const { settings } = readSettings(ss);
  const c = readConsolidation(ss, settings, kind, year, { otherTabs: true, catalogue }).consolidation;
  const readAt = formatDateTime(now, ss.getSpreadsheetTimeZone());
  const run = consolidationRun(c, readAt);
  const { counted, notCounted } = run.total;
  const editors = secretaryEditors(ownerEmail(ss), settings, user);

  const summary = summaryLayout(c, { communeName: settings.communeName, readAt, readBy: user, counted, notCounted });
  const check = checkLayout(c.findings, {
    readAt,
    readBy: user,
    periodLabel: c.period.label,
    units: checkUnitsOfConsolidation(c),
    previous: c.previous,
  });
  // Both tabs are built completely before either replaces its previous version, so a failure
  // never leaves a new Tổng hợp beside an old Kiểm tra (or the reverse).
  replaceSheets(ss, [
    {
      name: TAB.summary,
      build: (sheet) => {
        writeLayout(sheet, summary, SUMMARY_COLUMN_WIDTHS);
        insertSummaryCharts(sheet, summary.charts ?? []);
        protectSheet(sheet, SECRETARY_TAB_PROTECTION[TAB.summary], editors);
      },
    },
    {
      name: TAB.check,
      build: (sheet) => {
        writeLayout(sheet, check, CHECK_COLUMN_WIDTHS);
        protectSheet(sheet, SECRETARY_TAB_PROTECTION[TAB.check], editors);
      },
    },
  ]);

  return { run, consolidation: c, settings };
}
