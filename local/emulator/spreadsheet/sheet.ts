// A tab: a fixed grid (1000 × 26 when new) that only grows when rows or columns are inserted,
// with frozen panes, sizes, merges, and the values and formats held in a sparse Grid.
import { GAS_TYPE, gasError, isDate, Unwrappable, unwrap } from '../core';
import { wallClock } from '../wall-clock';
import { type Area, parseA1, refForm, resolveA1, shiftSpan, splitSheet } from './a1';
import { type Cell, Grid, type Style } from './cells';
import { EmbeddedChartBuilderImpl, EmbeddedChartImpl } from './chart';
import type { ProtectionTypeName } from './enums';
import { badSignature, MSG } from './errors';
import { evaluateFormula, type FormulaHost, type Scalar } from './formula';
import { displayValue, isDateFormat, isPlainText } from './number-format';
import { ProtectionImpl } from './protection';
import { RangeImpl } from './range';
import { RangeListImpl } from './range-list';
import { dateToSerial, serialToInstant } from './serial';
import type { SpreadsheetImpl } from './spreadsheet';
import { type Parsed, parseTyped } from './typed-input';
import type { Candidate } from './validation';

const DEFAULT_COLUMN_WIDTH = 100;
const DEFAULT_ROW_HEIGHT = 21;
const MAX_FORMULA_DEPTH = 64;

/** What a write puts into one cell. */
export interface Content {
  readonly v: Scalar;
  readonly f?: string;
  /** A format Sheets gives the cell when its format is still automatic (dates, percentages). */
  readonly autoFormat?: string;
}

export class SheetImpl extends Unwrappable {
  readonly [GAS_TYPE] = 'Sheet';
  readonly grid = new Grid();
  private name: string;
  maxRows = 1000;
  maxCols = 26;
  frozenRows = 0;
  frozenCols = 0;
  hidden = false;
  tabColor: string | null = null;
  readonly colWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  merges: Area[] = [];
  /** Charts inserted into this tab, in the order inserted. */
  charts: EmbeddedChartImpl[] = [];

  constructor(
    readonly ss: SpreadsheetImpl,
    name: string,
    private readonly id: number,
  ) {
    super();
    this.name = name;
  }

  // ---- Node-side helpers ----

  /** The whole grid as an area. */
  full(): Area {
    return { r: 1, c: 1, nr: this.maxRows, nc: this.maxCols };
  }

  guard(area: Area | null): void {
    this.ss.assertCanEdit(this, area);
  }

  /** A cell's value with its formula computed; dates stay serial numbers. */
  computed(r: number, c: number, depth = 0): Scalar {
    const cell = this.grid.get(r, c);
    if (!cell) return '';
    if (cell.f === undefined) return cell.v;
    if (depth > MAX_FORMULA_DEPTH) return '#REF!';
    return evaluateFormula(cell.f, this.formulaHost(depth + 1));
  }

  private formulaHost(depth: number): FormulaHost {
    const resolve = (name: string | null) => (name === null ? this : this.ss.findSheet(name));
    return {
      cell: (name, r, c) => {
        const sheet = resolve(name);
        if (!sheet || r > sheet.maxRows || c > sheet.maxCols) return '#REF!';
        return sheet.computed(r, c, depth);
      },
      range: (name, area) => {
        const sheet = resolve(name);
        if (!sheet || area.r + area.nr - 1 > sheet.maxRows || area.c + area.nc - 1 > sheet.maxCols) return ['#REF!'];
        const out: Scalar[] = [];
        for (let r = area.r; r < area.r + area.nr; r++) {
          for (let c = area.c; c < area.c + area.nc; c++) out.push(sheet.computed(r, c, depth));
        }
        return out;
      },
      now: () => dateToSerial(this.ss.ws.now().getTime(), this.ss.tz()),
    };
  }

  /** The value getValues returns for a stored cell: Dates for date-formatted numbers. */
  outputValue(cell: Cell, r: number, c: number): Scalar | Date {
    const v = cell.f === undefined ? cell.v : this.computed(r, c);
    if (typeof v === 'number' && isDateFormat(cell.s?.numberFormat)) {
      return new Date(serialToInstant(v, this.ss.tz()));
    }
    return v;
  }

