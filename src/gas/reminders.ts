// Nhắc nộp báo cáo: mails the units that have not reported for a period, by hand (menu, or the
// status sidebar's "Nhắc" button for one unit) or from the daily time-driven trigger. A unit is
// reminded at most once a day, whoever sends it; the Nhật ký gửi tab is what says so.
//
// Everything here runs without the Ui: the trigger has none (SpreadsheetApp.getUi() throws there),
// so questions and answers stay in src/main.ts.

import { civilInZone } from '../domain/civil-date';
import { fitQuota, messageTo, unitMessageCost } from '../domain/mail-batch';
import { unitAddress } from '../domain/mail-recipients';
import { reminderMail } from '../domain/mail-text';
import { MENU } from '../domain/menu-items';
import { deadlineOf, periodOf } from '../domain/periods';
import type { LateUnit, ReminderPlan, ReminderResult } from '../domain/reminder-text';
import { automaticReminderTarget, manualReminderTarget, type ReminderTarget } from '../domain/reminder-window';
import { secretaryEditors } from '../domain/secretary';
import { reminderOn } from '../domain/send-log';
import { TAB } from '../domain/tab-names';
import type { CivilDate, PeriodKind, Settings, UnitSetting } from '../domain/types';
import { formatDate, formatDateTime, nameKey } from '../domain/vn-format';
import { computeConsolidation } from './consolidation';
import { UserError } from './errors';
import type { Spreadsheet } from './gas-types';
import { withDocumentLock } from './lock';
import { ownerEmail } from './owner';
import { readSendLog, type SendAttempt, sendWithLog } from './send-log';
import { readSettings } from './settings-tab';

/** Reads the unit tabs (without writing) and the log, and works out who is late and who to mail. */
export function planReminders(
  ss: Spreadsheet,
  settings: Settings,
  target: ReminderTarget,
  today: CivilDate,
  units: readonly UnitSetting[] = settings.units,
): ReminderPlan {
  const consolidation = computeConsolidation(ss, { ...settings, units }, target.period.kind, target.period.year);
  const reportedCodes = new Set(consolidation.units.filter((u) => u.reported).map((u) => nameKey(u.unitCode)));
  const rejected = new Map(consolidation.units.map((u) => [nameKey(u.unitCode), u.rejected]));
  const log = readSendLog(ss);
  const toSend: LateUnit[] = [];
  const remindedToday: LateUnit[] = [];
  const noAddress: LateUnit[] = [];
  const reported: UnitSetting[] = [];
  for (const unit of units) {
    if (reportedCodes.has(nameKey(unit.code))) {
      reported.push(unit);
      continue;
    }
    const late = { unit, address: unitAddress(unit), rowsWithErrors: rejected.get(nameKey(unit.code)) ?? 0 };
    if (late.address.emails.length === 0) noAddress.push(late);
    else if (reminderOn(log, unit.code, today)) remindedToday.push(late);
    else toSend.push(late);
  }
  return { target, today, toSend, remindedToday, noAddress, reported, quota: MailApp.getRemainingDailyQuota() };
}

/**
 * Sends the reminders of `plan` (only to units still not reminded today: the log is read again
 * under the lock), as many as today's quota allows.
 */
export function sendReminders(
  ss: Spreadsheet,
  plan: ReminderPlan,
  now: Date,
  user: string,
  automatic: boolean,
): ReminderResult {
  return withDocumentLock(MENU.remind, () => {
    const { settings } = readSettings(ss);
    const log = readSendLog(ss);
    const still = plan.toSend.filter((l) => !reminderOn(log, l.unit.code, plan.today));
    const again = plan.toSend.filter((l) => !still.includes(l));
    const { now: batch, later } = fitQuota(still, unitMessageCost, MailApp.getRemainingDailyQuota());
    const timeZone = ss.getSpreadsheetTimeZone();
    const sheetUrl = ss.getUrl();
    const { period, deadline } = plan.target;
    const attempts: SendAttempt<LateUnit>[] = batch.map((late) => {
      const to = messageTo(late.address.emails);
      const mail = reminderMail({
        settings,
        unit: late.unit,
        contactName: late.address.contactName,
        period,
        deadline,
        today: plan.today,
        sheetUrl,
        automatic,
        rowsWithErrors: late.rowsWithErrors,
      });
      return {
        item: late,
        cost: to.length,
        log: {
          time: formatDateTime(now, timeZone),
          kind: 'reminder',
          document: `Nhắc nộp báo cáo ${period.label} (hạn ${formatDate(deadline)})`,
          link: '',
          period: period.label,
          name: late.unit.name,
          unitCode: late.unit.code,
          email: to.join(', '),
          by: automatic ? `${user} (tự động)` : user,
        },
        send: () =>
          MailApp.sendEmail({ to: to.join(','), subject: mail.subject, body: mail.body, htmlBody: mail.htmlBody }),
      };
    });
    const outcome = sendWithLog(ss, secretaryEditors(ownerEmail(ss), settings, user), attempts);
    return {
      target: plan.target,
      ...outcome,
      later: [...outcome.later, ...later],
      remindedToday: [...plan.remindedToday, ...again],
      noAddress: plan.noAddress,
      reported: plan.reported,
    };
  });
}

