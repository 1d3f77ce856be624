// The public surface of the Apps Script project. Every function exported here becomes a top-level
// function of dist/Code.js (see build.mjs): menu items, triggers and google.script.run targets call
// them by name. Nothing else is visible to Apps Script. Each entry is a thin shell: it gathers the
// context (the Sheet, the user, the time), calls an adapter in src/gas, and talks to the user.
import { civilInZone } from './domain/civil-date';
import { defaultPeriod, parsePeriodKind, periodOf, periodRangeText } from './domain/periods';
import type { PeriodKind } from './domain/types';
import { checkData, describeCheck, stampLastChange } from './gas/check';
import { type ConsolidationRun, describeRun, runConsolidation } from './gas/consolidation';
import { UserError } from './gas/errors';
import { createReport, describeReport, type ReportResult } from './gas/report';
import { describeFinding, readSettings, setupSpreadsheet } from './gas/setup';
import { confirm, menuAction, type Outcome, outcome, tell } from './gas/ui';
import { buildMenu } from './ui/menu';

function spreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

function currentUser(): string {
  return Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail();
}

// ---------------------------------------------------------------------------------------------
// Triggers

/** Simple trigger: runs when the Sheet is opened. Builds the menu and nothing else. */
export function onOpen(): void {
  buildMenu(SpreadsheetApp.getUi());
}

/** Simple trigger: stamps "Cập nhật lần cuối" on a unit's tab when the unit edits it. */
export function onEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  const sheet = e.range.getSheet();
  stampLastChange(sheet, e.range.getRow(), new Date(), spreadsheet().getSpreadsheetTimeZone());
}

// ---------------------------------------------------------------------------------------------
// Thiết lập bảng tính and Kiểm tra dữ liệu (menu)

/** Menu: Thiết lập bảng tính. */
export function menuSetup(): void {
  menuAction(() => {
    const result = setupSpreadsheet(spreadsheet(), new Date());
    if (result.firstRun) {
      tell(
        'Đã tạo tab "Cấu hình" và "Danh mục".\nHãy điền tên xã, người ký, cơ quan cấp trên, danh sách đơn vị (kèm email người nhập) và nơi nhận trong tab Cấu hình, rồi chạy lại Báo cáo NTM → Thiết lập bảng tính để tạo tab cho từng đơn vị.',
      );
      return;
    }
    const lines = [
      'Đã thiết lập xong bảng tính. Dữ liệu các đơn vị đã nhập được giữ nguyên.',
      result.created.length ? `Tab mới: ${result.created.join(', ')}.` : '',
      result.renamed.length ? `Đổi tên tab: ${result.renamed.map((r) => `${r.from} → ${r.to}`).join(', ')}.` : '',
      result.refreshed.length ? `Cập nhật định dạng, danh sách chọn và quyền sửa: ${result.refreshed.length} tab đơn vị.` : '',
      result.retired.length
        ? `Tab của đơn vị không còn trong Cấu hình (giữ nguyên dữ liệu, không tổng hợp): ${result.retired.join(', ')}.`
        : '',
      result.warnings.length ? `Lưu ý trong Cấu hình:\n${result.warnings.map(describeFinding).join('\n')}` : '',
    ];
    tell(lines.filter(Boolean).join('\n'));
  });
}

/** Menu: Kiểm tra dữ liệu (a unit: its own tab; the secretary: every tab). */
export function menuCheckData(): void {
  menuAction(() => {
    const ss = spreadsheet();
    const result = checkData(ss, ss.getActiveSheet().getName(), currentUser(), new Date());
    tell(describeCheck(result), 'Kiểm tra dữ liệu');
  });
}

// ---------------------------------------------------------------------------------------------
// Tổng hợp báo cáo

/** The period that ends nearest today, for the dialog's default. */
export function defaultPeriodChoice(): Outcome<{ kind: PeriodKind; year: number; label: string; range: string }> {
  return outcome(() => {
    const ss = spreadsheet();
    const { settings } = readSettings(ss);
    const p = defaultPeriod(civilInZone(new Date(), ss.getSpreadsheetTimeZone()), settings.periodRule);
    return { kind: p.kind, year: p.year, label: p.label, range: periodRangeText(p) };
  });
}

/** google.script.run target: consolidates the chosen period and returns the run summary. */
export function consolidatePeriod(kindText: string, year: number): Outcome<ConsolidationRun> {
  return outcome(() => {
    const p = checkedPeriod(kindText, year);
    return runConsolidation(spreadsheet(), p.kind, p.year, new Date(), currentUser()).run;
  });
}

function checkedPeriod(kindText: string, year: number): { kind: PeriodKind; year: number } {
  const kind = parsePeriodKind(String(kindText));
  if (!kind) throw new UserError(`Kỳ báo cáo "${kindText}" không hợp lệ: chọn "6 tháng đầu năm" hoặc "Cả năm".`);
  const y = Number(year);
  if (!Number.isInteger(y) || y < 2000 || y > 2100) throw new UserError(`Năm "${year}" không hợp lệ.`);
  return { kind, year: y };
}

/** Asks which period: the one that ends nearest today, or the other kind (confirmed first). */
function askPeriod(action: string): { kind: PeriodKind; year: number } {
  const ss = spreadsheet();
  const { settings } = readSettings(ss);
  const p = defaultPeriod(civilInZone(new Date(), ss.getSpreadsheetTimeZone()), settings.periodRule);
  const other = periodOf(p.kind === 'half' ? 'year' : 'half', p.kind === 'half' ? p.year - 1 : p.year, p.rule);
  const yes = confirm(`${action} ${p.label} (${periodRangeText(p)})?\nChọn "No" để ${action.toLowerCase()} ${other.label} (${periodRangeText(other)}).`);
  return yes ? { kind: p.kind, year: p.year } : { kind: other.kind, year: other.year };
}

/** Menu: Tổng hợp báo cáo. */
export function menuConsolidate(): void {
  menuAction(() => {
    const { kind, year } = askPeriod('Tổng hợp');
    const result = runConsolidation(spreadsheet(), kind, year, new Date(), currentUser());
    tell(describeRun(result.run), 'Tổng hợp báo cáo');
  });
}

// ---------------------------------------------------------------------------------------------
// Tạo báo cáo (Google Doc)

/** google.script.run target: consolidates, builds the report Doc, shares it, logs it. */
export function createReportForPeriod(kindText: string, year: number): Outcome<ReportResult> {
  return outcome(() => {
    const p = checkedPeriod(kindText, year);
    return createReport(spreadsheet(), p.kind, p.year, new Date(), currentUser());
  });
}

/** Menu: Tạo báo cáo (Google Doc). */
export function menuCreateReport(): void {
  menuAction(() => {
    const { kind, year } = askPeriod('Tạo báo cáo');
    const result = createReport(spreadsheet(), kind, year, new Date(), currentUser());
    tell(describeReport(result), 'Tạo báo cáo');
  });
}