  displayOf(cell: Cell | undefined, r: number, c: number): string {
    if (!cell) return '';
    const v = cell.f === undefined ? cell.v : this.computed(r, c);
    return displayValue(v, cell.s?.numberFormat, this.ss.localeInfo());
  }

  /** How Sheets stores a value written by a script (or typed, for strings) into `cell`. */
  contentFor(input: unknown, cell: Cell | undefined): Content {
    if (input === null || input === undefined) return { v: '' };
    if (typeof input === 'number') return { v: input };
    if (typeof input === 'boolean') return { v: input };
    if (isDate(input)) {
      const instant = input.getTime();
      if (Number.isNaN(instant)) return { v: '' };
      const serial = dateToSerial(instant, this.ss.tz());
      const info = this.ss.localeInfo();
      return { v: serial, autoFormat: Number.isInteger(serial) ? info.dateFormat : info.dateTimeFormat };
    }
    const parsed = parseTyped(String(input), {
      locale: this.ss.localeInfo(),
      currentYear: new Date(wallClock(this.ss.ws.now().getTime(), this.ss.tz())).getUTCFullYear(),
      plainText: isPlainText(cell?.s?.numberFormat),
    });
    return contentOfParsed(parsed);
  }

  /** The content as a data validation rule sees it. */
  candidate(content: Content, cell: Cell | undefined): Candidate {
    const format = cell?.s?.numberFormat ?? content.autoFormat;
    return {
      value: content.v,
      isDate: typeof content.v === 'number' && isDateFormat(format),
      display: displayValue(content.v, format, this.ss.localeInfo()),
    };
  }

  /** Stores content into a cell (no checks). */
  put(r: number, c: number, content: Content): void {
    if (content.v === '' && content.f === undefined) {
      const cell = this.grid.get(r, c);
      if (!cell) return;
      cell.v = '';
      delete cell.f;
      this.grid.tidy(r, c);
      return;
    }
    const cell = this.grid.ensure(r, c);
    cell.v = content.f === undefined ? content.v : '';
    if (content.f === undefined) delete cell.f;
    else cell.f = content.f;
    if (content.autoFormat && cell.s?.numberFormat === undefined)
      cell.s = { ...cell.s, numberFormat: content.autoFormat };
  }

