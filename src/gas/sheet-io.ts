// Batch reads and writes on sheets. Each helper makes a bounded number of service calls whatever
// the size of the data: Apps Script bills by the call, not by the cell.
import { RETIRED_SUFFIX, STAGING_SUFFIX } from '../domain/tab-names';
import { asCells } from './cell-text';
import { errorText } from './errors';
import type { Sheet, Spreadsheet } from './gas-types';
import { HEADER_BACKGROUND } from './style';

/** Grows the grid so that `rows` × `cols` fit: Sheets does not grow it on setValues. */
export function ensureSize(sheet: Sheet, rows: number, cols: number): void {
  const maxRows = sheet.getMaxRows();
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxCols = sheet.getMaxColumns();
  if (maxCols < cols) sheet.insertColumnsAfter(maxCols, cols - maxCols);
}

/** Writes a block of values (made safe as text where they are strings) with one setValues. */
export function writeBlock(
  sheet: Sheet,
  row: number,
  col: number,
  rows: readonly (readonly unknown[])[],
  width?: number,
): void {
  if (rows.length === 0) return;
  const cells = asCells(rows, width);
  if (cells[0].length === 0) return;
  sheet.getRange(row, col, cells.length, cells[0].length).setValues(cells);
}

/**
 * Runs `fn`, then shows the person the tab they were on: insertSheet makes each new tab the active
 * one, and a run that builds tabs must not leave them on a staging or log tab. A tab that `fn`
 * replaced under the same name (Tổng hợp) is found by that name.
 */
export function keepingActiveTab<T>(ss: Spreadsheet, fn: () => T): T {
  const active = ss.getActiveSheet();
  const id = active.getSheetId();
  const name = active.getName();
  try {
    return fn();
  } finally {
    try {
      const back = ss.getSheetById(id) ?? ss.getSheetByName(name);
      if (back) ss.setActiveSheet(back);
    } catch {
      // Only the view is at stake: never let it hide the run's own result or error.
    }
  }
}

