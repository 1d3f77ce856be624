// The public surface of the Apps Script project. Every function exported here becomes a top-level
// function of dist/Code.js (see build.mjs): menu items, triggers and google.script.run targets call
// them by name. Nothing else is visible to Apps Script. Each entry is a thin shell: it gathers the
// context (the Sheet, the user, the time), calls an adapter in src/gas, and talks to the user.
// Every entry starts the same way: it asks for its scopes (requireScopes), then runs inside
// menuAction (a menu item: errors become an alert), outcome (a google.script.run target: errors
// become a message the page shows) or triggerAction (a trigger: errors are logged and rethrown).
// The exceptions are deliberate: onOpen and onEdit are simple triggers and may ask for no scope;
// menuToggleAutoReminders reads the on/off state before requireScopes, because turning on asks
// for the mail scope the daily trigger will use as well; remindersTrigger checks its scopes with
// hasScopes, because nobody is there to answer Google's prompt (it logs why and stops).
// After the simple triggers, the sections follow the menu's order (src/domain/menu-items.ts), each
// headed by its item's label; a google.script.run target sits with the item whose dialog or
// sidebar calls it, and remindersTrigger with Bật/tắt nhắc tự động. NEEDS lists them in that order.
import { describeCheck } from './domain/check-text';
import { civilInZone } from './domain/civil-date';
import { describePlanDoc, PLAN_TAB_CREATED_MESSAGE } from './domain/doc-messages';
import {
  describeInvitePreview,
  describeInvites,
  describeNothingToInvite,
  describeResendQuestion,
  INVITES_DECLINED,
  invitesFitToday,
} from './domain/invitation-text';
import { MENU } from './domain/menu-items';
import { defaultPeriod, periodChoice, periodRangeText } from './domain/periods';
import {
  addresseesFitToday,
  describeNothingToSend,
  describePlanSend,
  describePreview,
  PLAN_SEND_DECLINED,
} from './domain/plan-send-text';
import type { RemindUnitResult } from './domain/remind-unit';
import {
  AUTO_REMINDERS_NOT_GRANTED,
  autoRemindersQuestion,
  describeAutoReminders,
  describeNoReminder,
  describeReminderPlan,
  describeReminders,
  REMINDERS_DECLINED,
  remindersFitToday,
} from './domain/reminder-text';
import { manualReminderTarget } from './domain/reminder-window';
import { describeSetup } from './domain/setup-notes';
import type { PeriodKind } from './domain/types';
import { readAutoReminders, setAutoReminders, tidyOwnTrigger, triggerMayRun } from './gas/auto-reminders';
import { checkData, stampLastChange } from './gas/check';
import { runConsolidation } from './gas/consolidation';
import {
  type PeriodDialogResult,
  periodDialogResult,
  showPeriodDialog,
  showSetupCheckDialog,
  showStatusSidebar,
} from './gas/dialogs';
import { logError, triggerAction, UserError } from './gas/errors';
import type { Spreadsheet } from './gas/gas-types';
import { previewInvites, sendInvites } from './gas/invite';
import { activeUserEmail, assertSecretary } from './gas/owner';
import { createPlan } from './gas/plan';
import { planReminders, remindOneUnit, runAutomaticReminders, sendReminders, todayIn } from './gas/reminders';
import { createReport } from './gas/report';
import { hasScopes, requireScopes, SCOPE } from './gas/scopes';
import { previewPlanSend, sendPlan } from './gas/send-plan';
import { readSettings } from './gas/settings-tab';
import { setupSpreadsheet } from './gas/setup';
import { checkSetup } from './gas/setup-check';
import { confirm, menuAction, type Outcome, outcome, tell } from './gas/ui';
import { buildMenu } from './ui/menu';

const { sheet, ui, email, docs, mail, triggers } = SCOPE;

/**
 * The scopes each entry asks for before doing anything (granular consent: see gas/scopes.ts). A
 * unit only ever runs Kiểm tra dữ liệu; mail and Docs are asked for by the actions that use them.
 */
