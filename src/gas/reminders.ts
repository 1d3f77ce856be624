// Nhắc nộp báo cáo: mails the units that have not reported for a period, by hand (menu, or the
// status sidebar's "Nhắc" button for one unit) or from the daily time-driven trigger. A unit is
// reminded at most once a day, whoever sends it; the Nhật ký gửi tab is what says so.
//
// Everything here runs without the Ui: the trigger has none (SpreadsheetApp.getUi() throws there),
// so questions and answers stay in src/main.ts.

import { civilInZone } from '../domain/civil-date';
import { messageTo, unitMessageCost } from '../domain/mail-batch';
import { reminderMail } from '../domain/mail-text';
import { MENU } from '../domain/menu-items';
import { type RemindUnitResult, remindOneUnitAnswer, remindOneUnitFirst, unitOfCode } from '../domain/remind-unit';
import { reminderLogRow, reminderPlan, stillToRemind } from '../domain/reminder-plan';
import type { LateUnit, ReminderPlan, ReminderResult } from '../domain/reminder-text';
import { automaticReminderTarget, manualReminderTarget, type ReminderTarget } from '../domain/reminder-window';
import { secretaryEditors } from '../domain/secretary';
import type { CivilDate, PeriodKind, Settings, UnitSetting } from '../domain/types';
import { formatDateTime } from '../domain/vn-format';
import { readConsolidation } from './consolidation';
import { UserError } from './errors';
import type { Spreadsheet } from './gas-types';
import { withDocumentLock } from './lock';
import { ownerEmail } from './owner';
import { readSendLog, type SendAttempt, sendWithLog, todaysBatch } from './send-log';
import { readSettings } from './settings-tab';

/** Reads the unit tabs (without writing) and the log, and works out who is late and who to mail. */
export function planReminders(
  ss: Spreadsheet,
  settings: Settings,
  target: ReminderTarget,
  today: CivilDate,
  units: readonly UnitSetting[] = settings.units,
): ReminderPlan {
  const { consolidation } = readConsolidation(ss, { ...settings, units }, target.period.kind, target.period.year);
  return reminderPlan({
    target,
    today,
    units,
    reports: consolidation.units,
    log: readSendLog(ss),
    quota: MailApp.getRemainingDailyQuota(),
  });
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
    const { still, again } = stillToRemind(plan, readSendLog(ss));
    const { now: batch, later } = todaysBatch(still, unitMessageCost);
    const time = formatDateTime(now, ss.getSpreadsheetTimeZone());
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
        log: reminderLogRow({ target: plan.target, unit: late.unit, to, time, user, automatic }),
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

/** A refusal becomes the message the page shows; anything else is the answer. */
function answered<T extends object>(answer: T | { readonly refusal: string }): T {
  if ('refusal' in answer) throw new UserError(answer.refusal);
  return answer;
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
  const unit = answered(unitOfCode(settings.units, code));
  const today = todayIn(ss, now);
  const plan = planReminders(ss, settings, manualReminderTarget(today, settings, kind, year), today, [unit]);
  const first = remindOneUnitFirst(plan, unit);
  if (first) return answered(first);
  return answered(remindOneUnitAnswer(sendReminders(ss, plan, now, user, false), unit));
}
