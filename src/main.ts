// The public surface of the Apps Script project. Every function exported here becomes a top-level
// function of dist/Code.js (see build.mjs): menu items, triggers and google.script.run targets call
// them by name. Nothing else is visible to Apps Script. Each entry is a thin shell: it gathers the
// context (the Sheet, the user, the time), calls an adapter in src/gas, and talks to the user.
import { civilInZone } from './domain/civil-date';
import { describeFinding } from './domain/findings';
import {
  describeInvitePreview,
  describeInvites,
  describeNothingToInvite,
  describeResendQuestion,
  invitesFitting,
} from './domain/invitation-text';
import { defaultPeriod, parsePeriodKind, periodRangeText } from './domain/periods';
import type { PeriodKind } from './domain/types';
import {
  autoRemindersQuestion,
  describeAutoReminders,
  readAutoReminders,
  setAutoReminders,
  tidyOwnTrigger,
  triggerMayRun,
} from './gas/auto-reminders';
import { checkData, describeCheck, stampLastChange } from './gas/check';
import { runConsolidation } from './gas/consolidation';
import {
  type PeriodDialogResult,
  periodDialogResult,
  showPeriodDialog,
  showSetupCheckDialog,
  showStatusSidebar,
} from './gas/dialogs';
import { UserError } from './gas/errors';
import { previewInvites, sendInvites } from './gas/invite';
import { activeUserEmail, assertSecretary } from './gas/owner';
import { createPlan, describePlanDoc, PLAN_TAB_CREATED_MESSAGE } from './gas/plan';
import {
  describeNoReminder,
  describeReminderPlan,
  describeReminders,
  manualTarget,
  planReminders,
  type RemindUnitResult,
  remindersFitToday,
  remindOneUnit,
  runAutomaticReminders,
  sendReminders,
  todayIn,
} from './gas/reminders';
import { createReport } from './gas/report';
import { hasScopes, requireScopes, SCOPE } from './gas/scopes';
import {
  describeNothingToSend,
  describePlanSend,
  describePreview,
  fitsToday,
  previewPlanSend,
  sendPlan,
} from './gas/send-plan';
import { readSettings } from './gas/settings-tab';
import { setupSpreadsheet } from './gas/setup';
import { checkSetup } from './gas/setup-check';
import { confirm, menuAction, type Outcome, outcome, tell } from './gas/ui';
import { buildMenu } from './ui/menu';

function spreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

/** Who is running, lower-cased: the active user, else the effective user, else ''. */
const currentUser = activeUserEmail;

const { sheet, ui, email, docs, mail, triggers } = SCOPE;

/**
 * The scopes each entry asks for before doing anything (granular consent: see gas/scopes.ts). A
 * unit only ever runs Kiểm tra dữ liệu; mail and Docs are asked for by the actions that use them.
 */
const NEEDS = {
  menuSetup: [sheet, ui, email],
  menuCheckData: [sheet, ui, email],
  defaultPeriodChoice: [sheet],
  menuConsolidate: [sheet, ui, email],
  menuCreateReport: [sheet, ui, email],
  menuStatusSidebar: [sheet, ui],
  consolidateFromDialog: [sheet, email],
  createReportFromDialog: [sheet, email, docs],
  menuCreatePlan: [sheet, ui, email, docs],
  menuSendPlan: [sheet, ui, email, docs, mail],
  menuInvite: [sheet, ui, email, mail],
  menuRemind: [sheet, ui, email, mail],
  /** Turning off; turning on asks for what the daily trigger will use too (remindersTrigger). */
  menuToggleAutoReminders: [sheet, ui, email, triggers],
  remindersTrigger: [sheet, email, mail, triggers],
  remindUnit: [sheet, email, mail],
  /** Docs, mail and triggers are looked at only when already granted: the check asks for nothing more. */
  menuCheckSetup: [sheet, ui, email],
} as const;

// What a secretary's entry is called in the message a unit's editor gets (the menu's words).
const ACTION = {
  consolidate: 'Tổng hợp báo cáo',
  report: 'Tạo báo cáo (Google Doc)',
  plan: 'Tạo kế hoạch (Google Doc)',
  sendPlan: 'Gửi kế hoạch qua Gmail',
  invite: 'Gửi thư mời nhập liệu',
  remind: 'Nhắc nộp báo cáo',
  autoRemind: 'Bật/tắt nhắc tự động',
  checkSetup: 'Kiểm tra cài đặt',
} as const;

