// Gửi kế hoạch qua Gmail: who would receive the plan now, the question asked before sending, and
// what was sent, in the secretary's words. src/gas/send-plan.ts reads the log and sends.

import type { PlanDocInfo } from './doc-messages';
import { failureLines, fitsToday, type MailBatchResult, type SendOncePreview } from './mail-batch';
import type { Addressee } from './mail-recipients';
import { MENU } from './menu-items';
import { quoteList } from './quote';
import { STATUS_RESEND, STATUS_SENT } from './send-log';
import { TAB } from './tab-names';

/** A recipient the log holds as possibly sent, with the statuses written for them. */
export type Uncertain = Addressee & { readonly statuses: readonly string[] };

/** toSend, alreadySent, uncertain: the recipients with an address (in the order of Nơi nhận), for this plan. */
export interface PlanSendPreview extends SendOncePreview<Addressee, Uncertain> {
  readonly doc: PlanDocInfo;
  /** The Doc did not exist and was made by this run. */
  readonly docCreated: boolean;
  readonly withoutEmail: readonly string[];
  readonly invalid: readonly string[];
}

export interface PlanSendResult extends MailBatchResult<Addressee> {
  readonly doc: PlanDocInfo;
  /** The Doc could not be shared with them (they still get the PDF). */
  readonly notShared: readonly Addressee[];
  readonly uncertain: readonly Uncertain[];
}

/** One address per message (see src/gas/send-plan.ts): each takes one recipient from the quota. */
export function planMessageCost(): number {
  return 1;
}

function who(a: Addressee): string {
  return `${a.name} <${a.email}>`;
}

function bullets(list: readonly Addressee[]): string {
  return list.map((a) => `- ${who(a)}`).join('\n');
}

function uncertainNote(list: readonly Uncertain[]): string {
  if (list.length === 0) return '';
  const each = list.map((u) => `${who(u)} (${quoteList(u.statuses)})`).join(', ');
  return (
    `Có ${list.length} người nhận mà tab ${TAB.sendLog} ghi trạng thái không phải "${STATUS_SENT}" và cũng không báo lỗi: ` +
    `${each}. Có thể họ đã nhận, nên không gửi lại. Nếu chắc chắn ai chưa nhận được, hãy sửa trạng thái ở dòng của ` +
    `người đó thành "${STATUS_RESEND}" rồi chạy lại chức năng này.`
  );
}

function otherNotes(p: PlanSendPreview): string[] {
  return [
    p.alreadySent.length > 0 && p.toSend.length + p.uncertain.length > 0
      ? `Đã nhận bản kế hoạch này trước đây (không gửi lại): ${p.alreadySent.length} nơi nhận.`
      : '',
    uncertainNote(p.uncertain),
    p.withoutEmail.length > 0
      ? `Nơi nhận chưa có email trong tab ${TAB.settings} (không gửi): ${p.withoutEmail.join('; ')}.`
      : '',
    p.invalid.length > 0
      ? `Email không hợp lệ trong tab ${TAB.settings} (không gửi, hãy sửa): ${p.invalid.join('; ')}.`
      : '',
  ].filter(Boolean);
}

/** How many of the pending recipients fit in today's quota. */
export function addresseesFitToday(p: PlanSendPreview): number {
  return fitsToday(p, planMessageCost);
}

/** The answer when the secretary says no to the question before sending. */
export const PLAN_SEND_DECLINED = 'Chưa gửi thư nào.';

/** The question asked before sending (Ui alert YES_NO). */
export function describePreview(p: PlanSendPreview): string {
  const fit = addresseesFitToday(p);
  const lines = [
    p.docCreated
      ? `Chưa có bản Google Doc của kế hoạch: đã tạo "${p.doc.name}" (${p.doc.url}).`
      : `Bản kế hoạch sẽ gửi: "${p.doc.name}", tạo lúc ${p.doc.time}${p.doc.version > 1 ? ` (lần ${p.doc.version})` : ''}.`,
    `Gửi kế hoạch (tệp PDF đính kèm và liên kết xem) cho ${p.toSend.length} nơi nhận:`,
    bullets(p.toSend),
    fit < p.toSend.length
      ? `Hạn mức gửi thư hôm nay của tài khoản chỉ còn ${p.quota} người nhận: lần này gửi ${fit}, ${p.toSend.length - fit} nơi nhận còn lại gửi vào ngày mai (chạy lại chức năng này).`
      : '',
    ...otherNotes(p),
    'Gửi ngay?',
  ];
  return lines.filter(Boolean).join('\n');
}

/** What to say when there is nobody to send to (no question asked). */
export function describeNothingToSend(p: PlanSendPreview): string {
  const total = p.toSend.length + p.alreadySent.length + p.uncertain.length;
  const head =
    total === 0
      ? `Tab ${TAB.settings} chưa có nơi nhận nào có email: không có thư nào để gửi. Hãy nhập email trong bảng Nơi nhận.`
      : p.toSend.length === 0
        ? `Kế hoạch "${p.doc.name}" đã được gửi cho mọi nơi nhận có email (xem tab ${TAB.sendLog}): không gửi lại.`
        : `Hạn mức gửi thư hôm nay của tài khoản đã hết: chưa gửi cho ${p.toSend.length} nơi nhận. Hãy chạy lại chức năng này vào ngày mai.`;
  return [head, ...otherNotes(p)].join('\n');
}

export function describePlanSend(r: PlanSendResult): string {
  const lines = [
    r.sent.length > 0
      ? `Đã gửi kế hoạch "${r.doc.name}" cho ${r.sent.length} nơi nhận:\n${bullets(r.sent)}`
      : `Chưa gửi được kế hoạch "${r.doc.name}" cho nơi nhận nào.`,
    r.failed.length > 0
      ? `Gửi lỗi ${r.failed.length} thư (sẽ gửi lại khi chạy lại chức năng này):\n${failureLines(r.failed, who)}`
      : '',
    r.later.length > 0
      ? `Còn ${r.later.length} nơi nhận chưa gửi vì đã hết hạn mức gửi thư hôm nay: ${r.later.map(who).join(', ')}. Hãy chạy lại "${MENU.sendPlan.label}" vào ngày mai.`
      : '',
    r.notShared.length > 0
      ? `Không chia sẻ được quyền xem Google Doc cho: ${r.notShared.map(who).join(', ')} (có thể không phải tài khoản Google); họ vẫn nhận tệp PDF đính kèm.`
      : '',
    uncertainNote(r.uncertain),
    `Chi tiết từng thư ở tab ${TAB.sendLog}.`,
  ];
  return lines.filter(Boolean).join('\n');
}
