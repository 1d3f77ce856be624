// Nhắc nộp báo cáo: mails the units that have not reported for a period, by hand (menu, or the
// status sidebar's "Nhắc" button for one unit) or from the daily time-driven trigger. A unit is
// reminded at most once a day, whoever sends it; the Nhật ký gửi tab is what says so.
//
// Everything here runs without the Ui: the trigger has none (SpreadsheetApp.getUi() throws there),
// so questions and answers stay in src/main.ts.
import { civilInZone } from '../domain/civil-date';
import { type UnitAddress, unitAddress } from '../domain/mail-recipients';
import { reminderMail } from '../domain/mail-text';
import { deadlineOf, periodOf, periodRangeText } from '../domain/periods';
import { automaticReminderTarget, manualReminderTarget, type ReminderTarget } from '../domain/reminder-window';
import { fitQuota, reminderOn } from '../domain/send-log';
import { TAB } from '../domain/tab-names';
import type { CivilDate, PeriodKind, Settings, UnitSetting } from '../domain/types';
import { formatDate, formatDateTime, nameKey } from '../domain/vn-format';
import { computeConsolidation } from './consolidation';
import { UserError } from './errors';
import { withDocumentLock } from './lock';
import { ownerEmail, secretaryEditors } from './owner';
import { readSendLog, type SendAttempt, sendWithLog } from './send-log';
import { readSettings } from './settings-tab';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** MailApp's limit; a unit with more editors than this gets the first 50. */
const MAX_RECIPIENTS_PER_MESSAGE = 50;

export interface LateUnit {
  readonly unit: UnitSetting;
  readonly address: UnitAddress;
  /** Rows typed but not counted (errors): said in the mail, so the unit does not ignore it. */
  readonly rowsWithErrors: number;
}

export interface ReminderPlan {
  readonly target: ReminderTarget;
  readonly today: CivilDate;
  /** Late, with an address, not yet reminded today: who would get a mail. */
  readonly toRemind: readonly LateUnit[];
  /** Late, but reminded today already (or possibly: "đang gửi"). */
  readonly remindedToday: readonly LateUnit[];
  /** Late, with no usable address. */
  readonly noAddress: readonly LateUnit[];
  /** Units that have reported for the period. */
  readonly reported: readonly UnitSetting[];
  readonly quota: number;
}

function cost(l: LateUnit): number {
  return Math.min(l.address.emails.length, MAX_RECIPIENTS_PER_MESSAGE);
}

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
  const toRemind: LateUnit[] = [];
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
    else toRemind.push(late);
  }
  return { target, today, toRemind, remindedToday, noAddress, reported, quota: MailApp.getRemainingDailyQuota() };
}

