// Batch reads and writes on sheets. Each helper makes a bounded number of service calls whatever
// the size of the data: Apps Script bills by the call, not by the cell.
import { asCells } from './cell-text';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

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

/** Every value of a tab, in one read ([] for an empty tab). */
export function readAll(sheet: Sheet): unknown[][] {
  const lastRow = sheet.getLastRow();
  const lastCol = sheet.getLastColumn();
  if (lastRow < 1 || lastCol < 1) return [];
  return sheet.getRange(1, 1, lastRow, lastCol).getValues();
}

/**
 * Builds a tab anew beside the old one and swaps it in only when complete: a failure in the middle
 * leaves the previous version untouched (Apps Script has no rollback).
 */
export function replaceSheet(ss: Spreadsheet, name: string, build: (sheet: Sheet) => void): Sheet {
  const stagingName = `${name} (đang tạo)`;
  const leftover = ss.getSheetByName(stagingName);
  if (leftover) ss.deleteSheet(leftover);
  const old = ss.getSheetByName(name);
  const staging = old ? ss.insertSheet(stagingName, old.getIndex()) : ss.insertSheet(stagingName);
  try {
    build(staging);
  } catch (error) {
    ss.deleteSheet(staging);
    throw error;
  }
  if (old) {
    // Rename before deleting, so the old content still exists if anything below fails.
    old.setName(`${name} (bản cũ)`);
    staging.setName(name);
    ss.deleteSheet(old);
  } else {
    staging.setName(name);
  }
  return staging;
}

/**
 * Protects a whole tab so that only `editors` (give the owner too) can edit it, not warning-only.
 * Until a script changes a new protection's editor list, Google lets everyone who can edit the
 * Sheet keep editing: so the list is always set explicitly.
 */
export function protectSheet(sheet: Sheet, description: string, editors: readonly string[]): void {
  const existing = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET);
  const protection = existing.length > 0 ? existing[0] : sheet.protect();
  protection.setDescription(description);
  if (protection.isWarningOnly()) protection.setWarningOnly(false);
  const wanted = [...new Set(editors.map((e) => e.toLowerCase()).filter(Boolean))];
  protection.addEditors(wanted);
  const extra = protection
    .getEditors()
    .map((u) => u.getEmail().toLowerCase())
    .filter((e) => !wanted.includes(e));
  if (extra.length > 0) protection.removeEditors(extra);
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
}
