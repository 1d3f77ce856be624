// Nhắc nộp báo cáo: who is late and who gets a mail, the question asked before reminders by hand,
// what was sent, and the automatic reminders' state and rule, in the secretary's words.
// src/gas/reminders.ts and src/gas/auto-reminders.ts read the Sheet, send and keep the trigger.

import {
  failureLines,
  fitsToday,
  type MailBatchPreview,
  type MailBatchResult,
  unitMessageCost,
  unitNames,
} from './mail-batch';
import type { UnitAddress } from './mail-recipients';
import { periodRangeText } from './periods';
import { type ReminderTarget, reminderLead } from './reminder-window';
import { TAB } from './tab-names';
import type { CivilDate, Settings, UnitSetting } from './types';
import { formatDate, formatDateTime } from './vn-format';

/** The hour (spreadsheet time) the daily trigger runs at. */
export const REMINDER_HOUR = 7;

export interface LateUnit {
  readonly unit: UnitSetting;
  readonly address: UnitAddress;
  /** Rows typed but not counted (errors): said in the mail, so the unit does not ignore it. */
  readonly rowsWithErrors: number;
}

/** Who is left out of a reminder run, and why: said in the question and in the answer. */
interface ReminderNotes {
  /** Late, but reminded today already (or possibly: "đang gửi"). */
  readonly remindedToday: readonly LateUnit[];
  /** Late, with no usable address. */
  readonly noAddress: readonly LateUnit[];
  /** Units that have reported for the period. */
  readonly reported: readonly UnitSetting[];
}

/** toSend: late, with an address, not yet reminded today: who would get a mail. */
export interface ReminderPlan extends MailBatchPreview<LateUnit>, ReminderNotes {
  readonly target: ReminderTarget;
  readonly today: CivilDate;
}

export interface ReminderResult extends MailBatchResult<LateUnit>, ReminderNotes {
  readonly target: ReminderTarget;
}

function targetLine(plan: Pick<ReminderPlan, 'target' | 'today'>): string {
  const { period, deadline } = plan.target;
  return `Kỳ ${period.label} (${periodRangeText(period)}), hạn nộp ngày ${formatDate(deadline)}.`;
}

/** How many of the units to remind fit in today's quota. */
export function remindersFitToday(plan: ReminderPlan): number {
  return fitsToday(plan, unitMessageCost);
}

/** The question before reminders by hand. */
export function describeReminderPlan(plan: ReminderPlan): string {
  const fit = remindersFitToday(plan);
  return [
    targetLine(plan),
    `Gửi thư nhắc nộp báo cáo cho ${plan.toSend.length} đơn vị chưa có báo cáo:`,
    plan.toSend.map((l) => `- ${l.unit.name} <${l.address.emails.join(', ')}>`).join('\n'),
    fit < plan.toSend.length
      ? `Hạn mức gửi thư hôm nay của tài khoản chỉ còn ${plan.quota} người nhận: lần này gửi ${fit} đơn vị, số còn lại gửi vào ngày mai.`
      : '',
    ...notes(plan),
    'Gửi ngay?',
  ]
    .filter(Boolean)
    .join('\n');
}

function notes(r: ReminderNotes): string[] {
  return [
    r.remindedToday.length > 0 ? `Đã được nhắc hôm nay (không nhắc lại): ${unitNames(r.remindedToday)}.` : '',
    r.noAddress.length > 0
      ? `Chưa có báo cáo nhưng không có email hợp lệ trong tab ${TAB.settings} (không gửi được): ${unitNames(r.noAddress)}.`
      : '',
    r.reported.length > 0 ? `Đã có báo cáo: ${r.reported.length} đơn vị.` : '',
  ].filter(Boolean);
}

/** When there is nobody to remind (no question asked). */
export function describeNoReminder(plan: ReminderPlan): string {
  const late = plan.toSend.length + plan.remindedToday.length + plan.noAddress.length;
  const head =
    late === 0
      ? 'Tất cả các đơn vị đã có báo cáo: không cần nhắc.'
      : plan.toSend.length > 0
        ? 'Hạn mức gửi thư hôm nay của tài khoản đã hết. Hãy chạy lại chức năng này vào ngày mai.'
        : 'Không có đơn vị nào cần gửi thư nhắc lúc này.';
  return [targetLine(plan), head, ...notes(plan)].join('\n');
}