export interface ReminderResult {
  readonly target: ReminderTarget;
  readonly sent: readonly LateUnit[];
  readonly failed: readonly { readonly late: LateUnit; readonly message: string }[];
  /** Not sent: the daily quota ran out. */
  readonly later: readonly LateUnit[];
  readonly remindedToday: readonly LateUnit[];
  readonly noAddress: readonly LateUnit[];
  readonly reported: readonly UnitSetting[];
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
  return withDocumentLock('Nhắc nộp báo cáo', () => {
    const { settings } = readSettings(ss);
    const log = readSendLog(ss);
    const still = plan.toRemind.filter((l) => !reminderOn(log, l.unit.code, plan.today));
    const again = plan.toRemind.filter((l) => !still.includes(l));
    const { now: batch, later } = fitQuota(still, cost, MailApp.getRemainingDailyQuota());
    const timeZone = ss.getSpreadsheetTimeZone();
    const sheetUrl = ss.getUrl();
    const { period, deadline } = plan.target;
    const attempts: SendAttempt[] = batch.map((late) => {
      const to = late.address.emails.slice(0, MAX_RECIPIENTS_PER_MESSAGE);
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
    const byCode = new Map(batch.map((l) => [l.unit.code, l]));
    const back = (code: string) => byCode.get(code)!;
    return {
      target: plan.target,
      sent: outcome.sent.map((l) => back(l.unitCode)),
      failed: outcome.failed.map((f) => ({ late: back(f.log.unitCode), message: f.message })),
      later: [...outcome.notTried.map((l) => back(l.unitCode)), ...later],
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
  if (plan.toRemind.length === 0) return null;
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

function names(list: readonly LateUnit[]): string {
  return list.map((l) => l.unit.name).join(', ');
}

function targetLine(plan: Pick<ReminderPlan, 'target' | 'today'>): string {
  const { period, deadline } = plan.target;
  return `Kỳ ${period.label} (${periodRangeText(period)}), hạn nộp ngày ${formatDate(deadline)}.`;
}

/** How many of the units to remind fit in today's quota. */
export function remindersFitToday(plan: ReminderPlan): number {
  return fitQuota(plan.toRemind, cost, plan.quota).now.length;
}

/** The question before reminders by hand. */
export function describeReminderPlan(plan: ReminderPlan): string {
  const fit = remindersFitToday(plan);
  return [
    targetLine(plan),
    `Gửi thư nhắc nộp báo cáo cho ${plan.toRemind.length} đơn vị chưa có báo cáo:`,
    plan.toRemind.map((l) => `- ${l.unit.name} <${l.address.emails.join(', ')}>`).join('\n'),
    fit < plan.toRemind.length
      ? `Hạn mức gửi thư hôm nay của tài khoản chỉ còn ${plan.quota} người nhận: lần này gửi ${fit} đơn vị, số còn lại gửi vào ngày mai.`
      : '',
    ...notes(plan),
    'Gửi ngay?',
  ]
    .filter(Boolean)
    .join('\n');
}

function notes(r: Pick<ReminderPlan, 'remindedToday' | 'noAddress' | 'reported'>): string[] {
  return [
    r.remindedToday.length > 0 ? `Đã được nhắc hôm nay (không nhắc lại): ${names(r.remindedToday)}.` : '',
    r.noAddress.length > 0
      ? `Chưa có báo cáo nhưng không có email hợp lệ trong tab ${TAB.settings} (không gửi được): ${names(r.noAddress)}.`
      : '',
    r.reported.length > 0 ? `Đã có báo cáo: ${r.reported.length} đơn vị.` : '',
  ].filter(Boolean);
}

/** When there is nobody to remind (no question asked). */
export function describeNoReminder(plan: ReminderPlan): string {
  const late = plan.toRemind.length + plan.remindedToday.length + plan.noAddress.length;
  const head =
    late === 0
      ? 'Tất cả các đơn vị đã có báo cáo: không cần nhắc.'
      : plan.toRemind.length > 0
        ? 'Hạn mức gửi thư hôm nay của tài khoản đã hết. Hãy chạy lại chức năng này vào ngày mai.'
        : 'Không có đơn vị nào cần gửi thư nhắc lúc này.';
  return [targetLine(plan), head, ...notes(plan)].join('\n');
}

export function describeReminders(r: ReminderResult): string {
  return [
    r.sent.length > 0
      ? `Đã gửi thư nhắc cho ${r.sent.length} đơn vị: ${names(r.sent)}.`
      : 'Chưa gửi được thư nhắc nào.',
    r.failed.length > 0
      ? `Gửi lỗi (có thể nhắc lại khi chạy lại chức năng này):\n${r.failed
          .map((f) => `- ${f.late.unit.name}: ${f.message.split('\n')[0]}`)
          .join('\n')}`
      : '',
    r.later.length > 0
      ? `Còn ${r.later.length} đơn vị chưa được nhắc vì đã hết hạn mức gửi thư hôm nay: ${names(r.later)}.`
      : '',
    ...notes(r),
    `Chi tiết ở tab ${TAB.sendLog}.`,
  ]
    .filter(Boolean)
    .join('\n');
}