const NEEDS = {
  menuSetup: [sheet, ui, email],
  menuInvite: [sheet, ui, email, mail],
  menuCheckData: [sheet, ui, email],
  /** Docs, mail and triggers are looked at only when already granted: the check asks for nothing more. */
  menuCheckSetup: [sheet, ui, email],
  menuConsolidate: [sheet, ui, email],
  consolidateFromDialog: [sheet, email],
  defaultPeriodChoice: [sheet],
  menuCreateReport: [sheet, ui, email],
  createReportFromDialog: [sheet, email, docs],
  menuStatusSidebar: [sheet, ui],
  remindUnit: [sheet, email, mail],
  menuCreatePlan: [sheet, ui, email, docs],
  menuSendPlan: [sheet, ui, email, docs, mail],
  menuRemind: [sheet, ui, email, mail],
  /** Turning off; turning on asks for what the daily trigger will use too (remindersTrigger). */
  menuToggleAutoReminders: [sheet, ui, email, triggers],
  remindersTrigger: [sheet, email, mail, triggers],
} as const;

function spreadsheet(): Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

/**
 * The Sheet, once the one running is its secretary (the owner, or one listed in Cấu hình): every
 * entry that writes the secretary's tabs, makes a Doc or sends mail starts here, before anything
 * is made; anyone else is told that only the secretary runs the menu item. Cấu hình is read for the
 * check only when the one running is not the owner. (Setup checks inside its own run.)
 */
function secretarySpreadsheet(item: { readonly label: string }): Spreadsheet {
  const ss = spreadsheet();
  assertSecretary(ss, item.label);
  return ss;
}

function checkedPeriod(kindText: string, year: number): { kind: PeriodKind; year: number } {
  const choice = periodChoice(kindText, year);
  if ('problem' in choice) throw new UserError(choice.problem);
  return choice;
}

// ---------------------------------------------------------------------------------------------
// Simple triggers (they run with limited authorisation and ask for no scope)

/** Runs when the Sheet is opened. Builds the menu and nothing else. */
export function onOpen(): void {
  triggerAction(() => buildMenu(SpreadsheetApp.getUi()));
}

/** Stamps "Cập nhật lần cuối" on a unit's tab when the unit edits it. */
export function onEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  triggerAction(() => {
    const sheet = e.range.getSheet();
    stampLastChange(sheet, e.range.getRow(), new Date(), spreadsheet().getSpreadsheetTimeZone());
  });
}

// ---------------------------------------------------------------------------------------------
// Thiết lập bảng tính

/** Menu: Thiết lập bảng tính. */
export function menuSetup(): void {
  requireScopes(NEEDS.menuSetup);
  menuAction(MENU.setup, () =>
    tell(describeSetup(setupSpreadsheet(spreadsheet(), new Date(), activeUserEmail())), MENU.setup.label),
  );
}

// ---------------------------------------------------------------------------------------------
// Gửi thư mời nhập liệu

/**
 * Menu: Gửi thư mời nhập liệu. Names who gets a mail, who has no address and whose link would not
 * open, and asks first; when every unit was invited already, asks whether to send them all again.
 */
export function menuInvite(): void {
  requireScopes(NEEDS.menuInvite);
  menuAction(MENU.invite, () => {
    const title = MENU.invite.label;
    const ss = secretarySpreadsheet(MENU.invite);
    const preview = previewInvites(ss, new Date());
    let chosen = preview.toSend;
    let again = false;
    if (chosen.length === 0 && preview.alreadySent.length > 0) {
      if (!confirm(describeResendQuestion(preview), title)) {
        tell(INVITES_DECLINED, title);
        return;
      }
      chosen = preview.alreadySent;
      again = true;
    } else if (invitesFitToday(preview) === 0) {
      tell(describeNothingToInvite(preview), title);
      return;
    } else if (!confirm(describeInvitePreview(preview), title)) {
      tell(INVITES_DECLINED, title);
      return;
    }
    tell(describeInvites(sendInvites(ss, preview, chosen, again, new Date(), activeUserEmail())), title);
  });
}

// ---------------------------------------------------------------------------------------------
// Kiểm tra dữ liệu