  setStyle(r: number, c: number, patch: Partial<Record<keyof Style, unknown>>): void {
    const cell = this.grid.ensure(r, c);
    const next: Record<string, unknown> = { ...cell.s };
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined || v === null) delete next[k];
      else next[k] = v;
    }
    if (Object.keys(next).length === 0) delete cell.s;
    else cell.s = next as Style;
    this.grid.tidy(r, c);
  }

  /** Validates numeric coordinates as Apps Script does and returns the area. */
  areaAt(row: unknown, col: unknown, numRows: unknown, numCols: unknown, method: string, given: unknown[]): Area {
    for (const v of [row, col, numRows, numCols]) {
      if (typeof v !== 'number' || !Number.isFinite(v)) throw gasError(badSignature(method, given));
    }
    const area = {
      r: Math.trunc(row as number),
      c: Math.trunc(col as number),
      nr: Math.trunc(numRows as number),
      nc: Math.trunc(numCols as number),
    };
    if (area.r < 1) throw gasError(MSG.rowTooSmall);
    if (area.c < 1) throw gasError(MSG.columnTooSmall);
    if (area.nr < 1) throw gasError(MSG.numRowsTooSmall);
    if (area.nc < 1) throw gasError(MSG.numColumnsTooSmall);
    if (area.r + area.nr - 1 > this.maxRows || area.c + area.nc - 1 > this.maxCols) throw gasError(MSG.outsideSheet);
    return area;
  }

  /** Moves merges, protections and sizes after rows (dim 'r') or columns ('c') are inserted or deleted. */
  private shiftAll(dim: 'r' | 'c', at: number, count: number): void {
    const shifter = (a: Area): Area | null => {
      const moved = dim === 'r' ? shiftSpan(a.r, a.nr, at, count) : shiftSpan(a.c, a.nc, at, count);
      if (!moved) return null;
      return dim === 'r' ? { ...a, r: moved[0], nr: moved[1] } : { ...a, c: moved[0], nc: moved[1] };
    };
    this.merges = this.merges.map(shifter).filter((a): a is Area => a !== null && a.nr * a.nc > 1);
    for (const p of this.ss.protections) if (p.sheet === this) p.shift(shifter);
    const sizes = dim === 'r' ? this.rowHeights : this.colWidths;
    const moved = new Map<number, number>();
    for (const [i, px] of sizes) {
      if (count > 0) moved.set(i >= at ? i + count : i, px);
      else if (i < at) moved.set(i, px);
      else if (i >= at - count) moved.set(i + count, px);
    }
    sizes.clear();
    for (const [i, px] of moved) sizes.set(i, px);
  }

  /** New rows take the formats and validation of the row above (or below, at the top). */
  private insertRowsAt(at: number, count: number): void {
    this.guard(null);
    this.grid.insertRows(at, count);
    this.maxRows += count;
    this.shiftAll('r', at, count);
    const template = at > 1 ? at - 1 : at + count;
    const source = this.grid.row(template);
    if (source) {
      for (let c = 1; c <= source.length; c++) {
        const cell = source[c - 1];
        if (!cell || (!cell.s && !cell.dv)) continue;
        for (let r = at; r < at + count; r++) {
          const fresh = this.grid.ensure(r, c);
          if (cell.s) fresh.s = cell.s;
          if (cell.dv) fresh.dv = cell.dv;
        }
      }
    }
  }

  private insertColumnsAt(at: number, count: number): void {
    this.guard(null);
    this.grid.insertColumns(at, count);
    this.maxCols += count;
    this.shiftAll('c', at, count);
    const template = at > 1 ? at - 1 : at + count;
    for (let r = 1; r <= this.maxRows; r++) {
      const cell = this.grid.get(r, template);
      if (!cell || (!cell.s && !cell.dv)) continue;
      for (let c = at; c < at + count; c++) {
        const fresh = this.grid.ensure(r, c);
        if (cell.s) fresh.s = cell.s;
        if (cell.dv) fresh.dv = cell.dv;
      }
    }
  }

  private checkCount(n: unknown, method: string, args: unknown[]): number {
    if (typeof n !== 'number' || !Number.isFinite(n)) throw gasError(badSignature(method, args));
    return Math.trunc(n);
  }

  // ---- Apps Script methods ----

  getName(): string {
    return this.name;
  }

  getSheetName(): string {
    return this.name;
  }

  setName(name: string): SheetImpl {
    this.guard(null);
    const n = String(name);
    this.ss.assertUniqueName(n, this);
    this.name = n;
    return this;
  }

  getSheetId(): number {
    return this.id;
  }

  getIndex(): number {
    return this.ss.sheets.indexOf(this) + 1;
  }

  getParent(): SpreadsheetImpl {
    return this.ss;
  }

  getType(): string {
    return 'GRID';
  }

  activate(): SheetImpl {
    this.ss.setActiveSheetRaw(this);
    return this;
  }

  getMaxRows(): number {
    return this.maxRows;
  }

  getMaxColumns(): number {
    return this.maxCols;
  }

  getLastRow(): number {
    return this.grid.lastRow();
  }

  getLastColumn(): number {
    return this.grid.lastColumn();
  }

  getRange(...args: unknown[]): RangeImpl {
    const [a, b, c, d] = args;
    if (args.length === 1) {
      if (typeof a !== 'string') throw gasError(badSignature('SpreadsheetApp.Sheet.getRange', args));
      return this.rangeA1(a);
    }
    const numRows = args.length >= 3 ? c : 1;
    const numCols = args.length >= 4 ? d : 1;
    return new RangeImpl(this, this.areaAt(a, b, numRows, numCols, 'SpreadsheetApp.Sheet.getRange', args));
  }

  private rangeA1(a1: string): RangeImpl {
    const ref = parseA1(a1);
    if (!ref) throw gasError(MSG.rangeNotFound);
    const { sheet } = splitSheet(a1);
    const target = sheet === null ? this : this.ss.findSheet(sheet);
    if (!target) throw gasError(MSG.rangeNotFound);
    const area = resolveA1(ref, target.maxRows, target.maxCols);
    if (area.r + area.nr - 1 > target.maxRows || area.c + area.nc - 1 > target.maxCols) {
      throw gasError(MSG.rangeNotFound);
    }
    return new RangeImpl(target, area, refForm(ref));
  }

  getRangeList(a1s: unknown): RangeListImpl {
    if (!Array.isArray(a1s)) throw gasError(badSignature('SpreadsheetApp.Sheet.getRangeList', [a1s]));
    return new RangeListImpl(a1s.map((a) => this.rangeA1(String(a))));
  }

  getDataRange(): RangeImpl {
    return new RangeImpl(this, {
      r: 1,
      c: 1,
      nr: Math.max(1, this.getLastRow()),
      nc: Math.max(1, this.getLastColumn()),
    });
  }

  getSheetValues(row: number, col: number, numRows: number, numCols: number): (Scalar | Date)[][] {
    const nr = numRows === -1 ? this.getLastRow() - row + 1 : numRows;
    const nc = numCols === -1 ? this.getLastColumn() - col + 1 : numCols;
    const area = this.areaAt(row, col, nr, nc, 'SpreadsheetApp.Sheet.getSheetValues', [row, col, numRows, numCols]);
    return new RangeImpl(this, area).getValues();
  }

  insertRowsAfter(afterPosition: number, howMany: number): SheetImpl {
    const after = this.checkCount(afterPosition, 'SpreadsheetApp.Sheet.insertRowsAfter', [afterPosition, howMany]);
    const n = this.checkCount(howMany, 'SpreadsheetApp.Sheet.insertRowsAfter', [afterPosition, howMany]);
    if (after < 1 || after > this.maxRows || n < 1) throw gasError(MSG.rowsOutOfBounds);
    this.insertRowsAt(after + 1, n);
    return this;
  }

  insertRowsBefore(beforePosition: number, howMany: number): SheetImpl {
    const before = this.checkCount(beforePosition, 'SpreadsheetApp.Sheet.insertRowsBefore', [beforePosition, howMany]);
    const n = this.checkCount(howMany, 'SpreadsheetApp.Sheet.insertRowsBefore', [beforePosition, howMany]);
    if (before < 1 || before > this.maxRows || n < 1) throw gasError(MSG.rowsOutOfBounds);
    this.insertRowsAt(before, n);
    return this;
  }

  insertRowAfter(afterPosition: number): SheetImpl {
    return this.insertRowsAfter(afterPosition, 1);
  }

  insertRowBefore(beforePosition: number): SheetImpl {
    return this.insertRowsBefore(beforePosition, 1);
  }

  insertRows(rowIndex: number, numRows = 1): void {
    this.insertRowsBefore(rowIndex, numRows);
  }

  insertColumnsAfter(afterPosition: number, howMany: number): SheetImpl {
    const after = this.checkCount(afterPosition, 'SpreadsheetApp.Sheet.insertColumnsAfter', [afterPosition, howMany]);
    const n = this.checkCount(howMany, 'SpreadsheetApp.Sheet.insertColumnsAfter', [afterPosition, howMany]);
    if (after < 1 || after > this.maxCols || n < 1) throw gasError(MSG.columnsOutOfBounds);
    this.insertColumnsAt(after + 1, n);
    return this;
  }

  insertColumnsBefore(beforePosition: number, howMany: number): SheetImpl {
    const before = this.checkCount(beforePosition, 'SpreadsheetApp.Sheet.insertColumnsBefore', [
      beforePosition,
      howMany,
    ]);
    const n = this.checkCount(howMany, 'SpreadsheetApp.Sheet.insertColumnsBefore', [beforePosition, howMany]);
    if (before < 1 || before > this.maxCols || n < 1) throw gasError(MSG.columnsOutOfBounds);
    this.insertColumnsAt(before, n);
    return this;
  }

  insertColumnAfter(afterPosition: number): SheetImpl {
    return this.insertColumnsAfter(afterPosition, 1);
  }

  insertColumnBefore(beforePosition: number): SheetImpl {
    return this.insertColumnsBefore(beforePosition, 1);
  }

  insertColumns(columnIndex: number, numColumns = 1): void {
    this.insertColumnsBefore(columnIndex, numColumns);
  }

  deleteRows(rowPosition: number, howMany: number): void {
    const at = this.checkCount(rowPosition, 'SpreadsheetApp.Sheet.deleteRows', [rowPosition, howMany]);
    const n = this.checkCount(howMany, 'SpreadsheetApp.Sheet.deleteRows', [rowPosition, howMany]);
    if (at < 1 || n < 1 || at + n - 1 > this.maxRows) throw gasError(MSG.rowsOutOfBounds);
    if (this.maxRows - n <= this.frozenRows) throw gasError(MSG.deleteAllRows);
    this.guard({ r: at, c: 1, nr: n, nc: this.maxCols });
    this.grid.deleteRows(at, n);
    this.maxRows -= n;
    this.shiftAll('r', at, -n);
  }

  deleteRow(rowPosition: number): SheetImpl {
    this.deleteRows(rowPosition, 1);
    return this;
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    const at = this.checkCount(columnPosition, 'SpreadsheetApp.Sheet.deleteColumns', [columnPosition, howMany]);
    const n = this.checkCount(howMany, 'SpreadsheetApp.Sheet.deleteColumns', [columnPosition, howMany]);
    if (at < 1 || n < 1 || at + n - 1 > this.maxCols) throw gasError(MSG.columnsOutOfBounds);
    if (this.maxCols - n <= this.frozenCols) throw gasError(MSG.deleteAllColumns);
    this.guard({ r: 1, c: at, nr: this.maxRows, nc: n });
    this.grid.deleteColumns(at, n);
    this.maxCols -= n;
    this.shiftAll('c', at, -n);
  }

  deleteColumn(columnPosition: number): SheetImpl {
    this.deleteColumns(columnPosition, 1);
    return this;
  }

  /** Writes after the last row with content; a full tab is not grown (Google throws). */
  appendRow(rowContents: unknown): SheetImpl {
    if (!Array.isArray(rowContents)) throw gasError(badSignature('SpreadsheetApp.Sheet.appendRow', [rowContents]));
    const row = this.getLastRow() + 1;
    if (row > this.maxRows) throw gasError(MSG.rowsOutOfBounds);
    if (rowContents.length > this.maxCols) throw gasError(MSG.columnsOutOfBounds);
    if (rowContents.length === 0) return this;
    new RangeImpl(this, { r: row, c: 1, nr: 1, nc: rowContents.length }).setValues([rowContents]);
    return this;
  }

  getFrozenRows(): number {
    return this.frozenRows;
  }

  setFrozenRows(rows: number): void {
    this.guard(null);
    const n = this.checkCount(rows, 'SpreadsheetApp.Sheet.setFrozenRows', [rows]);
    if (n < 0 || n >= this.maxRows) throw gasError(MSG.rowsOutOfBounds);
    this.frozenRows = n;
  }

  getFrozenColumns(): number {
    return this.frozenCols;
  }

  setFrozenColumns(columns: number): void {
    this.guard(null);
    const n = this.checkCount(columns, 'SpreadsheetApp.Sheet.setFrozenColumns', [columns]);
    if (n < 0 || n >= this.maxCols) throw gasError(MSG.columnsOutOfBounds);
    this.frozenCols = n;
  }

  getColumnWidth(columnPosition: number): number {
    return this.colWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }

  setColumnWidth(columnPosition: number, width: number): SheetImpl {
    return this.setColumnWidths(columnPosition, 1, width);
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): SheetImpl {
    this.guard(null);
    const args = [startColumn, numColumns, width];
    const start = this.checkCount(startColumn, 'SpreadsheetApp.Sheet.setColumnWidths', args);
    const n = this.checkCount(numColumns, 'SpreadsheetApp.Sheet.setColumnWidths', args);
    const px = this.checkCount(width, 'SpreadsheetApp.Sheet.setColumnWidths', args);
    if (start < 1 || n < 1 || start + n - 1 > this.maxCols) throw gasError(MSG.columnsOutOfBounds);
    for (let c = start; c < start + n; c++) this.colWidths.set(c, px);
    return this;
  }

  getRowHeight(rowPosition: number): number {
    return this.rowHeights.get(rowPosition) ?? DEFAULT_ROW_HEIGHT;
  }

  setRowHeight(rowPosition: number, height: number): SheetImpl {
    return this.setRowHeights(rowPosition, 1, height);
  }

  setRowHeights(startRow: number, numRows: number, height: number): SheetImpl {
    this.guard(null);
    const args = [startRow, numRows, height];
    const start = this.checkCount(startRow, 'SpreadsheetApp.Sheet.setRowHeights', args);
    const n = this.checkCount(numRows, 'SpreadsheetApp.Sheet.setRowHeights', args);
    const px = this.checkCount(height, 'SpreadsheetApp.Sheet.setRowHeights', args);
    if (start < 1 || n < 1 || start + n - 1 > this.maxRows) throw gasError(MSG.rowsOutOfBounds);
    for (let r = start; r < start + n; r++) this.rowHeights.set(r, px);
    return this;
  }

  autoResizeColumns(startColumn: number, numColumns: number): SheetImpl {
    this.guard(null);
    if (startColumn < 1 || numColumns < 1 || startColumn + numColumns - 1 > this.maxCols) {
      throw gasError(MSG.columnsOutOfBounds);
    }
    return this;
  }

  autoResizeColumn(columnPosition: number): SheetImpl {
    return this.autoResizeColumns(columnPosition, 1);
  }

  hideSheet(): SheetImpl {
    this.guard(null);
    if (!this.hidden && this.ss.sheets.filter((s) => !s.hidden).length === 1) throw gasError(MSG.hideAllSheets);
    this.hidden = true;
    return this;
  }

  showSheet(): SheetImpl {
    this.guard(null);
    this.hidden = false;
    return this;
  }

  isSheetHidden(): boolean {
    return this.hidden;
  }

  getTabColor(): string | null {
    return this.tabColor;
  }

  setTabColor(color: string | null): SheetImpl {
    this.guard(null);
    this.tabColor = color === null ? null : String(color).toLowerCase();
    return this;
  }

  clear(options?: unknown): SheetImpl {
    new RangeImpl(this, this.full()).clear(options);
    return this;
  }

  clearContents(): SheetImpl {
    new RangeImpl(this, this.full()).clearContent();
    return this;
  }

  clearFormats(): SheetImpl {
    new RangeImpl(this, this.full()).clearFormat();
    return this;
  }

  clearNotes(): SheetImpl {
    new RangeImpl(this, this.full()).clearNote();
    return this;
  }

  /** A sheet has at most one sheet protection: protecting again returns it. */
  protect(): ProtectionImpl {
    const existing = this.ss.protections.find((p) => p.sheet === this && p.type === 'SHEET' && !p.removed);
    if (existing) return existing;
    this.guard(null);
    const p = new ProtectionImpl(this, 'SHEET', null);
    this.ss.protections.push(p);
    return p;
  }

  // ---- Charts (chart.ts) ----

  newChart(): EmbeddedChartBuilderImpl {
    return EmbeddedChartBuilderImpl.fresh(this);
  }

  insertChart(chart: unknown): void {
    const c = unwrap(chart, EmbeddedChartImpl);
    if (!c) throw gasError(badSignature('Sheet.insertChart', [chart]));
    this.guard(null);
    if (c.sheet !== this || this.charts.includes(c))
      throw gasError('The chart is already in the sheet, or belongs to another one.');
    c.chartId = EmbeddedChartImpl.newId();
    this.charts.push(c);
  }

  getCharts(): EmbeddedChartImpl[] {
    return [...this.charts];
  }

  removeChart(chart: unknown): void {
    const c = unwrap(chart, EmbeddedChartImpl);
    if (!c) throw gasError(badSignature('Sheet.removeChart', [chart]));
    this.guard(null);
    const at = this.charts.findIndex((x) => x === c || (c.chartId !== null && x.chartId === c.chartId));
    if (at >= 0) this.charts.splice(at, 1);
  }

  updateChart(chart: unknown): void {
    const c = unwrap(chart, EmbeddedChartImpl);
    if (!c) throw gasError(badSignature('Sheet.updateChart', [chart]));
    this.guard(null);
    const at = this.charts.findIndex((x) => c.chartId !== null && x.chartId === c.chartId);
    if (at < 0) throw gasError('The chart does not exist in the sheet.');
    this.charts[at] = c;
  }

  getProtections(type: ProtectionTypeName): ProtectionImpl[] {
    return this.ss.protections.filter((p) => p.sheet === this && p.type === type && !p.removed);
  }

  override toString(): string {
    return 'Sheet';
  }
}

function contentOfParsed(parsed: Parsed): Content {
  switch (parsed.kind) {
    case 'blank':
      return { v: '' };
    case 'text':
    case 'bool':
      return { v: parsed.value };
    case 'formula':
      return { v: '', f: parsed.formula };
    case 'number':
      return parsed.format ? { v: parsed.value, autoFormat: parsed.format } : { v: parsed.value };
    case 'date':
      return { v: parsed.value, autoFormat: parsed.format };
  }
}
