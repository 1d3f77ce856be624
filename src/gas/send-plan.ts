// Gửi kế hoạch qua Gmail: the current plan Doc (made first if there is none) goes to every Nơi nhận
// with an address, one message per address, as a PDF attachment and a view-only link. What the
// log says was sent is never sent again for the same plan (its number and date, or the same Doc);
// a row that is neither blank nor a failure ("đang gửi", "OK", "đã nhận") is shown to the
// secretary instead of being resent.
//
// One address per message: the log is then exact per recipient, a refused address fails only its
// own message, and no recipient sees the others' addresses. It costs the same quota (MailApp counts
// recipients, not messages) and stays far below the 50 recipients a message may carry.

import type { PlanDocInfo } from '../domain/doc-messages';
import { planReference } from '../domain/doc-text';
import { byDeliveryState } from '../domain/mail-batch';
import { type Addressee, planAudience } from '../domain/mail-recipients';
import { planMail } from '../domain/mail-text';
import { MENU, menuPath } from '../domain/menu-items';
import { type PlanSendPreview, type PlanSendResult, planMessageCost, type Uncertain } from '../domain/plan-send-text';
import { secretaryEditors } from '../domain/secretary';
import {
  documentKey,
  planDeliveryState,
  planLogDocument,
  type SendLogEntry,
  type SentPlan,
  uncertainRows,
} from '../domain/send-log';
import type { Settings } from '../domain/types';
import { formatDateTime } from '../domain/vn-format';
import { shareViewOnly } from './doc-share';
import { UserError } from './errors';
import type { Spreadsheet } from './gas-types';
import { withDocumentLock } from './lock';
import { ownerEmail } from './owner';
import { createPlan, currentPlanDoc, planPeriodLabel } from './plan';
import { readSendLog, type SendAttempt, sendWithLog, todaysBatch } from './send-log';
import { readSettings } from './settings-tab';

const PDF = 'application/pdf';

export type PlanSendStart =
  | { readonly tabCreated: true }
  | { readonly tabCreated: false; readonly preview: PlanSendPreview };

function sentPlan(settings: Settings, doc: PlanDocInfo): SentPlan {
  return { reference: planReference(settings), link: doc.url };
}

function classify(entries: readonly SendLogEntry[], plan: SentPlan, addressees: readonly Addressee[]) {
  return byDeliveryState(
    addressees,
    (a) => planDeliveryState(entries, plan, a.email),
    // Named to the secretary with the statuses its rows carry.
    (a): Uncertain => {
      const statuses = uncertainRows(entries, plan, a.email).map((e) => e.statusText);
      return { ...a, statuses: [...new Set(statuses)] };
    },
  );
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

function openPlan(doc: PlanDocInfo): GoogleAppsScript.Document.Document {
  try {
    return DocumentApp.openById(documentKey(doc.url));
  } catch (_error) {
    throw new UserError(
      `Không mở được bản kế hoạch "${doc.name}" (${doc.url}): có thể tệp đã bị xóa hoặc bạn không còn quyền. Hãy chạy ${menuPath(MENU.createPlan)} để tạo bản mới, rồi gửi lại.`,
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
  return withDocumentLock(MENU.sendPlan, () => {
    const { settings } = readSettings(ss);
    const doc = preview.doc;
    // Another run may have sent some since the question was asked: read the log again.
    const entries = readSendLog(ss);
    const plan = sentPlan(settings, doc);
    const recheck = classify(entries, plan, preview.toSend);
    const toSend = recheck.toSend;
    const uncertain = [...classify(entries, plan, preview.uncertain).uncertain, ...recheck.uncertain];
    const { now: batch, later } = todaysBatch(toSend, planMessageCost);
    if (batch.length === 0) return { doc, sent: [], failed: [], later, notShared: [], uncertain };

    const file = openPlan(doc);
    const docName = file.getName() || doc.name;
    const pdf = file.getAs(PDF).setName(`${docName}.pdf`);
    const notShared = shareView(file, batch);
    const timeZone = ss.getSpreadsheetTimeZone();
    const period = planPeriodLabel(settings);
    const attempts: SendAttempt<Addressee>[] = batch.map((a) => {
      const mail = planMail(settings, a.name, { name: docName, url: doc.url });
      return {
        item: a,
        cost: planMessageCost(),
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
    return { doc, ...outcome, later: [...outcome.later, ...later], notShared, uncertain };
  });
}