/** Menu: Kiểm tra dữ liệu (a unit: its own tab; the secretary: every tab). */
export function menuCheckData(): void {
  requireScopes(NEEDS.menuCheckData);
  menuAction(MENU.checkData, () => {
    const ss = spreadsheet();
    const result = checkData(ss, ss.getActiveSheet().getName(), activeUserEmail(), new Date());
    tell(describeCheck(result), MENU.checkData.label);
  });
}

// ---------------------------------------------------------------------------------------------
// Kiểm tra cài đặt

/**
 * Menu: Kiểm tra cài đặt (secretary). The first thing to run in a real Sheet: reads the installation
 * and writes its findings to the Kiểm tra tab, changing nothing else; shows them in a dialog.
 */
export function menuCheckSetup(): void {
  requireScopes(NEEDS.menuCheckSetup);
  menuAction(MENU.checkSetup, () => {
    const ss = secretarySpreadsheet(MENU.checkSetup);
    showSetupCheckDialog(checkSetup(ss, activeUserEmail(), new Date()).findings);
  });
}

// ---------------------------------------------------------------------------------------------
// Tổng hợp báo cáo

/** Menu: Tổng hợp báo cáo. Opens the period dialog, which calls consolidateFromDialog. */
export function menuConsolidate(): void {
  requireScopes(NEEDS.menuConsolidate);
  menuAction(MENU.consolidate, () =>
    showPeriodDialog(secretarySpreadsheet(MENU.consolidate), 'consolidate', new Date()),
  );
}

/** google.script.run target of the period dialog (Tổng hợp báo cáo): the run and links to its tabs. */
export function consolidateFromDialog(kindText: string, year: number): Outcome<PeriodDialogResult> {
  requireScopes(NEEDS.consolidateFromDialog);
  return outcome(() => {
    const ss = secretarySpreadsheet(MENU.consolidate);
    const p = checkedPeriod(kindText, year);
    const { run } = runConsolidation(ss, p.kind, p.year, new Date(), activeUserEmail());
    return periodDialogResult(ss, 'consolidate', run, null);
  });
}

/** The period that ends nearest today, as the period dialog proposes it (the offline runner asks it). */
export function defaultPeriodChoice(): Outcome<{ kind: PeriodKind; year: number; label: string; range: string }> {
  requireScopes(NEEDS.defaultPeriodChoice);
  return outcome(() => {
    const ss = spreadsheet();
    const { settings } = readSettings(ss);
    const p = defaultPeriod(civilInZone(new Date(), ss.getSpreadsheetTimeZone()), settings.periodRule);
    return { kind: p.kind, year: p.year, label: p.label, range: periodRangeText(p) };
  });
}

// ---------------------------------------------------------------------------------------------
// Tạo báo cáo (Google Doc)

/** Menu: Tạo báo cáo (Google Doc). Opens the period dialog, which calls createReportFromDialog. */
export function menuCreateReport(): void {
  requireScopes(NEEDS.menuCreateReport);
  menuAction(MENU.createReport, () => showPeriodDialog(secretarySpreadsheet(MENU.createReport), 'report', new Date()));
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
    const ss = secretarySpreadsheet(MENU.createReport);
    const p = checkedPeriod(kindText, year);
    const report = createReport(ss, p.kind, p.year, new Date(), activeUserEmail(), confirmedEmpty === true);
    if ('question' in report) return periodDialogResult(ss, 'report', report.run, null, report.question);
    return periodDialogResult(ss, 'report', report.run, report);
  });
}

// ---------------------------------------------------------------------------------------------
// Tình hình nộp báo cáo

/** Menu: Tình hình nộp báo cáo (sidebar); also its "Làm mới" button, which opens it again. */
export function menuStatusSidebar(): void {
  requireScopes(NEEDS.menuStatusSidebar);
  menuAction(MENU.statusSidebar, () => showStatusSidebar(spreadsheet(), new Date()));
}

/** google.script.run target of the status sidebar's "Nhắc" button: reminds one unit now. */
export function remindUnit(code: string, kindText?: string, year?: number): Outcome<RemindUnitResult> {
  requireScopes(NEEDS.remindUnit);
  return outcome(() => {
    const ss = secretarySpreadsheet(MENU.remind);
    const p = kindText ? checkedPeriod(kindText, Number(year)) : null;
    return remindOneUnit(ss, String(code), new Date(), activeUserEmail(), p?.kind, p?.year);
  });
}