/**
 * The Sheet, once the one running is its secretary (the owner, or one listed in Cấu hình): every
 * entry that writes the secretary's tabs, makes a Doc or sends mail starts here, before anything
 * is made. Cấu hình is read for the check only when the one running is not the owner.
 */
function secretarySpreadsheet(action: string): GoogleAppsScript.Spreadsheet.Spreadsheet {
  const ss = spreadsheet();
  assertSecretary(ss, action);
  return ss;
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
  requireScopes(NEEDS.menuSetup);
  menuAction(() => {
    const result = setupSpreadsheet(spreadsheet(), new Date());
    if (result.firstRun) {
      tell(
        'Đã tạo tab "Cấu hình" và "Danh mục".\nHãy điền tên xã, người ký, cơ quan cấp trên, danh sách đơn vị (kèm email người nhập) và nơi nhận trong tab Cấu hình, rồi chạy lại Báo cáo NTM → Thiết lập bảng tính để tạo tab cho từng đơn vị.',
      );
      return;
    }
    const lines = [
      result.complete ? 'Đã thiết lập xong bảng tính. Dữ liệu các đơn vị đã nhập được giữ nguyên.' : '',
      ...result.notes,
      result.created.length ? `Tab mới: ${result.created.join(', ')}.` : '',
      result.renamed.length ? `Đổi tên tab: ${result.renamed.map((r) => `${r.from} → ${r.to}`).join(', ')}.` : '',
      result.refreshed.length
        ? `Cập nhật định dạng, danh sách chọn và quyền sửa: ${result.refreshed.length} tab đơn vị.`
        : '',
      result.retired.length
        ? `Tab của đơn vị không còn trong Cấu hình (giữ nguyên dữ liệu, không tổng hợp): ${result.retired.join(', ')}.`
        : '',
      result.warnings.length ? `Lưu ý (Cấu hình, Danh mục):\n${result.warnings.map(describeFinding).join('\n')}` : '',
    ];
    tell(lines.filter(Boolean).join('\n'));
  });
}

/** Menu: Kiểm tra dữ liệu (a unit: its own tab; the secretary: every tab). */
export function menuCheckData(): void {
  requireScopes(NEEDS.menuCheckData);
  menuAction(() => {
    const ss = spreadsheet();
    const result = checkData(ss, ss.getActiveSheet().getName(), currentUser(), new Date());
    tell(describeCheck(result), 'Kiểm tra dữ liệu');
  });
}

/**
 * Menu: Kiểm tra cài đặt (secretary). The first thing to run in a real Sheet: reads the installation
 * and writes its findings to the Kiểm tra tab, changing nothing else; shows them in a dialog.
 */
export function menuCheckSetup(): void {
  requireScopes(NEEDS.menuCheckSetup);
  menuAction(() => {
    const ss = secretarySpreadsheet(ACTION.checkSetup);
    showSetupCheckDialog(checkSetup(ss, currentUser(), new Date()).findings);
  });
}

// ---------------------------------------------------------------------------------------------
// Tổng hợp báo cáo

/** The period that ends nearest today, for the dialog's default. */
export function defaultPeriodChoice(): Outcome<{ kind: PeriodKind; year: number; label: string; range: string }> {
  requireScopes(NEEDS.defaultPeriodChoice);
  return outcome(() => {
    const ss = spreadsheet();
    const { settings } = readSettings(ss);
    const p = defaultPeriod(civilInZone(new Date(), ss.getSpreadsheetTimeZone()), settings.periodRule);
    return { kind: p.kind, year: p.year, label: p.label, range: periodRangeText(p) };
  });
}

function checkedPeriod(kindText: string, year: number): { kind: PeriodKind; year: number } {
  const kind = parsePeriodKind(String(kindText));
  if (!kind) throw new UserError(`Kỳ báo cáo "${kindText}" không hợp lệ: chọn "6 tháng đầu năm" hoặc "Cả năm".`);
  const y = Number(year);
  if (!Number.isInteger(y) || y < 2000 || y > 2100) throw new UserError(`Năm "${year}" không hợp lệ.`);
  return { kind, year: y };
}

