// The Nhật ký gửi tab: one row per mail the product tried to send (the plan to a recipient, or a
// reminder to a unit), written "đang gửi" before MailApp is called and "đã gửi" or "lỗi: …" after.
// The log is the only memory of what went out: it travels with the workbook, and every decision
// not to send twice is read from it here.
import { civilInZone, isDateValue } from './civil-date';
import { normalizeEmail } from './email';
import type { CivilDate } from './types';
import { collapse, foldVi, nameKey } from './vn-format';

export const SEND_LOG_HEADERS = [
  'Thời gian',
  'Loại',
  'Văn bản',
  'Liên kết',
  'Kỳ',
  'Người nhận',
  'Mã đơn vị',
  'Email',
  'Trạng thái',
  'Người gửi',
] as const;

/** 0-based columns of SEND_LOG_HEADERS. */
export const SEND_LOG_COL = {
  time: 0,
  kind: 1,
  document: 2,
  link: 3,
  period: 4,
  name: 5,
  unitCode: 6,
  email: 7,
  status: 8,
  by: 9,
} as const;

type SendKind = 'plan' | 'reminder' | 'invite';

const SEND_KIND_LABEL: Record<SendKind, string> = {
  plan: 'Kế hoạch',
  reminder: 'Nhắc nộp báo cáo',
  invite: 'Thư mời nhập liệu',
};

export const STATUS_SENDING = 'đang gửi';
export const STATUS_SENT = 'đã gửi';
/** What the secretary types over "đang gửi" when she knows the mail did not arrive. */
export const STATUS_RESEND = 'gửi lại';

/**
 * sent: exactly "đã gửi"; sending: "đang gửi" (the run died after MailApp was called); error: an
 * explicit failure ("lỗi: …", "chưa gửi", "không gửi được"); resend: the secretary's "gửi lại";
 * empty: nothing; other: anything else the secretary typed ("OK", "đã nhận", "đã gửi (đã gọi điện)").
 */
type StatusKind = 'sending' | 'sent' | 'error' | 'resend' | 'empty' | 'other';

export interface SendLogEntry {
  /** 1-based row of the tab. */
  readonly row: number;
  /** The day the row was written, or null when the time cell cannot be read. */
  readonly day: CivilDate | null;
  readonly kind: SendKind | null;
  readonly document: string;
  readonly link: string;
  readonly period: string;
  readonly name: string;
  readonly unitCode: string;
  /** Lower-cased; for a reminder to several people, the addresses joined by ", ". */
  readonly email: string;
  readonly status: StatusKind;
  /** The status as typed, for listing the rows the secretary must decide on. */
  readonly statusText: string;
}

/** What is written for one new row (status "đang gửi"). */
export interface NewSendLogRow {
  readonly time: string;
  readonly kind: SendKind;
  readonly document: string;
  readonly link: string;
  readonly period: string;
  readonly name: string;
  readonly unitCode: string;
  readonly email: string;
  readonly by: string;
}

export function sendLogRow(r: NewSendLogRow): string[] {
  return [
    r.time,
    SEND_KIND_LABEL[r.kind],
    r.document,
    r.link,
    r.period,
    r.name,
    r.unitCode,
    r.email,
    STATUS_SENDING,
    r.by,
  ];
}

const MAX_ERROR_LENGTH = 200;

/** "lỗi: …" on one line, short enough to read in a cell. */
export function errorStatus(message: string): string {
  const text = collapse(message.replace(/[\u0000-\u001F\u007F\u2028\u2029]/g, ' '));
  const short = text.length > MAX_ERROR_LENGTH ? `${text.slice(0, MAX_ERROR_LENGTH - 1)}…` : text;
  return `lỗi: ${short || 'không rõ'}`;
}

function parseStatus(value: unknown): StatusKind {
  const key = foldVi(String(value ?? ''));
  if (key === '') return 'empty';
  if (key === 'da gui') return 'sent';
  if (key === 'dang gui') return 'sending';
  if (key === foldVi(STATUS_RESEND)) return 'resend';
  if (/^(loi|chua gui|khong gui|gui khong duoc|gui loi|that bai)\b/.test(key)) return 'error';
  return 'other';
}

function parseKind(value: unknown): SendKind | null {
  const key = foldVi(String(value ?? ''));
  if (key === foldVi(SEND_KIND_LABEL.plan)) return 'plan';
  if (key === foldVi(SEND_KIND_LABEL.reminder)) return 'reminder';
  if (key === foldVi(SEND_KIND_LABEL.invite)) return 'invite';
  return null;
}

/** "20/06/2023 09:05" as written by the product, or a Date if someone retyped the cell. */
function parseDay(value: unknown, timeZone: string): CivilDate | null {
  if (isDateValue(value)) return civilInZone(value, timeZone);
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(String(value ?? ''));
  return m ? { y: Number(m[3]), m: Number(m[2]), d: Number(m[1]) } : null;
}

function text(value: unknown): string {
  return value === null || value === undefined ? '' : String(value).trim();
}

