// Tạo kế hoạch (Google Doc): the Kế hoạch tab holds the plan's text as the secretary edits it; the
// Doc is rendered from it in the Nghị định 30 layout, logged in Nhật ký báo cáo like a report, and
// the last one logged for the plan's year is "the current plan" that Gửi kế hoạch sends.

import { isDateValue } from '../domain/civil-date';
import type { PlanDocInfo } from '../domain/doc-messages';
import { MENU } from '../domain/menu-items';
import {
  buildPlan,
  DEFAULT_PLAN_ROWS,
  PLAN_HEADERS,
  type PlanRow,
  planRowsFromValues,
  planRowsToValues,
} from '../domain/plan-doc';
import { secretaryEditors } from '../domain/secretary';
import { SECRETARY_TAB_PROTECTION, TAB } from '../domain/tab-names';
import type { Settings } from '../domain/types';
import { formatDateTime } from '../domain/vn-format';
import { latestDoc, logDocument, nextVersion, readDocLog } from './doc-log';
import { writeOfficialDocument } from './doc-writer';
import { UserError } from './errors';
import type { Sheet, Spreadsheet } from './gas-types';
import { withDocumentLock } from './lock';
import { ownerEmail } from './owner';
import { readSettings } from './settings-tab';
import { ensureSize, protectSheet, readAll, writeBlock } from './sheet-io';
import { HEADER_BACKGROUND } from './style';

/** The Loại văn bản of a plan in Nhật ký báo cáo. */
const PLAN_KIND = 'Kế hoạch';

/** The Kỳ of a plan in the logs: a plan is for a year. */
export function planPeriodLabel(settings: Pick<Settings, 'year'>): string {
  return `Năm ${settings.year}`;
}

function layoutPlanTab(sheet: Sheet, secretaries: readonly string[]): void {
  const values = planRowsToValues(DEFAULT_PLAN_ROWS);
  ensureSize(sheet, values.length + 20, PLAN_HEADERS.length);
  // Through writeBlock, so that the "-" and "+" of list lines stay text, not formulas.
  writeBlock(sheet, 1, 1, values);
  sheet.getRange(1, 1, 1, PLAN_HEADERS.length).setFontWeight('bold').setBackground(HEADER_BACKGROUND);
  sheet.setFrozenRows(1);
  sheet.setColumnWidth(1, 60);
  sheet.setColumnWidth(2, 900);
  sheet.getRange(1, 1, sheet.getMaxRows(), PLAN_HEADERS.length).setVerticalAlignment('top');
  sheet.getRange(1, 2, sheet.getMaxRows(), 1).setWrap(true);
  protectSheet(sheet, SECRETARY_TAB_PROTECTION[TAB.plan], secretaries);
}

/** The rows of the Kế hoạch tab, or null when the tab did not exist and has just been created. */
function readOrCreatePlanTab(ss: Spreadsheet, secretaries: readonly string[]): PlanRow[] | null {
  const sheet = ss.getSheetByName(TAB.plan);
  if (!sheet) {
    layoutPlanTab(ss.insertSheet(TAB.plan), secretaries);
    return null;
  }
  const rows = planRowsFromValues(readAll(sheet));
  if (rows.length === 0) {
    throw new UserError(
      `Tab "${TAB.plan}" chưa có nội dung (cột A: Cấp, cột B: Nội dung, từ dòng 2). Hãy nhập nội dung kế hoạch, hoặc xóa tab để tạo lại từ mẫu.`,
    );
  }
  return rows;
}

/** Renders the plan Doc and logs it as the current plan; the caller holds the document lock. */
function createPlanDoc(
  ss: Spreadsheet,
  settings: Settings,
  rows: readonly PlanRow[],
  now: Date,
  user: string,
): PlanDocInfo {
  const timeZone = ss.getSpreadsheetTimeZone();
  const period = planPeriodLabel(settings);
  const version = nextVersion(ss, PLAN_KIND, period);
  const model = buildPlan(rows, settings, { number: settings.planNumber, date: settings.planDate });
  const doc = DocumentApp.create(model.fileName);
  writeOfficialDocument(doc, model);
  const url = doc.getUrl();
  doc.saveAndClose();
  const time = formatDateTime(now, timeZone);
  logDocument(
    ss,
    { time, kind: PLAN_KIND, period, name: model.fileName, url, sharedWith: [], by: user, version },
    secretaryEditors(ownerEmail(ss), settings, user),
  );
  return { name: model.fileName, url, time, version };
}

/**
 * The plan Doc last made for the settings' year, from Nhật ký báo cáo (its rows as readDocLog read
 * them, unless the caller has them already); null when there is none.
 */
export function currentPlanDoc(
  ss: Spreadsheet,
  settings: Pick<Settings, 'year'>,
  docLog: readonly (readonly unknown[])[] = readDocLog(ss),
): PlanDocInfo | null {
  const doc = latestDoc(docLog, PLAN_KIND, planPeriodLabel(settings));
  if (!doc) return null;
  const time = isDateValue(doc.time) ? formatDateTime(doc.time, ss.getSpreadsheetTimeZone()) : String(doc.time ?? '');
  return { name: doc.name, url: doc.url, time, version: doc.version };
}

export type CreatePlanResult =
  | { readonly tabCreated: true }
  | { readonly tabCreated: false; readonly doc: PlanDocInfo };

/** Tạo kế hoạch (Google Doc). */
export function createPlan(ss: Spreadsheet, now: Date, user: string): CreatePlanResult {
  return withDocumentLock(MENU.createPlan, () => {
    const { settings } = readSettings(ss);
    const rows = readOrCreatePlanTab(ss, secretaryEditors(ownerEmail(ss), settings, user));
    if (!rows) return { tabCreated: true };
    return { tabCreated: false, doc: createPlanDoc(ss, settings, rows, now, user) };
  });
}
