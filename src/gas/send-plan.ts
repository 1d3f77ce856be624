// Gửi kế hoạch qua Gmail: the current plan Doc (made first if there is none) goes to every Nơi nhận
// with an address, one message per address, as a PDF attachment and a view-only link. What the
// log says was sent is never sent again for the same plan (its number and date, or the same Doc);
// a row that is neither blank nor a failure ("đang gửi", "OK", "đã nhận") is shown to the
// secretary instead of being resent.
//
// One address per message: the log is then exact per recipient, a refused address fails only its
// own message, and no recipient sees the others' addresses. It costs the same quota (MailApp counts
// recipients, not messages) and stays far below the 50 recipients a message may carry.

import { planReference } from '../domain/doc-text';
import { type Addressee, planAudience } from '../domain/mail-recipients';
import { planMail } from '../domain/mail-text';
import {
  documentKey,
  fitQuota,
  planDeliveryState,
  planLogDocument,
  type SendLogEntry,
  type SentPlan,
  STATUS_RESEND,
  STATUS_SENT,
  uncertainRows,
} from '../domain/send-log';
import { TAB } from '../domain/tab-names';
import type { Settings } from '../domain/types';
import { formatDateTime } from '../domain/vn-format';
import { shareViewOnly } from './doc-share';
import { UserError } from './errors';
import { withDocumentLock } from './lock';
import { ownerEmail, secretaryEditors } from './owner';
import { createPlan, currentPlanDoc, type PlanDocInfo, planPeriodLabel } from './plan';
import { readSendLog, type SendAttempt, sendWithLog } from './send-log';
import { readSettings } from './settings-tab';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const PDF = 'application/pdf';

export interface PlanSendPreview {
  readonly doc: PlanDocInfo;
  /** The Doc did not exist and was made by this run. */
  readonly docCreated: boolean;
  /** Not yet sent, in the order of Nơi nhận. */
  readonly toSend: readonly Addressee[];
  readonly alreadySent: readonly Addressee[];
  /** Logged "đang gửi" or with a status typed by hand: may have received it; not resent. */
  readonly uncertain: readonly Uncertain[];
  readonly withoutEmail: readonly string[];
  readonly invalid: readonly string[];
  /** MailApp.getRemainingDailyQuota() when the preview was made. */
  readonly quota: number;
}

export type PlanSendStart =
  | { readonly tabCreated: true }
  | { readonly tabCreated: false; readonly preview: PlanSendPreview };

/** A recipient the log shows as maybe reached, with the statuses its rows carry. */
export type Uncertain = Addressee & { readonly statuses: readonly string[] };

/** What was sent, as the log keys it: the plan's number and date, and its Doc. */
function sentPlan(settings: Settings, doc: PlanDocInfo): SentPlan {
  return { reference: planReference(settings), link: doc.url };
}

function classify(entries: readonly SendLogEntry[], plan: SentPlan, addressees: readonly Addressee[]) {
  const toSend: Addressee[] = [];
  const alreadySent: Addressee[] = [];
  const uncertain: Uncertain[] = [];
  for (const a of addressees) {
    const state = planDeliveryState(entries, plan, a.email);
    if (state === 'sent') alreadySent.push(a);
    else if (state === 'uncertain') {
      const statuses = uncertainRows(entries, plan, a.email).map((e) => e.statusText);
      uncertain.push({ ...a, statuses: [...new Set(statuses)] });
    } else toSend.push(a);
  }
  return { toSend, alreadySent, uncertain };
}

/** Finds (or makes) the current plan Doc and works out who would receive it now. Sends nothing. */
export function previewPlanSend(ss: Spreadsheet, now: Date, user: string): PlanSendStart {
  const { settings } = readSettings(ss);
  let doc = currentPlanDoc(ss, settings);
  let docCreated = false;
  if (!doc) {
    const made = createPlan(ss, now, user);
    if (made.tabCreated) return { tabCreated: true };
    doc = made.doc;
    docCreated = true;
  }
  const audience = planAudience(settings);
  return {
    tabCreated: false,
    preview: {
      doc,
      docCreated,
      ...classify(readSendLog(ss), sentPlan(settings, doc), audience.addressees),
      withoutEmail: audience.withoutEmail,
      invalid: audience.invalid,
      quota: MailApp.getRemainingDailyQuota(),
    },
  };
}

function who(a: Addressee): string {
  return `${a.name} <${a.email}>`;
}

function bullets(list: readonly Addressee[]): string {
  return list.map((a) => `- ${who(a)}`).join('\n');
}