/** The rows of the tab's values (header first, as getValues gives them); blank rows are skipped. */
export function parseSendLog(values: readonly (readonly unknown[])[], timeZone: string): SendLogEntry[] {
  const C = SEND_LOG_COL;
  const entries: SendLogEntry[] = [];
  values.forEach((row, i) => {
    if (i === 0) return;
    if (row.every((v) => text(v) === '')) return;
    entries.push({
      row: i + 1,
      day: parseDay(row[C.time], timeZone),
      kind: parseKind(row[C.kind]),
      document: text(row[C.document]),
      link: text(row[C.link]),
      period: text(row[C.period]),
      name: text(row[C.name]),
      unitCode: text(row[C.unitCode]),
      email: normalizeEmail(text(row[C.email])),
      status: parseStatus(row[C.status]),
      statusText: text(row[C.status]),
    });
  });
  return entries;
}

/**
 * The id inside a Google Docs link ("…/document/d/<id>/edit" or "…/open?id=<id>"), so that two
 * spellings of the same Doc's link match; any other text is compared as it is.
 */
export function documentKey(link: string): string {
  const t = link.trim();
  const m = /\/d\/([A-Za-z0-9_-]{10,})/.exec(t) ?? /[?&]id=([A-Za-z0-9_-]{10,})/.exec(t);
  return m ? m[1] : t;
}

/**
 * sent: a row says "đã gửi"; uncertain: a row says anything else that is not a failure ("đang gửi":
 * the run died after MailApp was called; a note the secretary typed, "OK", "đã nhận"): the mail may
 * have left, so it is never resent without the secretary; pending: never tried, or every try is
 * blank, failed ("lỗi: …") or marked "gửi lại" by the secretary.
 */
export type DeliveryState = 'sent' | 'uncertain' | 'pending';

/** What was sent: the plan's reference ("Kế hoạch số 42/KH-BCĐ ngày 10/03/2023") and its Doc. */
export interface SentPlan {
  readonly reference: string;
  readonly link: string;
}

/** The log's "Văn bản" for a plan: its reference first, so that a later Doc of the same plan matches. */
export function planLogDocument(plan: SentPlan, docName: string): string {
  return plan.reference ? `${plan.reference}: ${docName}` : docName;
}

/** Whether a plan row of the log is about this plan: the same plan reference, or the same Doc. */
function samePlan(e: SendLogEntry, plan: SentPlan): boolean {
  if (documentKey(e.link) === documentKey(plan.link)) return true;
  // "Kế hoạch" alone (no number, no date) names no particular plan.
  const ref = foldVi(plan.reference);
  if (ref === '' || ref === foldVi('Kế hoạch')) return false;
  const doc = foldVi(e.document);
  return doc === ref || doc.startsWith(`${ref} `);
}

/** "đang gửi" or a status typed by hand: the mail may have left (see DeliveryState). */
function mayHaveLeft(e: SendLogEntry): boolean {
  return e.status === 'sending' || e.status === 'other';
}

function deliveryState(entries: readonly SendLogEntry[], matches: (e: SendLogEntry) => boolean): DeliveryState {
  let state: DeliveryState = 'pending';
  for (const e of entries) {
    if (!matches(e)) continue;
    if (e.status === 'sent') return 'sent';
    if (mayHaveLeft(e)) state = 'uncertain';
  }
  return state;
}

/** Whether a row of the log is this plan sent to `email`. */
function isPlanRow(plan: SentPlan, email: string): (e: SendLogEntry) => boolean {
  const address = normalizeEmail(email);
  return (e) => e.kind === 'plan' && e.email === address && samePlan(e, plan);
}

export function planDeliveryState(entries: readonly SendLogEntry[], plan: SentPlan, email: string): DeliveryState {
  return deliveryState(entries, isPlanRow(plan, email));
}

/** The log rows behind an uncertain state, for the secretary: row and status as typed. */
export function uncertainRows(entries: readonly SendLogEntry[], plan: SentPlan, email: string): SendLogEntry[] {
  const matches = isPlanRow(plan, email);
  return entries.filter((e) => matches(e) && mayHaveLeft(e));
}

/**
 * Whether the unit was invited for the period (keyed by the unit's code and the period's label:
 * a unit is invited once a period, whatever addresses it had then).
 */
export function inviteDeliveryState(
  entries: readonly SendLogEntry[],
  unitCode: string,
  periodLabel: string,
): DeliveryState {
  const code = nameKey(unitCode);
  const period = nameKey(periodLabel);
  return deliveryState(
    entries,
    (e) => e.kind === 'invite' && nameKey(e.unitCode) === code && nameKey(e.period) === period,
  );
}

/**
 * The log row that shows the unit was reminded (or may have been: "đang gửi") on `day`, or null.
 * At most one reminder per unit per day, whatever the period and whoever sent it.
 */
export function reminderOn(entries: readonly SendLogEntry[], unitCode: string, day: CivilDate): SendLogEntry | null {
  const code = nameKey(unitCode);
  for (const e of entries) {
    if (e.kind !== 'reminder' || nameKey(e.unitCode) !== code || !e.day) continue;
    if (e.day.y !== day.y || e.day.m !== day.m || e.day.d !== day.d) continue;
    if (e.status === 'sent' || mayHaveLeft(e)) return e;
  }
  return null;
}
