// Writes a pure SheetLayout (domain/summary-sheet.ts) onto a tab in a fixed number of calls:
// one setValues, one RangeList per style, one RangeList per number format, one call per run of
// equal column widths.
import type { SheetLayout } from '../domain/summary-sheet';
import { columnLetter } from '../domain/unit-tab';
import type { Sheet } from './gas-types';
import { ensureSize, writeBlock } from './sheet-io';

const HEADER_BACKGROUND = '#d9ead3';

/** Column widths (px) of the Tổng hợp and Kiểm tra tabs. */
export const SUMMARY_COLUMN_WIDTHS = [260, 150, 110, 110, 110, 120, 120, 120, 130, 90, 130];
export const CHECK_COLUMN_WIDTHS = [180, 70, 200, 100, 420, 110, 110, 110, 110];

function rowRanges(rows: readonly number[], width: number): string[] {
  const last = columnLetter(width);
  return rows.map((r) => `A${r}:${last}${r}`);
}

export function writeLayout(sheet: Sheet, layout: SheetLayout, columnWidths: readonly number[]): void {
  const { values, width } = layout;
  ensureSize(sheet, Math.max(values.length, 1), width);
  writeBlock(sheet, 1, 1, values, width);
  const bold = rowRanges(
    [...layout.titleRows, ...layout.sectionRows, ...layout.headerRows, ...layout.totalRows],
    width,
  );
  if (bold.length > 0) sheet.getRangeList(bold).setFontWeight('bold');
  if (layout.titleRows.length > 0) sheet.getRangeList(rowRanges(layout.titleRows, 1)).setFontSize(13);
  if (layout.headerRows.length > 0) {
    sheet.getRangeList(rowRanges(layout.headerRows, width)).setBackground(HEADER_BACKGROUND).setWrap(true);
  }
  const byPattern = new Map<string, string[]>();
  for (const block of layout.numberFormats) {
    const a1 = `${columnLetter(block.col)}${block.row}:${columnLetter(block.col + block.numCols - 1)}${block.row + block.numRows - 1}`;
    byPattern.set(block.pattern, [...(byPattern.get(block.pattern) ?? []), a1]);
  }
  for (const [pattern, ranges] of byPattern) sheet.getRangeList(ranges).setNumberFormat(pattern);
  // One call per run of equal widths rather than one per column.
  const widths = columnWidths.slice(0, width);
  for (let start = 0; start < widths.length; ) {
    let end = start + 1;
    while (end < widths.length && widths[end] === widths[start]) end++;
    sheet.setColumnWidths(start + 1, end - start, widths[start]);
    start = end;
  }
}