export function describeReminders(r: ReminderResult): string {
  return [
    r.sent.length > 0
      ? `Đã gửi thư nhắc cho ${r.sent.length} đơn vị: ${unitNames(r.sent)}.`
      : 'Chưa gửi được thư nhắc nào.',
    r.failed.length > 0
      ? `Gửi lỗi (có thể nhắc lại khi chạy lại chức năng này):\n${failureLines(r.failed, (l) => l.unit.name)}`
      : '',
    r.later.length > 0
      ? `Còn ${r.later.length} đơn vị chưa được nhắc vì đã hết hạn mức gửi thư hôm nay: ${unitNames(r.later)}.`
      : '',
    ...notes(r),
    `Chi tiết ở tab ${TAB.sendLog}.`,
  ]
    .filter(Boolean)
    .join('\n');
}

// ---- Automatic reminders

/** The Sheet's automatic reminders: on or off, who changed that last and when. */
export interface AutoReminderState {
  readonly on: boolean;
  /** Who turned it on (or off, for the last change), lower-cased. */
  readonly by: string;
  /** When that was, as an ISO instant. */
  readonly since: string;
}

function autoRemindersRule(settings: Pick<Settings, 'reminderDaysBefore'>): string {
  const lead = reminderLead(settings);
  return `mỗi ngày khoảng ${REMINDER_HOUR}–${REMINDER_HOUR + 1} giờ sáng, từ ${lead} ngày trước hạn nộp đến ngày hết hạn, tiện ích gửi thư nhắc các đơn vị chưa có báo cáo (mỗi đơn vị nhiều nhất một thư mỗi ngày). Số ngày nhắc trước hạn sửa ở tab ${TAB.settings}.`;
}

/** "đang BẬT (do a@x bật từ 14/06/2023 08:00)" / "đang TẮT (do b@x tắt từ …)" / "đang TẮT". */
export function autoReminderStateText(state: AutoReminderState, timeZone: string): string {
  const when = state.since ? formatDateTime(new Date(state.since), timeZone) : '';
  if (state.on) return `đang BẬT (do ${state.by} bật từ ${when})`;
  if (state.by) return `đang TẮT (do ${state.by} tắt từ ${when})`;
  return 'đang TẮT';
}

/** The sidebar's line: "Nhắc tự động đang BẬT (do a@x bật từ 14/06/2023 08:00)." */
export function autoReminderLine(state: AutoReminderState, timeZone: string): string {
  return `Nhắc tự động ${autoReminderStateText(state, timeZone)}.`;
}

/**
 * Whether a run of the daily trigger may send: only when reminders are on and were turned on by the
 * trigger's owner (`owner`, lower-cased; '' when Google withholds it). Otherwise what the log says
 * as the trigger removes itself.
 */
export function triggerGate(state: AutoReminderState, owner: string): { run: true } | { run: false; why: string } {
  if (state.on && state.by !== '' && state.by === owner) return { run: true };
  return {
    run: false,
    why: state.on
      ? `Nhắc tự động đang do ${state.by} phụ trách: bỏ trình kích hoạt cũ của ${owner || 'tài khoản này'}.`
      : 'Nhắc tự động đang tắt: không gửi thư, bỏ trình kích hoạt.',
  };
}

/** What the daily trigger logs when its owner has not granted what it uses (nobody is there to ask). */
export const AUTO_REMINDERS_NOT_GRANTED =
  'Nhắc tự động: tài khoản cài trình kích hoạt chưa cấp đủ quyền (gửi thư, trình kích hoạt). Hãy bật lại nhắc tự động từ menu để cấp quyền.';

/** The answer when the secretary says no to the question before reminders by hand. */
export const REMINDERS_DECLINED = 'Chưa gửi thư nhắc nào.';

/** The state after a change. */
export function describeAutoReminders(
  state: AutoReminderState,
  settings: Pick<Settings, 'reminderDaysBefore'>,
  timeZone: string,
): string {
  return state.on
    ? `Đã bật nhắc tự động (thư gửi từ tài khoản ${state.by}): ${autoRemindersRule(settings)}`
    : `Đã tắt nhắc tự động cho cả bảng tính: không còn thư nhắc tự động nào được gửi, kể cả từ tài khoản của thư ký khác đã bật trước đó. (${autoReminderStateText(state, timeZone)})`;
}

/** The question of the on/off menu item, given the current state. */
export function autoRemindersQuestion(
  state: AutoReminderState,
  settings: Pick<Settings, 'reminderDaysBefore'>,
  timeZone: string,
): string {
  const now = `Nhắc tự động ${autoReminderStateText(state, timeZone)}`;
  return state.on
    ? `${now}: ${autoRemindersRule(settings)}\nTắt nhắc tự động cho cả bảng tính?`
    : `${now}. Nếu bật: ${autoRemindersRule(settings)} Thư gửi từ tài khoản của bạn.\nBật nhắc tự động?`;
}