/** Menu: Tổng hợp báo cáo. Opens the period dialog, which calls consolidateFromDialog. */
export function menuConsolidate(): void {
  requireScopes(NEEDS.menuConsolidate);
  menuAction(() => showPeriodDialog(secretarySpreadsheet(ACTION.consolidate), 'consolidate', new Date()));
}

// ---------------------------------------------------------------------------------------------
// Tạo báo cáo (Google Doc)

/** Menu: Tạo báo cáo (Google Doc). Opens the period dialog, which calls createReportFromDialog. */
export function menuCreateReport(): void {
  requireScopes(NEEDS.menuCreateReport);
  menuAction(() => showPeriodDialog(secretarySpreadsheet(ACTION.report), 'report', new Date()));
}

// ---- Hộp thoại và thanh bên

/** Menu: Tình hình nộp báo cáo (sidebar); also its "Làm mới" button, which opens it again. */
export function menuStatusSidebar(): void {
  requireScopes(NEEDS.menuStatusSidebar);
  menuAction(() => showStatusSidebar(spreadsheet(), new Date()));
}

/** google.script.run target of the period dialog (Tổng hợp báo cáo): the run and links to its tabs. */
export function consolidateFromDialog(kindText: string, year: number): Outcome<PeriodDialogResult> {
  requireScopes(NEEDS.consolidateFromDialog);
  return outcome(() => {
    const ss = secretarySpreadsheet(ACTION.consolidate);
    const p = checkedPeriod(kindText, year);
    const { run } = runConsolidation(ss, p.kind, p.year, new Date(), currentUser());
    return periodDialogResult(ss, 'consolidate', run, null);
  });
}

/**
 * google.script.run target of the period dialog (Tạo báo cáo): the Doc, the run and links to its tabs;
 * or, when no unit has a counted row, the question the dialog asks before calling again confirmed.
 */
export function createReportFromDialog(
  kindText: string,
  year: number,
  confirmedEmpty?: boolean,
): Outcome<PeriodDialogResult> {
  requireScopes(NEEDS.createReportFromDialog);
  return outcome(() => {
    const ss = secretarySpreadsheet(ACTION.report);
    const p = checkedPeriod(kindText, year);
    const report = createReport(ss, p.kind, p.year, new Date(), currentUser(), confirmedEmpty === true);
    if ('question' in report) return periodDialogResult(ss, 'report', report.run, null, report.question);
    return periodDialogResult(ss, 'report', report.run, report);
  });
}

// ---- Kế hoạch và gửi thư

/** Menu: Tạo kế hoạch (Google Doc). Creates the Kế hoạch tab from the sample plan the first time. */
export function menuCreatePlan(): void {
  requireScopes(NEEDS.menuCreatePlan);
  menuAction(() => {
    const result = createPlan(secretarySpreadsheet(ACTION.plan), new Date(), currentUser());
    if (result.tabCreated) tell(PLAN_TAB_CREATED_MESSAGE, 'Tạo kế hoạch');
    else tell(describePlanDoc(result.doc), 'Tạo kế hoạch');
  });
}

/** Menu: Gửi kế hoạch qua Gmail. Shows who will receive it and asks before sending anything. */
export function menuSendPlan(): void {
  requireScopes(NEEDS.menuSendPlan);
  menuAction(() => {
    const title = ACTION.sendPlan;
    const ss = secretarySpreadsheet(title);
    const start = previewPlanSend(ss, new Date(), currentUser());
    if (start.tabCreated) {
      tell(PLAN_TAB_CREATED_MESSAGE, title);
      return;
    }
    const preview = start.preview;
    if (fitsToday(preview) === 0) {
      tell(describeNothingToSend(preview), title);
      return;
    }
    if (!confirm(describePreview(preview), title)) {
      tell('Chưa gửi thư nào.', title);
      return;
    }
    tell(describePlanSend(sendPlan(ss, preview, new Date(), currentUser())), title);
  });
}

/**
 * Menu: Gửi thư mời nhập liệu. Names who gets a mail, who has no address and whose link would not
 * open, and asks first; when every unit was invited already, asks whether to send them all again.
 */
