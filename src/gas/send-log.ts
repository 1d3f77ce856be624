// The Nhật ký gửi tab and the one loop that sends mail. Every mail is preceded by a "đang gửi" row,
// flushed to the Sheet before MailApp is called, and followed by "đã gửi" or "lỗi: …". If the
// execution dies between the two writes (6-minute limit, a Google outage), the row stays "đang gửi":
// the next run does not resend it but names it to the secretary. The caller holds the document lock.

import { fitQuota, type MailBatchResult, type MailFailure } from '../domain/mail-batch';
import {
  errorStatus,
  type NewSendLogRow,
  parseSendLog,
  SEND_LOG_COL,
  SEND_LOG_HEADERS,
  type SendLogEntry,
  STATUS_SENT,
  sendLogRow,
} from '../domain/send-log';
import { SECRETARY_TAB_PROTECTION, TAB } from '../domain/tab-names';
import { errorText, explain } from './errors';
import type { Sheet, Spreadsheet } from './gas-types';
import { createListTab, ensureSize, readAll, writeBlock } from './sheet-io';

const WIDTHS = [120, 130, 260, 220, 140, 220, 90, 240, 200, 200];

/** The log as it is now ([] when the tab does not exist yet). */
export function readSendLog(ss: Spreadsheet): SendLogEntry[] {
  const sheet = ss.getSheetByName(TAB.sendLog);
  return sheet ? parseSendLog(readAll(sheet), ss.getSpreadsheetTimeZone()) : [];
}

function logSheet(ss: Spreadsheet, secretaries: readonly string[]): Sheet {
  return (
    ss.getSheetByName(TAB.sendLog) ??
    // Only the secretary may change it: a unit editing a status could make the product resend.
    createListTab(ss, TAB.sendLog, SEND_LOG_HEADERS, {
      description: SECRETARY_TAB_PROTECTION[TAB.sendLog],
      editors: secretaries,
      widths: WIDTHS,
    })
  );
}

export interface SendAttempt<T> {
  /** What the mail is for (a unit, an addressee): the run's result names it. */
  readonly item: T;
  readonly log: NewSendLogRow;
  /** Calls MailApp; throws what MailApp throws. */
  readonly send: () => void;
  /** How many recipients the message costs from the daily quota. */
  readonly cost: number;
}

const QUOTA_ERROR = /too many times for one day: email|email quota|daily.*quota/i;

/** The front of `items` that today's remaining mail quota covers (`now`), and the rest (`later`). */
export function todaysBatch<T>(items: readonly T[], cost: (item: T) => number): { now: T[]; later: T[] } {
  return fitQuota(items, cost, MailApp.getRemainingDailyQuota());
}

/**
 * Sends each attempt in order, logging it. A refused message is logged "lỗi: …" and the run goes on;
 * a quota error stops it (what is left waits for tomorrow). A failure to write the log is not
 * caught: sending on without a log would be sending blind. The last status reaches the Sheet when
 * the caller's document lock is released (withDocumentLock flushes then).
 */
export function sendWithLog<T>(
  ss: Spreadsheet,
  secretaries: readonly string[],
  attempts: readonly SendAttempt<T>[],
): MailBatchResult<T> {
  const sent: T[] = [];
  const failed: MailFailure<T>[] = [];
  // Not tried: the daily quota ran out during the run.
  const later: T[] = [];
  if (attempts.length === 0) return { sent, failed, later };
  const sheet = logSheet(ss, secretaries);
  let row = sheet.getLastRow() + 1;
  ensureSize(sheet, row + attempts.length - 1, SEND_LOG_HEADERS.length);
  const statusCol = SEND_LOG_COL.status + 1;
  let stopped = false;
  for (const attempt of attempts) {
    if (stopped) {
      later.push(attempt.item);
      continue;
    }
    writeBlock(sheet, row, 1, [sendLogRow(attempt.log)]);
    // The mark must be in the Sheet before the mail leaves, not in Apps Script's write buffer.
    SpreadsheetApp.flush();
    let error: unknown = null;
    try {
      attempt.send();
    } catch (e) {
      error = e;
    }
    if (error === null) {
      writeBlock(sheet, row, statusCol, [[STATUS_SENT]]);
      sent.push(attempt.item);
    } else {
      const message = explain(error);
      writeBlock(sheet, row, statusCol, [[errorStatus(message)]]);
      failed.push({ recipient: attempt.item, message });
      if (QUOTA_ERROR.test(errorText(error))) stopped = true;
    }
    row += 1;
  }
  return { sent, failed, later };
}