/** The link that opens the Sheet on a given tab; the Sheet's URL is read once, whatever the tabs. */
export function tabLinks(ss: Spreadsheet): (sheet: Sheet) => string {
  // A fragment already on the URL would come before the tab's and win over it.
  const base = ss.getUrl().replace(/#.*$/, '');
  return (sheet) => `${base}#gid=${sheet.getSheetId()}`;
}

/** Every value of a tab, in one read ([] for an empty tab). */
export function readAll(sheet: Sheet): unknown[][] {
  const lastRow = sheet.getLastRow();
  const lastCol = sheet.getLastColumn();
  if (lastRow < 1 || lastCol < 1) return [];
  return sheet.getRange(1, 1, lastRow, lastCol).getValues();
}

/** getFormulas() of the block readAll read ([] for an empty tab): one more read. */
export function readFormulas(sheet: Sheet, values: readonly (readonly unknown[])[]): string[][] {
  if (values.length === 0) return [];
  return sheet.getRange(1, 1, values.length, Math.max(values[0].length, 1)).getFormulas();
}

export interface TabBuild {
  readonly name: string;
  readonly build: (sheet: Sheet) => void;
}

/** Builds one tab anew beside the old one and swaps it in only when complete: see replaceSheets. */
export function replaceSheet(ss: Spreadsheet, name: string, build: (sheet: Sheet) => void): Sheet {
  return replaceSheets(ss, [{ name, build }])[0];
}

/**
 * Builds every tab anew beside its old version and swaps them in together only when all are
 * complete (Apps Script has no rollback): until the first old tab is deleted, any failure puts the
 * previous tabs back under their names and removes the staging tabs, so the Sheet is as before.
 * Once an old tab is deleted the new ones stand; a "(bản cũ)" tab that could not be deleted then,
 * or a staging tab that could not be removed after a failure, is deleted by the next run.
 */
export function replaceSheets(ss: Spreadsheet, tabs: readonly TabBuild[]): Sheet[] {
  for (const { name } of tabs) {
    for (const leftover of [name + STAGING_SUFFIX, name + RETIRED_SUFFIX]) {
      const sheet = ss.getSheetByName(leftover);
      if (sheet) ss.deleteSheet(sheet);
    }
  }
  const staged: { name: string; staging: Sheet; old: Sheet | null }[] = [];
  try {
    for (const { name, build } of tabs) {
      const old = ss.getSheetByName(name);
      // insertSheet takes a 0-based index and getIndex is 1-based: the new tab lands right after the old.
      const staging = old
        ? ss.insertSheet(name + STAGING_SUFFIX, old.getIndex())
        : ss.insertSheet(name + STAGING_SUFFIX);
      staged.push({ name, staging, old });
      build(staging);
    }
  } catch (error) {
    discard(
      ss,
      staged.map((s) => s.staging),
    );
    throw error;
  }

  const retired: typeof staged = [];
  const named: typeof staged = [];
  let deleted = 0;
  try {
    // Rename before deleting, so the old content still exists if anything below fails.
    for (const s of staged) {
      if (!s.old) continue;
      s.old.setName(s.name + RETIRED_SUFFIX);
      retired.push(s);
    }
    for (const s of staged) {
      s.staging.setName(s.name);
      named.push(s);
    }
    for (const s of retired) {
      ss.deleteSheet(s.old as Sheet);
      deleted++;
    }
  } catch (error) {
    if (deleted > 0) {
      console.warn(`Old tab left behind, removed by the next run: ${errorText(error)}`);
      return staged.map((s) => s.staging);
    }
    for (const s of named.reverse()) attempt(() => s.staging.setName(s.name + STAGING_SUFFIX));
    for (const s of retired.reverse()) attempt(() => s.old?.setName(s.name));
    discard(
      ss,
      staged.map((s) => s.staging),
    );
    throw error;
  }
  return staged.map((s) => s.staging);
}

/** Deletes tabs made by a failed rebuild; a failure here must not hide the error that caused it. */
function discard(ss: Spreadsheet, sheets: readonly Sheet[]): void {
  for (const sheet of sheets) attempt(() => ss.deleteSheet(sheet));
}

function attempt(fn: () => void): void {
  try {
    fn();
  } catch (error) {
    console.warn(`Cleanup incomplete, finished by the next run: ${errorText(error)}`);
  }
}

/**
 * Protects a whole tab so that only `editors` (give the owner too) can edit it, not warning-only.
 * Until a script changes a new protection's editor list, Google lets everyone who can edit the
 * Sheet keep editing: so the list is always narrowed first (everyone not wanted removed), and only
 * then are the wanted editors added — a failure while adding leaves the tab restricted, never open.
 * Google refuses some addresses (no Google account): those are skipped, the others still added, and
 * the refused ones returned for the message. Changing editors is a slow Drive ACL call, so an
 * existing list that already matches is left alone. The description is written last and marks a
 * protection whose list was set: one that does not carry it yet (a run stopped right after
 * protect()) may still mirror the Sheet's editors, and gets its list set again. `sheetEditors`
 * (the Sheet's editors, read once by a caller protecting many tabs) spares reading a new
 * protection's mirrored list, one address per editor, on every tab.
 */
export function protectSheet(
  sheet: Sheet,
  description: string,
  editors: readonly string[],
  sheetEditors?: readonly string[],
): string[] {
  const existing = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET);
  const found = existing.length > 0 ? existing[0] : null;
  const protection = found ?? sheet.protect();
  const settled = found !== null && found.getDescription() === description;
  if (protection.isWarningOnly()) protection.setWarningOnly(false);
  const wanted = [...new Set(editors.map((e) => e.toLowerCase()).filter(Boolean))];
  const have =
    found === null && sheetEditors
      ? sheetEditors.map((e) => e.toLowerCase())
      : protection.getEditors().map((u) => u.getEmail().toLowerCase());
  const extra = have.filter((e) => !wanted.includes(e));
  if (extra.length > 0) protection.removeEditors(extra);
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
  // An unsettled list is written whole: what it mirrored may not say who was added explicitly.
  const missing = settled ? wanted.filter((e) => !have.includes(e)) : wanted;
  const refused = missing.length > 0 ? addEditorsSkippingRefused(protection, missing) : [];
  if (!settled && refused.length === 0) protection.setDescription(description);
  return refused;
}

/**
 * Adds `emails` in one call; when Google refuses an address in it, one by one, returning those
 * refused. Any other error (a quota, an outage) is thrown, as it is when every address fails.
 */
const ADDRESS_REFUSED = /invalid (e-?mail|user)/i;

function addEditorsSkippingRefused(protection: GoogleAppsScript.Spreadsheet.Protection, emails: string[]): string[] {
  try {
    protection.addEditors(emails);
    return [];
  } catch (error) {
    if (!ADDRESS_REFUSED.test(errorText(error))) throw error;
    const refused: string[] = [];
    for (const email of emails) {
      try {
        protection.addEditor(email);
      } catch {
        refused.push(email);
      }
    }
    if (refused.length === emails.length && emails.length > 1) throw error;
    console.warn(`Protection of ${protection.getDescription() || 'a tab'}: Google refused ${refused.join(', ')}`);
    return refused;
  }
}

/**
 * Makes one of the product's own list tabs (a log, the archive): a bold, shaded, frozen header row,
 * column widths, and protection for `editors`. `writeHeader: false` leaves the header's text to the
 * caller's first write of rows (one write for header and data).
 */
export function createListTab(
  ss: Spreadsheet,
  name: string,
  headers: readonly string[],
  options: { description: string; editors: readonly string[]; widths?: readonly number[]; writeHeader?: boolean },
): Sheet {
  const sheet = ss.insertSheet(name);
  ensureSize(sheet, 2, headers.length);
  if (options.writeHeader !== false) writeBlock(sheet, 1, 1, [[...headers]]);
  sheet.getRange(1, 1, 1, headers.length).setFontWeight('bold').setBackground(HEADER_BACKGROUND);
  sheet.setFrozenRows(1);
  (options.widths ?? []).forEach((w, i) => {
    sheet.setColumnWidth(i + 1, w);
  });
  protectSheet(sheet, options.description, options.editors);
  return sheet;
}
