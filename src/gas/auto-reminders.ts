// Bật/tắt nhắc tự động: the on/off state is the Sheet's, not one person's. Triggers belong to the
// person who made them (ScriptApp.getProjectTriggers lists only your own, and you cannot delete
// another's), so the state lives in the document's properties — on or off, who turned it on, since
// when — and the daily trigger reads it at every run: when it is off, or someone else has turned it
// on since, the trigger does nothing and removes itself (it runs as its owner, so it can).
import { reminderLead } from '../domain/reminder-window';
import { TAB } from '../domain/tab-names';
import type { Settings } from '../domain/types';
import { formatDateTime } from '../domain/vn-format';

/** The function the daily trigger calls (exported under this name by src/main.ts). */
const REMINDER_TRIGGER_HANDLER = 'remindersTrigger';
const REMINDER_HOUR = 7;

const PROPERTY = 'baoCaoNtm.autoReminders';

interface AutoReminderState {
  readonly on: boolean;
  /** Who turned it on (or off, for the last change), lower-cased. */
  readonly by: string;
  /** When that was, as an ISO instant. */
  readonly since: string;
}

/** The state as the document's properties hold it; off when never set or unreadable. */
export function readAutoReminders(): AutoReminderState {
  const text = PropertiesService.getDocumentProperties().getProperty(PROPERTY);
  const off: AutoReminderState = { on: false, by: '', since: '' };
  if (!text) return off;
  try {
    const v = JSON.parse(text) as Partial<AutoReminderState>;
    return { on: v.on === true, by: String(v.by ?? '').toLowerCase(), since: String(v.since ?? '') };
  } catch {
    return off;
  }
}

function ownReminderTriggers(): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === REMINDER_TRIGGER_HANDLER);
}

/** How many daily reminder triggers the person running has (another secretary's are invisible). */
export function ownReminderTriggerCount(): number {
  return ownReminderTriggers().length;
}

/** Leaves the person running with `count` (0 or 1) daily triggers: a duplicate goes, one is made if none. */
function keepOwnTriggers(count: 0 | 1): void {
  const existing = ownReminderTriggers();
  for (const t of existing.slice(count)) ScriptApp.deleteTrigger(t);
  if (count === 1 && existing.length === 0) {
    ScriptApp.newTrigger(REMINDER_TRIGGER_HANDLER).timeBased().everyDays(1).atHour(REMINDER_HOUR).create();
  }
}

/**
 * Turns automatic reminders on (the person running owns the one daily trigger) or off (for
 * everyone: the state says so, this person's triggers go now, another secretary's at its next run).
 */
export function setAutoReminders(on: boolean, user: string, now: Date): AutoReminderState {
  const state: AutoReminderState = { on, by: user.toLowerCase(), since: now.toISOString() };
  PropertiesService.getDocumentProperties().setProperty(PROPERTY, JSON.stringify(state));
  keepOwnTriggers(on ? 1 : 0);
  return state;
}

/** Answering "no" to turning off: the one who turned it on keeps exactly one trigger (no duplicate). */
export function tidyOwnTrigger(state: AutoReminderState, user: string): void {
  if (state.on && state.by === user.toLowerCase()) keepOwnTriggers(1);
}

/**
 * The trigger's first step: whether this run (its owner is `owner`) may send. When reminders are
 * off, or were turned on by someone else since, its owner's triggers are removed and it may not.
 */
export function triggerMayRun(owner: string): { run: boolean; why: string } {
  const state = readAutoReminders();
  const mine = state.on && state.by !== '' && state.by === owner.toLowerCase();
  if (mine) return { run: true, why: '' };
  keepOwnTriggers(0);
  const why = state.on
    ? `Nhắc tự động đang do ${state.by} phụ trách: bỏ trình kích hoạt cũ của ${owner || 'tài khoản này'}.`
    : 'Nhắc tự động đang tắt: không gửi thư, bỏ trình kích hoạt.';
  return { run: false, why };
}

function rule(settings: Pick<Settings, 'reminderDaysBefore'>): string {
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

/** The state after a change. */
export function describeAutoReminders(
  state: AutoReminderState,
  settings: Pick<Settings, 'reminderDaysBefore'>,
  timeZone: string,
): string {
  return state.on
    ? `Đã bật nhắc tự động (thư gửi từ tài khoản ${state.by}): ${rule(settings)}`
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
    ? `${now}: ${rule(settings)}\nTắt nhắc tự động cho cả bảng tính?`
    : `${now}. Nếu bật: ${rule(settings)} Thư gửi từ tài khoản của bạn.\nBật nhắc tự động?`;
}
