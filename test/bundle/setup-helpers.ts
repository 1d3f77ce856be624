// Shared by the setup and check bundle tests: the expectations typed from issue 3 (never imported
// from src/), a Sheet set up for the sample commune, and snapshots of what people see in the tabs.

import type { SheetImpl, SpreadsheetImpl } from '../../local/emulator/spreadsheet';
import { newScenario, type Scenario, shareWithUnits, writeCatalogue, writeSettings } from '../../local/tools/scenario';
import { SAMPLE_CATALOGUE, SAMPLE_SETTINGS } from '../../src/domain/sample';
import type { Settings, UnitSetting } from '../../src/domain/types';

/** The activity header row, exactly as issue 3 writes it. */
export const ACTIVITY_HEADER = (
  'Ngày | Hình thức | Nội dung | Tiêu chí NTM | Mô tả | Số lượng | Đơn vị tính | Số người tham dự | ' +
  'Kinh phí đơn vị (đồng) | Kinh phí lồng ghép (đồng) | Kinh phí xã hội hóa (đồng) | Mô hình, gương điển hình | Ghi chú'
).split(' | ');

/** The narrative header, exactly as issue 3 writes it. */
export const NARRATIVE_HEADER =
  'Kỳ báo cáo | Kết quả nổi bật | Tồn tại, hạn chế | Nguyên nhân | Đề xuất, kiến nghị'.split(' | ');

/** Google's text when someone writes into a protected range (node-google-spreadsheet PR #20 quotes it). */
export const PROTECTED =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

export const SETTINGS_TAB = 'Cấu hình';
export const CATALOGUE_TAB = 'Danh mục';
export const CHECK_TAB = 'Kiểm tra';
export const GUIDE_TAB = 'Hướng dẫn';

/** 1 -> A, 13 -> M. */
export function letter(col: number): string {
  return String.fromCharCode(64 + col);
}

/** The column letter of an activity field, from the header typed above. */
export function activityLetter(header: string): string {
  const i = ACTIVITY_HEADER.indexOf(header);
  if (i < 0) throw new Error(`No column ${header}`);
  return letter(i + 1);
}

export function unitOf(settings: Settings, code: string): UnitSetting {
  const u = settings.units.find((x) => x.code === code);
  if (!u) throw new Error(`No unit ${code}`);
  return u;
}

/** The last alert shown (title and message). */
export function lastAlert(s: Scenario): { title: string; message: string } {
  const shown = s.ws.ui.shown;
  if (shown.length === 0) throw new Error('No alert was shown');
  const a = shown[shown.length - 1];
  return { title: a.title, message: a.message };
}

/** A Sheet set up as the secretary would: first run, settings and catalogue typed, second run, shared. */
export function setUpSample(settings: Settings = SAMPLE_SETTINGS): Scenario {
  const s = newScenario();
  s.app.call('menuSetup');
  writeSettings(s, settings);
  writeCatalogue(s, SAMPLE_CATALOGUE);
  s.app.call('menuSetup');
  shareWithUnits(s, settings);
  return s;
}

/** Row (1-based) of the first row whose column A reads `text`, or 0. */
export function rowStarting(sheet: SheetImpl, text: string): number {
  const values = sheet.getRange(1, 1, sheet.getMaxRows(), 1).getValues();
  return values.findIndex((r) => r[0] === text) + 1;
}

export interface TabSnapshot {
  readonly id: number;
  readonly name: string;
  readonly size: [number, number];
  readonly values: unknown[][];
  readonly formulas: string[][];
  readonly display: string[][];
}

/** Everything a person can read in a tab: values (Dates as instants), formulas, displayed text. */
export function snapshotTab(sheet: SheetImpl): TabSnapshot {
  const range = sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns());
  return {
    id: sheet.getSheetId(),
    name: sheet.getName(),
    size: [sheet.getMaxRows(), sheet.getMaxColumns()],
    values: range.getValues().map((r) => r.map((v) => (v instanceof Date ? `Date(${v.toISOString()})` : v))),
    formulas: range.getFormulas(),
    display: range.getDisplayValues(),
  };
}

export function snapshotAll(ss: SpreadsheetImpl): TabSnapshot[] {
  return ss.getSheets().map(snapshotTab);
}

/** The editors of a tab's sheet protection (lower case, sorted), or null when it has none. */
export function protectionOf(sheet: SheetImpl): { editors: string[]; warningOnly: boolean } | null {
  const [p] = sheet.getProtections('SHEET');
  if (!p) return null;
  return { editors: [...p.editorEmails()].sort(), warningOnly: p.isWarningOnly() };
}

/** Midnight of a day in Vietnam (UTC+7), as a date cell typed there holds it. */
export function vnDate(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d) - 7 * 3600 * 1000);
}
