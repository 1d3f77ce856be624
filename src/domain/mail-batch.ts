// What the three mail senders (Gửi thư mời nhập liệu, Nhắc nộp báo cáo, Gửi kế hoạch qua Gmail)
// share: MailApp's daily quota counts recipients, not messages, and one message may carry at most
// 50 of them; a run sends what the quota covers, in order, and leaves the rest for tomorrow. Each
// sender's own words stay in its own text module.
import type { DeliveryState } from './send-log';

/** MailApp's limit; a unit with more addresses than this gets the first 50. */
const MAX_RECIPIENTS_PER_MESSAGE = 50;

/** Who one message goes to: the first 50 of `emails`. */
export function messageTo(emails: readonly string[]): string[] {
  return emails.slice(0, MAX_RECIPIENTS_PER_MESSAGE);
}

/** Recipients one message to a unit takes from the daily quota. */
export function unitMessageCost(item: { readonly address: { readonly emails: readonly string[] } }): number {
  return messageTo(item.address.emails).length;
}

/** Picks from the front of `items` while their total cost fits in `quota`. */
export function fitQuota<T>(items: readonly T[], cost: (item: T) => number, quota: number): { now: T[]; later: T[] } {
  const now: T[] = [];
  const later: T[] = [];
  let left = Math.max(0, quota);
  for (const item of items) {
    const c = cost(item);
    if (later.length === 0 && c <= left) {
      now.push(item);
      left -= c;
    } else later.push(item);
  }
  return { now, later };
}

/** The part of a sender's question before sending that every sender has. */
export interface MailBatchPreview<T> {
  /** Who would get a mail now, in order. */
  readonly toSend: readonly T[];
  /** The recipients today's mail quota still allowed when the preview was made. */
  readonly quota: number;
}

/** How many of `p.toSend`, in order, today's quota covers. */
export function fitsToday<T>(p: MailBatchPreview<T>, cost: (item: T) => number): number {
  return fitQuota(p.toSend, cost, p.quota).now.length;
}

/**
 * A preview of mail sent once only (an invitation per unit and period, the plan per recipient and
 * edition), sorted by what the log says of each: toSend, never reached (no row, failed, or marked
 * "gửi lại"); alreadySent, "đã gửi", not sent again; uncertain, "đang gửi" or a status typed by hand,
 * may have received it, so not resent without the secretary.
 */
export interface SendOncePreview<T, U = T> extends MailBatchPreview<T> {
  readonly alreadySent: readonly T[];
  readonly uncertain: readonly U[];
}

/** Sorts `items` by their state in the log; `asUncertain` adds what the secretary is told of an uncertain one. */
export function byDeliveryState<T, U>(
  items: readonly T[],
  state: (item: T) => DeliveryState,
  asUncertain: (item: T) => U,
): { toSend: T[]; alreadySent: T[]; uncertain: U[] } {
  const toSend: T[] = [];
  const alreadySent: T[] = [];
  const uncertain: U[] = [];
  for (const item of items) {
    const s = state(item);
    if (s === 'sent') alreadySent.push(item);
    else if (s === 'uncertain') uncertain.push(asUncertain(item));
    else toSend.push(item);
  }
  return { toSend, alreadySent, uncertain };
}

export interface MailFailure<T> {
  readonly recipient: T;
  /** Why MailApp refused, as explained to the secretary. */
  readonly message: string;
}

/** "- Hội Nông dân: …" a line each, with the first line of why MailApp refused. */
export function failureLines<T>(failed: readonly MailFailure<T>[], who: (recipient: T) => string): string {
  return failed.map((f) => `- ${who(f.recipient)}: ${f.message.split('\n')[0]}`).join('\n');
}

/** "Hội Nông dân, Đoàn Thanh niên": the units of a list, as a sender's message names them. */
export function unitNames(list: readonly { readonly unit: { readonly name: string } }[]): string {
  return list.map((i) => i.unit.name).join(', ');
}

/** What a run did with each item it was given. */
export interface MailBatchResult<T> {
  readonly sent: readonly T[];
  readonly failed: readonly MailFailure<T>[];
  /** Not sent: the daily quota ran out; they go with the next run. */
  readonly later: readonly T[];
}