export function todayIn(ss: Spreadsheet, now: Date): CivilDate {
  return civilInZone(now, ss.getSpreadsheetTimeZone());
}

/** By hand: the period that ends nearest today, or the one asked for. */
export function manualTarget(settings: Settings, today: CivilDate, kind?: PeriodKind, year?: number): ReminderTarget {
  if (!kind || !year) return manualReminderTarget(today, settings);
  const period = periodOf(kind, year, settings.periodRule);
  return { period, deadline: deadlineOf(period, settings) };
}

/**
 * The trigger's run: inside a reminder window, mails the late units not yet reminded today; on
 * other days reads nothing but Cấu hình. Returns null when there was nothing to do.
 */
export function runAutomaticReminders(ss: Spreadsheet, now: Date, user: string): ReminderResult | null {
  const { settings } = readSettings(ss);
  const today = todayIn(ss, now);
  const target = automaticReminderTarget(today, settings);
  if (!target) return null;
  const plan = planReminders(ss, settings, target, today);
  if (plan.toSend.length === 0) return null;
  return sendReminders(ss, plan, now, user, true);
}

export interface RemindUnitResult {
  readonly sent: boolean;
  readonly message: string;
  readonly to: readonly string[];
}

/** The sidebar's "Nhắc" button: one unit, no question asked (the click is the confirmation). */
export function remindOneUnit(
  ss: Spreadsheet,
  code: string,
  now: Date,
  user: string,
  kind?: PeriodKind,
  year?: number,
): RemindUnitResult {
  const { settings } = readSettings(ss);
  const unit = settings.units.find((u) => nameKey(u.code) === nameKey(String(code ?? '')));
  if (!unit) throw new UserError(`Không có đơn vị mã "${code}" trong tab ${TAB.settings}.`);
  const today = todayIn(ss, now);
  const plan = planReminders(ss, settings, manualTarget(settings, today, kind, year), today, [unit]);
  const label = plan.target.period.label;
  if (plan.reported.length > 0) {
    return { sent: false, to: [], message: `${unit.name} đã có báo cáo ${label}: không cần nhắc.` };
  }
  if (plan.noAddress.length > 0) {
    throw new UserError(
      `${unit.name} chưa có email người liên hệ hay người nhập hợp lệ trong tab ${TAB.settings}: không gửi được thư nhắc.`,
    );
  }
  if (plan.remindedToday.length > 0) {
    return {
      sent: false,
      to: [],
      message: `${unit.name} đã được nhắc hôm nay (xem tab ${TAB.sendLog}); mỗi đơn vị chỉ được nhắc một lần mỗi ngày.`,
    };
  }
  const result = sendReminders(ss, plan, now, user, false);
  if (result.sent.length > 0) {
    const to = result.sent[0].address.emails;
    return { sent: true, to, message: `Đã gửi thư nhắc ${unit.name} nộp báo cáo ${label} tới ${to.join(', ')}.` };
  }
  if (result.failed.length > 0) throw new UserError(`Chưa gửi được thư nhắc ${unit.name}: ${result.failed[0].message}`);
  if (result.later.length > 0) {
    throw new UserError('Đã hết hạn mức gửi thư của tài khoản trong ngày hôm nay. Vui lòng gửi lại vào ngày mai.');
  }
  return { sent: false, to: [], message: `${unit.name} đã được nhắc hôm nay (xem tab ${TAB.sendLog}).` };
}