// ---------------------------------------------------------------------------------------------
// Tạo kế hoạch (Google Doc)

/** Menu: Tạo kế hoạch (Google Doc). Creates the Kế hoạch tab from the sample plan the first time. */
export function menuCreatePlan(): void {
  requireScopes(NEEDS.menuCreatePlan);
  menuAction(MENU.createPlan, () => {
    const result = createPlan(secretarySpreadsheet(MENU.createPlan), new Date(), activeUserEmail());
    if (result.tabCreated) tell(PLAN_TAB_CREATED_MESSAGE, MENU.createPlan.label);
    else tell(describePlanDoc(result.doc), MENU.createPlan.label);
  });
}

// ---------------------------------------------------------------------------------------------
// Gửi kế hoạch qua Gmail

/** Menu: Gửi kế hoạch qua Gmail. Shows who will receive it and asks before sending anything. */
export function menuSendPlan(): void {
  requireScopes(NEEDS.menuSendPlan);
  menuAction(MENU.sendPlan, () => {
    const title = MENU.sendPlan.label;
    const ss = secretarySpreadsheet(MENU.sendPlan);
    const start = previewPlanSend(ss, new Date(), activeUserEmail());
    if (start.tabCreated) {
      tell(PLAN_TAB_CREATED_MESSAGE, title);
      return;
    }
    const preview = start.preview;
    if (addresseesFitToday(preview) === 0) {
      tell(describeNothingToSend(preview), title);
      return;
    }
    if (!confirm(describePreview(preview), title)) {
      tell(PLAN_SEND_DECLINED, title);
      return;
    }
    tell(describePlanSend(sendPlan(ss, preview, new Date(), activeUserEmail())), title);
  });
}

// ---------------------------------------------------------------------------------------------
// Nhắc nộp báo cáo

/** Menu: Nhắc nộp báo cáo (by hand, the period that ends nearest today). */
export function menuRemind(): void {
  requireScopes(NEEDS.menuRemind);
  menuAction(MENU.remind, () => {
    const title = MENU.remind.label;
    const ss = secretarySpreadsheet(MENU.remind);
    const { settings } = readSettings(ss);
    const today = todayIn(ss, new Date());
    const plan = planReminders(ss, settings, manualReminderTarget(today, settings), today);
    if (remindersFitToday(plan) === 0) {
      tell(describeNoReminder(plan), title);
      return;
    }
    if (!confirm(describeReminderPlan(plan), title)) {
      tell(REMINDERS_DECLINED, title);
      return;
    }
    tell(describeReminders(sendReminders(ss, plan, new Date(), activeUserEmail(), false)), title);
  });
}

// ---------------------------------------------------------------------------------------------
// Bật/tắt nhắc tự động

/**
 * Menu: Bật/tắt nhắc tự động. The state is the Sheet's (document properties): any secretary turns it
 * off for everyone; whoever turns it on owns the daily trigger and the mail goes from their account.
 */
export function menuToggleAutoReminders(): void {
  const state = readAutoReminders();
  requireScopes(state.on ? NEEDS.menuToggleAutoReminders : [...NEEDS.menuToggleAutoReminders, mail]);
  menuAction(MENU.autoReminders, () => {
    const title = MENU.autoReminders.label;
    const ss = secretarySpreadsheet(MENU.autoReminders);
    const { settings } = readSettings(ss);
    const user = activeUserEmail();
    const tz = ss.getSpreadsheetTimeZone();
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
    logError(AUTO_REMINDERS_NOT_GRANTED);
    return;
  }
  triggerAction(() => {
    const gate = triggerMayRun();
    if (!gate.run) {
      console.log(gate.why);
      return;
    }
    // A trigger left by someone else (before this check existed) must not mail from their account.
    const result = runAutomaticReminders(secretarySpreadsheet(MENU.remind), new Date(), activeUserEmail());
    if (result) console.log(describeReminders(result));
  });
}