export function uncertainNote(list: readonly Uncertain[]): string {
  if (list.length === 0) return '';
  const each = list.map((u) => `${who(u)} (${u.statuses.map((t) => `"${t}"`).join(', ')})`).join(', ');
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
export function fitsToday(p: PlanSendPreview): number {
  return Math.min(p.toSend.length, Math.max(0, p.quota));
}

/** The question asked before sending (Ui alert YES_NO). */
export function describePreview(p: PlanSendPreview): string {
  const fit = fitsToday(p);
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

export interface PlanSendResult {
  readonly doc: PlanDocInfo;
  readonly sent: readonly Addressee[];
  readonly failed: readonly { readonly addressee: Addressee; readonly message: string }[];
  /** Left for tomorrow: the daily quota did not cover them. */
  readonly later: readonly Addressee[];
  /** The Doc could not be shared with them (they still get the PDF). */
  readonly notShared: readonly Addressee[];
  readonly uncertain: readonly Uncertain[];
}

function openPlan(doc: PlanDocInfo): GoogleAppsScript.Document.Document {
  try {
    return DocumentApp.openById(documentKey(doc.url));
  } catch (_error) {
    throw new UserError(
      `Không mở được bản kế hoạch "${doc.name}" (${doc.url}): có thể tệp đã bị xóa hoặc bạn không còn quyền. Hãy chạy Báo cáo NTM → Tạo kế hoạch (Google Doc) để tạo bản mới, rồi gửi lại.`,
    );
  }
}

/** View-only access to the Doc, so the link in the mail opens; never "anyone with the link". */
function shareView(doc: GoogleAppsScript.Document.Document, list: readonly Addressee[]): Addressee[] {
  const refused = new Set(
    shareViewOnly(
      doc,
      list.map((a) => a.email),
    ),
  );
  return list.filter((a) => refused.has(a.email));
}

/** Sends to the confirmed recipients that are still not sent, as many as today's quota allows. */
export function sendPlan(ss: Spreadsheet, preview: PlanSendPreview, now: Date, user: string): PlanSendResult {
  return withDocumentLock('Gửi kế hoạch qua Gmail', () => {
    const { settings } = readSettings(ss);
    const doc = preview.doc;
    // Another run may have sent some since the question was asked: read the log again.
    const entries = readSendLog(ss);
    const plan = sentPlan(settings, doc);
    const recheck = classify(entries, plan, preview.toSend);
    const toSend = recheck.toSend;
    const uncertain = [...classify(entries, plan, preview.uncertain).uncertain, ...recheck.uncertain];
    const { now: batch, later } = fitQuota(toSend, () => 1, MailApp.getRemainingDailyQuota());
    if (batch.length === 0) return { doc, sent: [], failed: [], later, notShared: [], uncertain };

    const file = openPlan(doc);
    const docName = file.getName() || doc.name;
    const pdf = file.getAs(PDF).setName(`${docName}.pdf`);
    const notShared = shareView(file, batch);
    const timeZone = ss.getSpreadsheetTimeZone();
    const period = planPeriodLabel(settings);
    const attempts: SendAttempt[] = batch.map((a) => {
      const mail = planMail(settings, a.name, { name: docName, url: doc.url });
      return {
        cost: 1,
        log: {
          time: formatDateTime(now, timeZone),
          kind: 'plan',
          document: planLogDocument(plan, docName),
          link: doc.url,
          period,
          name: a.name,
          unitCode: '',
          email: a.email,
          by: user,
        },
        send: () =>
          MailApp.sendEmail({
            to: a.email,
            subject: mail.subject,
            body: mail.body,
            htmlBody: mail.htmlBody,
            attachments: [pdf],
          }),
      };
    });
    const outcome = sendWithLog(ss, secretaryEditors(ownerEmail(ss), settings, user), attempts);
    const byEmail = new Map(batch.map((a) => [a.email, a]));
    const back = (email: string) => byEmail.get(email)!;
    return {
      doc,
      sent: outcome.sent.map((l) => back(l.email)),
      failed: outcome.failed.map((f) => ({ addressee: back(f.log.email), message: f.message })),
      later: [...outcome.notTried.map((l) => back(l.email)), ...later],
      notShared,
      uncertain,
    };
  });
}

export function describePlanSend(r: PlanSendResult): string {
  const lines = [
    r.sent.length > 0
      ? `Đã gửi kế hoạch "${r.doc.name}" cho ${r.sent.length} nơi nhận:\n${bullets(r.sent)}`
      : `Chưa gửi được kế hoạch "${r.doc.name}" cho nơi nhận nào.`,
    r.failed.length > 0
      ? `Gửi lỗi ${r.failed.length} thư (sẽ gửi lại khi chạy lại chức năng này):\n${r.failed
          .map((f) => `- ${who(f.addressee)}: ${f.message.split('\n')[0]}`)
          .join('\n')}`
      : '',
    r.later.length > 0
      ? `Còn ${r.later.length} nơi nhận chưa gửi vì đã hết hạn mức gửi thư hôm nay: ${r.later.map(who).join(', ')}. Hãy chạy lại "Gửi kế hoạch qua Gmail" vào ngày mai.`
      : '',
    r.notShared.length > 0
      ? `Không chia sẻ được quyền xem Google Doc cho: ${r.notShared.map(who).join(', ')} (có thể không phải tài khoản Google); họ vẫn nhận tệp PDF đính kèm.`
      : '',
    uncertainNote(r.uncertain),
    `Chi tiết từng thư ở tab ${TAB.sendLog}.`,
  ];
  return lines.filter(Boolean).join('\n');
}
