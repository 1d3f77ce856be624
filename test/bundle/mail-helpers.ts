// Shared by the plan, send and reminder bundle tests: the sample commune set up through the menu, and
// readers for the tabs and mails a person would look at. Expected values are typed from the issue.
import type { SentMail } from '../../local/emulator/mail';
import type { SheetImpl } from '../../local/emulator/spreadsheet';
import { newScenario, type Scenario, setUpSample } from '../../local/tools/scenario';
import { SAMPLE_SETTINGS } from '../../src/domain/sample';
import type { Settings } from '../../src/domain/types';

export const PLAN_TAB = 'Kế hoạch';
export const SEND_LOG_TAB = 'Nhật ký gửi';
export const REPORT_LOG_TAB = 'Nhật ký báo cáo';

/** The sample commune's Nơi nhận that have an address, in the plan's order (SAMPLE_SETTINGS). */
export const SAMPLE_RECIPIENT_EMAILS = [
  'vpdp.huuluong@example.com',
  'danguy.minhtien@example.com',
  'ubnd.minhtien@example.com',
  'bcd.minhtien@example.com',
  'cacxa.huuluong@example.com',
];

export type Outcome<T> = { ok: true; value: T } | { ok: false; message: string };

/** A Sheet set up for the sample commune (2023) through the menu, with the settings changed if asked. */
export function setUp(now: string, change?: (s: Settings) => Settings): { s: Scenario; settings: Settings } {
  const s = newScenario({ now: new Date(now) });
  const wanted = change ? change({ ...SAMPLE_SETTINGS, year: 2023 }) : undefined;
  return { s, settings: setUpSample(s, 2023, wanted) };
}

/** The values of a tab, as a person reads them (header first). */
export function tabValues(sheet: SheetImpl): unknown[][] {
  const lastRow = sheet.getLastRow();
  const lastCol = sheet.getLastColumn();
  if (lastRow === 0) return [];
  return sheet.getRange(1, 1, lastRow, lastCol).getValues();
}

/** The send log as objects keyed by its header. */
export function sendLog(s: Scenario): Record<string, string>[] {
  const sheet = s.ss.getSheetByName(SEND_LOG_TAB);
  if (!sheet) return [];
  const [header, ...rows] = tabValues(sheet);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), String(r[i])])));
}

/** Every address a mail went to (to, cc, bcc). */
export function recipientsOf(mail: SentMail): string[] {
  return [...mail.to, ...mail.cc, ...mail.bcc];
}

/** How many mails each address got. */
export function mailsPerAddress(s: Scenario): Record<string, number> {
  const count: Record<string, number> = {};
  for (const m of s.ws.mail.sent) for (const a of recipientsOf(m)) count[a] = (count[a] ?? 0) + 1;
  return count;
}

export function answer(s: Scenario, button: 'YES' | 'NO'): void {
  s.ws.ui.answers.push({ button });
}

/** The messages of the alerts shown since `from`. */
export function alertsSince(s: Scenario, from: number): string[] {
  return s.ws.ui.shown.slice(from).map((a) => a.message);
}
