// The Nhật ký báo cáo tab: every Doc the product made (report or plan), its link, period and
// version, and which one is current. Regenerating makes a new version; the log says which is used.
import { SECRETARY_TAB_PROTECTION, TAB } from '../domain/tab-names';
import { nameKey } from '../domain/vn-format';
import type { Sheet, Spreadsheet } from './gas-types';
import { createListTab, ensureSize, readAll, writeBlock } from './sheet-io';

const DOC_LOG_HEADERS = [
  'Thời gian',
  'Loại văn bản',
  'Kỳ',
  'Lần',
  'Tên văn bản',
  'Liên kết',
  'Chia sẻ (chỉ xem) với',
  'Người tạo',
  'Bản hiện hành',
] as const;

type DocLogHeader = (typeof DOC_LOG_HEADERS)[number];

/** A column's 0-based index, by its header. */
function col(header: DocLogHeader): number {
  return DOC_LOG_HEADERS.indexOf(header);
}

const CURRENT = 'Đang dùng';
const SUPERSEDED = 'Đã thay';

export interface DocLogEntry {
  readonly time: string;
  readonly kind: string;
  readonly period: string;
  readonly name: string;
  readonly url: string;
  readonly sharedWith: readonly string[];
  readonly by: string;
  /** From nextVersion(), read before the Doc was made so that its name can say it. */
  readonly version: number;
}

function logSheet(ss: Spreadsheet, secretaries: readonly string[]): Sheet {
  return (
    ss.getSheetByName(TAB.reportLog) ??
    createListTab(ss, TAB.reportLog, DOC_LOG_HEADERS, {
      description: SECRETARY_TAB_PROTECTION[TAB.reportLog],
      editors: secretaries,
    })
  );
}

const text = (r: readonly unknown[], header: DocLogHeader) => String(r[col(header)] ?? '');

/** The log's rows under its header, in one read ([] when the tab does not exist yet). */
export function readDocLog(ss: Spreadsheet): unknown[][] {
  const sheet = ss.getSheetByName(TAB.reportLog);
  return sheet ? readAll(sheet).slice(1) : [];
}

/** Whether a log row is of this kind of document and this period. */
function sameDocument(kind: string, period: string): (r: readonly unknown[]) => boolean {
  return (r) => nameKey(text(r, 'Loại văn bản')) === nameKey(kind) && nameKey(text(r, 'Kỳ')) === nameKey(period);
}

/** The version the next Doc of this kind and period will be (1 for the first). */
export function nextVersion(ss: Spreadsheet, kind: string, period: string): number {
  return readDocLog(ss).filter(sameDocument(kind, period)).length + 1;
}

/** Appends the entry as the current version and marks earlier ones of the same kind and period. */
export function logDocument(ss: Spreadsheet, entry: DocLogEntry, secretaries: readonly string[]): void {
  const sheet = logSheet(ss, secretaries);
  const rows = readAll(sheet).slice(1);
  const same = sameDocument(entry.kind, entry.period);
  ensureSize(sheet, rows.length + 2, DOC_LOG_HEADERS.length);
  if (rows.length > 0) {
    const status = rows.map((r) => [same(r) ? SUPERSEDED : text(r, 'Bản hiện hành')]);
    writeBlock(sheet, 2, col('Bản hiện hành') + 1, status);
  }
  writeBlock(sheet, rows.length + 2, 1, [
    [
      entry.time,
      entry.kind,
      entry.period,
      entry.version,
      entry.name,
      entry.url,
      entry.sharedWith.join(', '),
      entry.by,
      CURRENT,
    ],
  ]);
}

/** A Doc as Nhật ký báo cáo records it. */
export interface LoggedDoc {
  readonly name: string;
  readonly url: string;
  /** As read: a Date when Sheets took the logged time for one, else its text. */
  readonly time: unknown;
  readonly version: number;
}

/**
 * The last Doc of this kind (and of this period, when given) logged with a link in `rows` (as
 * readDocLog read them); null when there is none.
 */
export function latestDoc(rows: readonly (readonly unknown[])[], kind: string, period?: string): LoggedDoc | null {
  const wanted = (r: readonly unknown[]) =>
    nameKey(text(r, 'Loại văn bản')) === nameKey(kind) &&
    (period === undefined || nameKey(text(r, 'Kỳ')) === nameKey(period));
  for (let i = rows.length - 1; i >= 0; i--) {
    const r = rows[i];
    const url = text(r, 'Liên kết').trim();
    if (!url || !wanted(r)) continue;
    return { name: text(r, 'Tên văn bản').trim(), url, time: r[col('Thời gian')], version: Number(r[col('Lần')]) || 1 };
  }
  return null;
}