export function menuInvite(): void {
  requireScopes(NEEDS.menuInvite);
  menuAction(() => {
    const title = ACTION.invite;
    const ss = secretarySpreadsheet(title);
    const preview = previewInvites(ss, new Date());
    let chosen = preview.toSend;
    let again = false;
    if (chosen.length === 0 && preview.alreadyInvited.length > 0) {
      if (!confirm(describeResendQuestion(preview), title)) {
        tell('Chưa gửi thư mời nào.', title);
        return;
      }
      chosen = preview.alreadyInvited;
      again = true;
    } else if (invitesFitting(chosen, preview.quota) === 0) {
      tell(describeNothingToInvite(preview), title);
      return;
    } else if (!confirm(describeInvitePreview(preview), title)) {
      tell('Chưa gửi thư mời nào.', title);
      return;
    }
    tell(describeInvites(sendInvites(ss, preview, chosen, again, new Date(), currentUser())), title);
  });
}

/** Menu: Nhắc nộp báo cáo (by hand, the period that ends nearest today). */
export function menuRemind(): void {
  requireScopes(NEEDS.menuRemind);
  menuAction(() => {
    const title = ACTION.remind;
    const ss = spreadsheet();
    const { settings } = readSettings(ss);
    assertSecretary(ss, title, settings);
    const today = todayIn(ss, new Date());
    const plan = planReminders(ss, settings, manualTarget(settings, today), today);
    if (remindersFitToday(plan) === 0) {
      tell(describeNoReminder(plan), title);
      return;
    }
    if (!confirm(describeReminderPlan(plan), title)) {
      tell('Chưa gửi thư nhắc nào.', title);
      return;
    }
    tell(describeReminders(sendReminders(ss, plan, new Date(), currentUser(), false)), title);
  });
}

/**
 * Menu: Bật/tắt nhắc tự động. The state is the Sheet's (document properties): any secretary turns it
 * off for everyone; whoever turns it on owns the daily trigger and the mail goes from their account.
 */
export function menuToggleAutoReminders(): void {
  const turningOn = !readAutoReminders().on;
  requireScopes(turningOn ? [...NEEDS.menuToggleAutoReminders, mail] : NEEDS.menuToggleAutoReminders);
  menuAction(() => {
    const title = 'Nhắc tự động';
    const ss = spreadsheet();
    const { settings } = readSettings(ss);
    assertSecretary(ss, ACTION.autoRemind, settings);
    const user = currentUser();
    const tz = ss.getSpreadsheetTimeZone();
    const state = readAutoReminders();
    if (confirm(autoRemindersQuestion(state, settings, tz), title)) {
      tell(describeAutoReminders(setAutoReminders(!state.on, user, new Date()), settings, tz), title);
    } else {
      tidyOwnTrigger(state, user);
    }
  });
}

/**
 * Time-driven trigger (daily, installed by menuToggleAutoReminders). No Ui here: getUi() throws in a
 * trigger. It reads the on/off state first: off, or turned on by someone else since, it removes
 * itself and sends nothing. An error is logged and rethrown, so that Google mails the trigger's owner.
 */
export function remindersTrigger(): void {
  // No one is there to answer a prompt: without the scopes it needs, the run says so and stops.
  if (!hasScopes(NEEDS.remindersTrigger)) {
    console.error(
      'Nhắc tự động: tài khoản cài trình kích hoạt chưa cấp đủ quyền (gửi thư, trình kích hoạt). Hãy bật lại nhắc tự động từ menu để cấp quyền.',
    );
    return;
  }
  try {
    const gate = triggerMayRun(Session.getEffectiveUser().getEmail());
    if (!gate.run) {
      console.log(gate.why);
      return;
    }
    // A trigger left by someone else (before this check existed) must not mail from their account.
    const result = runAutomaticReminders(secretarySpreadsheet(ACTION.remind), new Date(), currentUser());
    if (result) console.log(describeReminders(result));
  } catch (error) {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    throw error;
  }
}

/** google.script.run target of the status sidebar's "Nhắc" button: reminds one unit now. */
export function remindUnit(code: string, kindText?: string, year?: number): Outcome<RemindUnitResult> {
  requireScopes(NEEDS.remindUnit);
  return outcome(() => {
    const ss = secretarySpreadsheet(ACTION.remind);
    const p = kindText ? checkedPeriod(kindText, Number(year)) : null;
    return remindOneUnit(ss, String(code), new Date(), currentUser(), p?.kind, p?.year);
  });
}
