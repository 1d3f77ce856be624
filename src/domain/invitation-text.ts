// What the secretary reads around Gửi thư mời nhập liệu: the question before sending (who gets a
// mail, who does not and why, whose link would not open), and the answer after.

import type { InviteAddress, InviteTarget } from './invitation';
import {
  failureLines,
  fitsToday,
  type MailBatchResult,
  type SendOncePreview,
  unitMessageCost,
  unitNames,
} from './mail-batch';
import { MENU } from './menu-items';
import { STATUS_RESEND, STATUS_SENDING, STATUS_SENT } from './send-log';
import { TAB } from './tab-names';
import type { UnitSetting } from './types';
import { formatDate } from './vn-format';

export interface InviteUnit {
  readonly unit: UnitSetting;
  readonly address: InviteAddress;
  /** The tab, or null when the unit has none yet (setup not run since it was added). */
  readonly tabName: string | null;
  /** Its editors in Cấu hình who cannot open the Sheet: the link would not open for them. */
  readonly noAccess: readonly string[];
}

/** toSend, alreadySent, uncertain: the units with an address and a tab, for the period. */
export interface InvitePreview extends SendOncePreview<InviteUnit> {
  readonly target: InviteTarget;
  readonly noAddress: readonly InviteUnit[];
  /** In Cấu hình but without a tab: Thiết lập bảng tính has not made it yet. */
  readonly noTab: readonly InviteUnit[];
}

export interface InviteResult extends MailBatchResult<InviteUnit> {
  readonly target: InviteTarget;
}

/** How many of the units to invite, in order, today's quota covers. */
export function invitesFitToday(p: InvitePreview): number {
  return fitsToday(p, unitMessageCost);
}

function line(i: InviteUnit): string {
  return `- ${i.unit.name}: ${i.address.emails.join(', ')}`;
}

function periodLine(t: InviteTarget): string {
  return `Kỳ ${t.period.label}, hạn nhập ngày ${formatDate(t.deadline)}.`;
}

function notes(p: InvitePreview): string[] {
  const blocked = [...p.toSend, ...p.alreadySent, ...p.uncertain].filter((i) => i.noAccess.length > 0);
  return [
    blocked.length > 0
      ? `Chưa được chia sẻ bảng tính nên chưa mở được đường liên kết: ${blocked
          .map((i) => `${i.unit.name} (${i.noAccess.join(', ')})`)
          .join('; ')}. Hãy chia sẻ bảng tính với các email này (Chia sẻ → Người chỉnh sửa) trước khi gửi.`
      : '',
    p.noAddress.length > 0
      ? `Chưa có email trong tab ${TAB.settings} (không gửi, hãy báo cách khác hoặc bổ sung email): ${unitNames(p.noAddress)}.`
      : '',
    p.noTab.length > 0 ? `Chưa có tab (hãy chạy ${MENU.setup.label} trước): ${unitNames(p.noTab)}.` : '',
    p.uncertain.length > 0
      ? `Có thể đã nhận (dòng của đơn vị trong tab ${TAB.sendLog} ghi "${STATUS_SENDING}" hoặc một ghi chú khác, không gửi lại): ${unitNames(p.uncertain)}. Nếu chắc chắn chưa nhận, sửa thành "${STATUS_RESEND}" rồi chạy lại.`
      : '',
  ].filter(Boolean);
}

/** The question before sending to the units not yet invited. */
export function describeInvitePreview(p: InvitePreview): string {
  const fit = invitesFitToday(p);
  return [
    periodLine(p.target),
    `Gửi thư mời nhập liệu (kèm đường liên kết tới tab của đơn vị) cho ${p.toSend.length} đơn vị:`,
    p.toSend.map(line).join('\n'),
    fit < p.toSend.length
      ? `Hạn mức gửi thư hôm nay của tài khoản còn ${p.quota} người nhận: lần này gửi ${fit} đơn vị; còn lại ${unitNames(p.toSend.slice(fit))} gửi vào ngày mai (chạy lại chức năng này).`
      : '',
    p.alreadySent.length > 0 ? `Đã được mời kỳ này (không gửi lại): ${unitNames(p.alreadySent)}.` : '',
    ...notes(p),
    'Gửi ngay?',
  ]
    .filter(Boolean)
    .join('\n');
}

/** The answer when the secretary says no to either question before inviting. */
export const INVITES_DECLINED = 'Chưa gửi thư mời nào.';

/** The question when every unit with an address was invited already: send them all again? */
export function describeResendQuestion(p: InvitePreview): string {
  return [
    periodLine(p.target),
    `Mọi đơn vị có email đã được mời nhập liệu kỳ này (xem tab ${TAB.sendLog}): ${unitNames(p.alreadySent)}.`,
    `Gửi lại thư mời cho cả ${p.alreadySent.length} đơn vị? (Chỉ gửi lại cho một đơn vị: chọn Không, sửa "${STATUS_SENT}" thành "${STATUS_RESEND}" ở dòng của đơn vị đó trong tab ${TAB.sendLog}, rồi chạy lại.)`,
    ...notes(p),
  ]
    .filter(Boolean)
    .join('\n');
}

/** Why nothing is sent (no question asked). */
export function describeNothingToInvite(p: InvitePreview): string {
  const head =
    p.toSend.length > 0
      ? `Hạn mức gửi thư hôm nay của tài khoản đã hết: chưa gửi cho ${p.toSend.length} đơn vị. Hãy chạy lại chức năng này vào ngày mai.`
      : `Không có đơn vị nào để gửi thư mời kỳ ${p.target.period.label}.`;
  return [head, ...notes(p)].join('\n');
}

export function describeInvites(r: InviteResult): string {
  return [
    r.sent.length > 0
      ? `Đã gửi thư mời nhập liệu kỳ ${r.target.period.label} cho ${r.sent.length} đơn vị:\n${r.sent.map(line).join('\n')}`
      : `Chưa gửi được thư mời cho đơn vị nào.`,
    r.failed.length > 0
      ? `Gửi lỗi ${r.failed.length} thư (sẽ gửi khi chạy lại chức năng này):\n${failureLines(r.failed, (i) => i.unit.name)}`
      : '',
    r.later.length > 0
      ? `Còn ${r.later.length} đơn vị chưa gửi vì đã hết hạn mức gửi thư hôm nay: ${unitNames(r.later)}. Hãy chạy lại "${MENU.invite.label}" vào ngày mai.`
      : '',
    `Chi tiết từng thư ở tab ${TAB.sendLog}.`,
  ]
    .filter(Boolean)
    .join('\n');
}
