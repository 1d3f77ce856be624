// The status sidebar's "Nhắc" button: one unit reminded now, without a question (the click is the
// confirmation). What it answers, before sending and after; src/gas/reminders.ts sends.
import type { ReminderPlan, ReminderResult } from './reminder-text';
import { TAB } from './tab-names';
import type { UnitSetting } from './types';
import { nameKey } from './vn-format';

/** The status sidebar's "Nhắc" button's answer. */
export interface RemindUnitResult {
  readonly sent: boolean;
  readonly message: string;
  readonly to: readonly string[];
}

/** What the button answers, or why it could not remind (shown as an error). */
export type RemindUnitAnswer = RemindUnitResult | { readonly refusal: string };

/** The unit the button names by its code (as the page sent it), or why there is none. */
export function unitOfCode(units: readonly UnitSetting[], code: unknown): UnitSetting | { readonly refusal: string } {
  const unit = units.find((u) => nameKey(u.code) === nameKey(String(code ?? '')));
  return unit ?? { refusal: `Không có đơn vị mã "${code}" trong tab ${TAB.settings}.` };
}

/** Before sending to one unit (`plan` made for it alone): the answer when no mail goes, null to send. */
export function remindOneUnitFirst(plan: ReminderPlan, unit: UnitSetting): RemindUnitAnswer | null {
  const label = plan.target.period.label;
  if (plan.reported.length > 0) {
    return { sent: false, to: [], message: `${unit.name} đã có báo cáo ${label}: không cần nhắc.` };
  }
  if (plan.noAddress.length > 0) {
    return {
      refusal: `${unit.name} chưa có email người liên hệ hay người nhập hợp lệ trong tab ${TAB.settings}: không gửi được thư nhắc.`,
    };
  }
  if (plan.remindedToday.length > 0) {
    return {
      sent: false,
      to: [],
      message: `${unit.name} đã được nhắc hôm nay (xem tab ${TAB.sendLog}); mỗi đơn vị chỉ được nhắc một lần mỗi ngày.`,
    };
  }
  return null;
}

/** After sending to one unit: sent, failed, over the quota, or reminded meanwhile by someone else. */
export function remindOneUnitAnswer(result: ReminderResult, unit: UnitSetting): RemindUnitAnswer {
  if (result.sent.length > 0) {
    const to = result.sent[0].address.emails;
    const label = result.target.period.label;
    return { sent: true, to, message: `Đã gửi thư nhắc ${unit.name} nộp báo cáo ${label} tới ${to.join(', ')}.` };
  }
  if (result.failed.length > 0) return { refusal: `Chưa gửi được thư nhắc ${unit.name}: ${result.failed[0].message}` };
  if (result.later.length > 0) {
    return { refusal: 'Đã hết hạn mức gửi thư của tài khoản trong ngày hôm nay. Vui lòng gửi lại vào ngày mai.' };
  }
  return { sent: false, to: [], message: `${unit.name} đã được nhắc hôm nay (xem tab ${TAB.sendLog}).` };
}
