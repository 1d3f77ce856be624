// A block of cells with fixed coordinates (like Google's, it does not follow later row inserts).
// Reads are batched over the sparse grid; writes check access, protections and strict validation
// for the whole block before changing any cell, so a failed write changes nothing.
import { GAS_TYPE, gasError, Unwrappable, unwrap } from '../core';
import { type Area, columnLetter, contains, formA1, intersects, type RangeForm } from './a1';
import type { Border, Cell, Style } from './cells';
import { type BorderStyleName, WrapStrategy, type WrapStrategyName } from './enums';
import { badSignature, columnsMismatch, MAX_CELL_CHARACTERS, MSG, rowsMismatch, validationViolated } from './errors';
import { type Scalar, shiftFormula } from './formula';
import { DEFAULT_FORMAT } from './number-format';
import { ProtectionImpl } from './protection';
import type { Content, SheetImpl } from './sheet';
import { DataValidationImpl } from './validation';

type StyleKey = keyof Style;

/** What a cell wraps as getWrap() reads it: unset reads true (see RangeImpl.getWrap). */
function wraps(style: Style | undefined): boolean {
  return style?.wrap === undefined || style.wrap === 'WRAP';
}

/** A number format as stored: the automatic one (DEFAULT_FORMAT, 'general') is no format. */
function storedFormat(format: unknown): string | undefined {
  const f = String(format);
  return f === DEFAULT_FORMAT || /^general$/i.test(f) ? undefined : f;
}

const DEFAULTS = {
  fontWeight: 'normal',
  fontStyle: 'normal',
  fontSize: 10,
  fontColor: '#000000',
  fontFamily: 'Arial',
  background: '#ffffff',
  hAlign: 'general',
  vAlign: 'bottom',
} as const;

const NAMED_COLORS: Record<string, string> = {
  black: '#000000',
  white: '#ffffff',
  red: '#ff0000',
  green: '#008000',
  blue: '#0000ff',
  yellow: '#ffff00',
  orange: '#ffa500',
  gray: '#808080',
  grey: '#808080',
  purple: '#800080',
};

/** Sheets reads colours back as lower-case hex ("red" comes back as "#ff0000"). */
function normalColor(color: unknown): string | undefined {
  if (color === null || color === undefined || color === '') return undefined;
  const c = String(color).trim().toLowerCase();
  if (NAMED_COLORS[c]) return NAMED_COLORS[c];
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(c);
  return short ? `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}` : c;
}

export class RangeImpl extends Unwrappable {
  readonly [GAS_TYPE] = 'Range';

  constructor(
    readonly sheet: SheetImpl,
    readonly area: Area,
    /** How the range was named, for getA1Notation (whole rows, whole columns, a sheet protection's). */
    private readonly form: RangeForm = null,
  ) {
    super();
  }

  // ---- Node-side helpers ----

  private each(fn: (r: number, c: number) => void): void {
    const { r, c, nr, nc } = this.area;
    for (let i = r; i < r + nr; i++) for (let j = c; j < c + nc; j++) fn(i, j);
  }

  private grid2d<T>(fn: (cell: Cell | undefined, r: number, c: number) => T): T[][] {
    const { r, c, nr, nc } = this.area;
    const out: T[][] = new Array(nr);
    for (let i = 0; i < nr; i++) {
      const row = this.sheet.grid.row(r + i);
      const line: T[] = new Array(nc);
      for (let j = 0; j < nc; j++) line[j] = fn(row?.[c - 1 + j], r + i, c + j);
      out[i] = line;
    }
    return out;
  }

  private guard(): void {
    this.sheet.guard(this.area);
  }

  /** Checks a 2-D argument against the range's size with Google's messages. */
  private checkShape(data: unknown, method: string): unknown[][] {
    if (!Array.isArray(data)) throw gasError(badSignature(`SpreadsheetApp.Range.${method}`, [data]));
    if (data.length !== this.area.nr) throw gasError(rowsMismatch(data.length, this.area.nr));
    for (const row of data) {
      if (!Array.isArray(row)) throw gasError(badSignature(`SpreadsheetApp.Range.${method}`, [data]));
      if (row.length !== this.area.nc) throw gasError(columnsMismatch(row.length, this.area.nc));
    }
    return data as unknown[][];
  }

  /** Writes contents computed per cell, after checking access and reject-input validation. */
  private writeContents(contentAt: (i: number, j: number, cell: Cell | undefined) => Content): void {
    this.guard();
    const { r, c, nr, nc } = this.area;
    const planned: Content[][] = new Array(nr);
    for (let i = 0; i < nr; i++) {
      const row = this.sheet.grid.row(r + i);
      const line: Content[] = new Array(nc);
      for (let j = 0; j < nc; j++) {
        const cell = row?.[c - 1 + j];
        const content = contentAt(i, j, cell);
        if (tooLong(content)) throw gasError(MSG.cellTooLong);
        const rule = cell?.dv;
        if (
          rule &&
          !rule.allowInvalid &&
          content.f === undefined &&
          !rule.accepts(this.sheet.candidate(content, cell))
        ) {
          throw gasError(validationViolated(`${columnLetter(c + j)}${r + i}`));
        }
        line[j] = content;
      }
      planned[i] = line;
    }
    // Cells hidden under a merge hold nothing in Sheets: what is written there is dropped.
    const merges = this.sheet.merges.filter((m) => intersects(m, this.area));
    const hidden = (row: number, col: number) =>
      merges.some((m) => contains(m, { r: row, c: col, nr: 1, nc: 1 }) && (row !== m.r || col !== m.c));
    for (let i = 0; i < nr; i++) {
      for (let j = 0; j < nc; j++)
        if (!(merges.length && hidden(r + i, c + j))) this.sheet.put(r + i, c + j, planned[i][j]);
    }
  }

  private styleAll(patch: Partial<Record<StyleKey, unknown>>): RangeImpl {
    this.guard();
    this.each((r, c) => this.sheet.setStyle(r, c, patch));
    return this;
  }

  private styleEach(data: unknown, method: string, key: StyleKey, convert: (v: unknown) => unknown): RangeImpl {
    const grid = this.checkShape(data, method);
    this.guard();
    const { r, c } = this.area;
    this.each((i, j) => this.sheet.setStyle(i, j, { [key]: convert(grid[i - r][j - c]) }));
    return this;
  }

  private styleGrid<T>(read: (s: Style | undefined) => T): T[][] {
    return this.grid2d((cell) => read(cell?.s));
  }

  /** Node-side: the stored cell at an offset inside the range. */
  cellAt(i: number, j: number): Cell | undefined {
    return this.sheet.grid.get(this.area.r + i, this.area.c + j);
  }

  /** For list validation from this range: each cell's value and shown text. */
  listItems(): { value: Scalar; display: string }[] {
    const out: { value: Scalar; display: string }[] = [];
    this.each((r, c) => {
      const cell = this.sheet.grid.get(r, c);
      if (!cell) return;
      out.push({ value: this.sheet.computed(r, c), display: this.sheet.displayOf(cell, r, c) });
    });
    return out;
  }

  // ---- Position ----

  getSheet(): SheetImpl {
    return this.sheet;
  }

  getRow(): number {
    return this.area.r;
  }

  getRowIndex(): number {
    return this.area.r;
  }

  getColumn(): number {
    return this.area.c;
  }

  getColumnIndex(): number {
    return this.area.c;
  }

  getNumRows(): number {
    return this.area.nr;
  }

  getNumColumns(): number {
    return this.area.nc;
  }

  getHeight(): number {
    return this.area.nr;
  }

  getWidth(): number {
    return this.area.nc;
  }

  getLastRow(): number {
    return this.area.r + this.area.nr - 1;
  }

  getLastColumn(): number {
    return this.area.c + this.area.nc - 1;
  }

  getA1Notation(): string {
    return formA1(this.area, this.form);
  }

  getCell(row: number, column: number): RangeImpl {
    if (row < 1 || column < 1 || row > this.area.nr || column > this.area.nc) throw gasError(MSG.outsideSheet);
    return new RangeImpl(this.sheet, { r: this.area.r + row - 1, c: this.area.c + column - 1, nr: 1, nc: 1 });
  }

  offset(...args: unknown[]): RangeImpl {
    const [rowOffset, columnOffset, numRows, numColumns] = args as number[];
    const area = this.sheet.areaAt(
      this.area.r + rowOffset,
      this.area.c + columnOffset,
      args.length >= 3 ? numRows : this.area.nr,
      args.length >= 4 ? numColumns : this.area.nc,
      'SpreadsheetApp.Range.offset',
      args,
    );
    return new RangeImpl(this.sheet, area);
  }

  activate(): RangeImpl {
    this.sheet.ss.setActiveSheetRaw(this.sheet);
    return this;
  }

  isBlank(): boolean {
    let blank = true;
    this.each((r, c) => {
      const cell = this.sheet.grid.get(r, c);
      if (cell && (cell.v !== '' || cell.f !== undefined)) blank = false;
    });
    return blank;
  }

  // ---- Values ----

  getValues(): (Scalar | Date)[][] {
    // The hot path of every report run: a plain loop, with formulas and dates the only detours.
    const { r, c, nr, nc } = this.area;
    const sheet = this.sheet;
    const out: (Scalar | Date)[][] = new Array(nr);
    for (let i = 0; i < nr; i++) {
      const row = sheet.grid.row(r + i);
      const line: (Scalar | Date)[] = new Array(nc);
      for (let j = 0; j < nc; j++) {
        const cell = row?.[c - 1 + j];
        if (cell === undefined) line[j] = '';
        else if (cell.f === undefined && (cell.s === undefined || typeof cell.v !== 'number')) line[j] = cell.v;
        else line[j] = sheet.outputValue(cell, r + i, c + j);
      }
      out[i] = line;
    }
    return out;
  }

  getValue(): Scalar | Date {
    const cell = this.cellAt(0, 0);
    return cell ? this.sheet.outputValue(cell, this.area.r, this.area.c) : '';
  }

  getDisplayValues(): string[][] {
    return this.grid2d((cell, r, c) => this.sheet.displayOf(cell, r, c));
  }

  getDisplayValue(): string {
    return this.sheet.displayOf(this.cellAt(0, 0), this.area.r, this.area.c);
  }

  setValues(values: unknown): RangeImpl {
    const data = this.checkShape(values, 'setValues');
    this.writeContents((i, j, cell) => this.sheet.contentFor(data[i][j], cell));
    return this;
  }

  /** Sets every cell of the range to the value. */
  setValue(value: unknown): RangeImpl {
    this.writeContents((_i, _j, cell) => this.sheet.contentFor(value, cell));
    return this;
  }

  getFormulas(): string[][] {
    return this.grid2d((cell) => cell?.f ?? '');
  }

  getFormula(): string {
    return this.cellAt(0, 0)?.f ?? '';
  }

  private formulaContent(formula: unknown, cell: Cell | undefined): Content {
    const f = String(formula ?? '');
    if (f === '') return { v: '' };
    if (f.startsWith('=')) return { v: '', f };
    return this.sheet.contentFor(f, cell);
  }

  /** One formula for every cell: its relative references move with each cell, as a fill does. */
  setFormula(formula: string): RangeImpl {
    const f = String(formula ?? '');
    const relative = f.startsWith('=') && (this.area.nr > 1 || this.area.nc > 1);
    this.writeContents((i, j, cell) => this.formulaContent(relative ? shiftFormula(f, i, j) : f, cell));
    return this;
  }

  setFormulas(formulas: unknown): RangeImpl {
    const data = this.checkShape(formulas, 'setFormulas');
    this.writeContents((i, j, cell) => this.formulaContent(data[i][j], cell));
    return this;
  }

  // ---- Clearing ----

  clearContent(): RangeImpl {
    this.guard();
    this.each((r, c) => this.sheet.put(r, c, { v: '' }));
    return this;
  }

  clearFormat(): RangeImpl {
    this.guard();
    this.each((r, c) => {
      const cell = this.sheet.grid.get(r, c);
      if (cell?.s) {
        delete cell.s;
        this.sheet.grid.tidy(r, c);
      }
    });
    return this;
  }

  clearDataValidations(): RangeImpl {
    this.guard();
    this.each((r, c) => {
      const cell = this.sheet.grid.get(r, c);
      if (cell?.dv) {
        delete cell.dv;
        this.sheet.grid.tidy(r, c);
      }
    });
    return this;
  }

  clearNote(): RangeImpl {
    this.guard();
    this.each((r, c) => {
      const cell = this.sheet.grid.get(r, c);
      if (cell?.note) {
        delete cell.note;
        this.sheet.grid.tidy(r, c);
      }
    });
    return this;
  }

  /**
   * clear(): contents and formats. clear({contentsOnly, formatOnly, validationsOnly, commentsOnly}):
   * only those named.
   */
  clear(options?: unknown): RangeImpl {
    const o = (options ?? {}) as Record<string, unknown>;
    const named = ['contentsOnly', 'formatOnly', 'validationsOnly', 'commentsOnly'].some((k) => o[k]);
    this.guard();
    if (!named || o.contentsOnly) this.clearContent();
    if (!named || o.formatOnly) this.clearFormat();
    if (o.validationsOnly) this.clearDataValidations();
    if (o.commentsOnly) this.clearNote();
    return this;
  }

  // ---- Number formats ----

  getNumberFormat(): string {
    return this.cellAt(0, 0)?.s?.numberFormat ?? DEFAULT_FORMAT;
  }

  getNumberFormats(): string[][] {
    return this.styleGrid((s) => s?.numberFormat ?? DEFAULT_FORMAT);
  }

  /** 'general' (any case) is the automatic format: getNumberFormat() then reads DEFAULT_FORMAT. */
  setNumberFormat(format: string): RangeImpl {
    return this.styleAll({ numberFormat: storedFormat(format) });
  }

  setNumberFormats(formats: unknown): RangeImpl {
    return this.styleEach(formats, 'setNumberFormats', 'numberFormat', (v) =>
      v === '' || v == null ? undefined : storedFormat(v),
    );
  }

  // ---- Text style ----

  setFontWeight(weight: string | null): RangeImpl {
    return this.styleAll({ bold: weight === 'bold' ? true : undefined });
  }

  setFontWeights(weights: unknown): RangeImpl {
    return this.styleEach(weights, 'setFontWeights', 'bold', (v) => (v === 'bold' ? true : undefined));
  }

  getFontWeight(): string {
    return this.cellAt(0, 0)?.s?.bold ? 'bold' : DEFAULTS.fontWeight;
  }

  getFontWeights(): string[][] {
    return this.styleGrid((s) => (s?.bold ? 'bold' : DEFAULTS.fontWeight));
  }

  setFontStyle(style: string | null): RangeImpl {
    return this.styleAll({ italic: style === 'italic' ? true : undefined });
  }

  setFontStyles(styles: unknown): RangeImpl {
    return this.styleEach(styles, 'setFontStyles', 'italic', (v) => (v === 'italic' ? true : undefined));
  }

  getFontStyle(): string {
    return this.cellAt(0, 0)?.s?.italic ? 'italic' : DEFAULTS.fontStyle;
  }

  getFontStyles(): string[][] {
    return this.styleGrid((s) => (s?.italic ? 'italic' : DEFAULTS.fontStyle));
  }

  setFontSize(size: number | null): RangeImpl {
    return this.styleAll({ fontSize: size === null ? undefined : Number(size) });
  }

  setFontSizes(sizes: unknown): RangeImpl {
    return this.styleEach(sizes, 'setFontSizes', 'fontSize', (v) => (v == null ? undefined : Number(v)));
  }

  getFontSize(): number {
    return this.cellAt(0, 0)?.s?.fontSize ?? DEFAULTS.fontSize;
  }

  getFontSizes(): number[][] {
    return this.styleGrid((s) => s?.fontSize ?? DEFAULTS.fontSize);
  }

  setFontColor(color: string | null): RangeImpl {
    return this.styleAll({ fontColor: normalColor(color) });
  }

  setFontColors(colors: unknown): RangeImpl {
    return this.styleEach(colors, 'setFontColors', 'fontColor', normalColor);
  }

  getFontColor(): string {
    return this.cellAt(0, 0)?.s?.fontColor ?? DEFAULTS.fontColor;
  }

  getFontColors(): string[][] {
    return this.styleGrid((s) => s?.fontColor ?? DEFAULTS.fontColor);
  }

  setFontFamily(family: string | null): RangeImpl {
    return this.styleAll({ fontFamily: family ?? undefined });
  }

  setFontFamilies(families: unknown): RangeImpl {
    return this.styleEach(families, 'setFontFamilies', 'fontFamily', (v) => (v == null ? undefined : String(v)));
  }

  getFontFamily(): string {
    return this.cellAt(0, 0)?.s?.fontFamily ?? DEFAULTS.fontFamily;
  }

  getFontFamilies(): string[][] {
    return this.styleGrid((s) => s?.fontFamily ?? DEFAULTS.fontFamily);
  }

  setBackground(color: string | null): RangeImpl {
    return this.styleAll({ background: normalColor(color) });
  }

  setBackgrounds(colors: unknown): RangeImpl {
    return this.styleEach(colors, 'setBackgrounds', 'background', normalColor);
  }

  getBackground(): string {
    return this.cellAt(0, 0)?.s?.background ?? DEFAULTS.background;
  }

  getBackgrounds(): string[][] {
    return this.styleGrid((s) => s?.background ?? DEFAULTS.background);
  }

  setHorizontalAlignment(alignment: string | null): RangeImpl {
    return this.styleAll({ hAlign: alignment === null || alignment === 'normal' ? undefined : String(alignment) });
  }

  setHorizontalAlignments(alignments: unknown): RangeImpl {
    return this.styleEach(alignments, 'setHorizontalAlignments', 'hAlign', (v) =>
      v == null || v === 'normal' ? undefined : String(v),
    );
  }

  getHorizontalAlignment(): string {
    return this.cellAt(0, 0)?.s?.hAlign ?? DEFAULTS.hAlign;
  }

  getHorizontalAlignments(): string[][] {
    return this.styleGrid((s) => s?.hAlign ?? DEFAULTS.hAlign);
  }

  setVerticalAlignment(alignment: string | null): RangeImpl {
    return this.styleAll({ vAlign: alignment === null ? undefined : String(alignment) });
  }

  setVerticalAlignments(alignments: unknown): RangeImpl {
    return this.styleEach(alignments, 'setVerticalAlignments', 'vAlign', (v) => (v == null ? undefined : String(v)));
  }

  getVerticalAlignment(): string {
    return this.cellAt(0, 0)?.s?.vAlign ?? DEFAULTS.vAlign;
  }

  getVerticalAlignments(): string[][] {
    return this.styleGrid((s) => s?.vAlign ?? DEFAULTS.vAlign);
  }

  setWrap(isWrapEnabled: boolean): RangeImpl {
    return this.styleAll({ wrap: isWrapEnabled ? 'WRAP' : 'OVERFLOW' });
  }

  setWraps(wraps: unknown): RangeImpl {
    return this.styleEach(wraps, 'setWraps', 'wrap', (v) => (v ? 'WRAP' : 'OVERFLOW'));
  }

  /**
   * True for a cell whose wrapping was never set (recorded on live Apps Script), although such a
   * cell overflows and getWrapStrategy() reads OVERFLOW; false once set to overflow or clip.
   */
  getWrap(): boolean {
    return wraps(this.cellAt(0, 0)?.s);
  }

  getWraps(): boolean[][] {
    return this.styleGrid(wraps);
  }

  setWrapStrategy(strategy: WrapStrategyName): RangeImpl {
    if (!(String(strategy) in WrapStrategy))
      throw gasError(badSignature('SpreadsheetApp.Range.setWrapStrategy', [strategy]));
    return this.styleAll({ wrap: strategy });
  }

  setWrapStrategies(strategies: unknown): RangeImpl {
    return this.styleEach(strategies, 'setWrapStrategies', 'wrap', (v) => (v == null ? undefined : v));
  }

  getWrapStrategy(): WrapStrategyName {
    return this.cellAt(0, 0)?.s?.wrap ?? 'OVERFLOW';
  }

  getWrapStrategies(): WrapStrategyName[][] {
    return this.styleGrid((s) => s?.wrap ?? 'OVERFLOW');
  }

  /**
   * setBorder(top, left, bottom, right, vertical, horizontal[, color, style]): true draws, false
   * removes, null leaves that edge as it is.
   */
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color?: string | null,
    style?: BorderStyleName | null,
  ): RangeImpl {
    this.guard();
    const border: Border = { style: style ?? 'SOLID', color: normalColor(color) ?? '#000000' };
    const pick = (flag: boolean | null) => (flag === null || flag === undefined ? null : flag ? border : undefined);
    const { r, c, nr, nc } = this.area;
    this.each((i, j) => {
      const patch: Partial<Record<StyleKey, unknown>> = {};
      const t = pick(i === r ? top : horizontal);
      const b = pick(i === r + nr - 1 ? bottom : horizontal);
      const l = pick(j === c ? left : vertical);
      const rt = pick(j === c + nc - 1 ? right : vertical);
      if (t !== null) patch.borderTop = t;
      if (b !== null) patch.borderBottom = b;
      if (l !== null) patch.borderLeft = l;
      if (rt !== null) patch.borderRight = rt;
      // setStyle drops keys set to undefined, which removes that border.
      if (Object.keys(patch).length > 0) this.sheet.setStyle(i, j, patch);
    });
    return this;
  }

  // ---- Notes ----

  getNote(): string {
    return this.cellAt(0, 0)?.note ?? '';
  }

  getNotes(): string[][] {
    return this.grid2d((cell) => cell?.note ?? '');
  }

  setNote(note: string | null): RangeImpl {
    this.guard();
    const text = note === null || note === undefined ? '' : String(note);
    this.each((r, c) => {
      if (text) this.sheet.grid.ensure(r, c).note = text;
      else {
        const cell = this.sheet.grid.get(r, c);
        if (cell) delete cell.note;
        this.sheet.grid.tidy(r, c);
      }
    });
    return this;
  }

  setNotes(notes: unknown): RangeImpl {
    const data = this.checkShape(notes, 'setNotes');
    this.guard();
    const { r, c } = this.area;
    this.each((i, j) => {
      const text = data[i - r][j - c];
      if (text) this.sheet.grid.ensure(i, j).note = String(text);
      else {
        const cell = this.sheet.grid.get(i, j);
        if (cell) delete cell.note;
        this.sheet.grid.tidy(i, j);
      }
    });
    return this;
  }

  // ---- Data validation ----

  private ruleArg(rule: unknown, method: string): DataValidationImpl | null {
    if (rule === null || rule === undefined) return null;
    const dv = unwrap(rule, DataValidationImpl);
    if (!dv) throw gasError(badSignature(`SpreadsheetApp.Range.${method}`, [rule]));
    return dv;
  }

  setDataValidation(rule: unknown): RangeImpl {
    const dv = this.ruleArg(rule, 'setDataValidation');
    this.guard();
    this.each((r, c) => {
      if (dv) this.sheet.grid.ensure(r, c).dv = dv;
      else {
        const cell = this.sheet.grid.get(r, c);
        if (cell) delete cell.dv;
        this.sheet.grid.tidy(r, c);
      }
    });
    return this;
  }

  setDataValidations(rules: unknown): RangeImpl {
    const data = this.checkShape(rules, 'setDataValidations');
    const parsed = data.map((row) => row.map((rule) => this.ruleArg(rule, 'setDataValidations')));
    this.guard();
    const { r, c } = this.area;
    this.each((i, j) => {
      const dv = parsed[i - r][j - c];
      if (dv) this.sheet.grid.ensure(i, j).dv = dv;
      else {
        const cell = this.sheet.grid.get(i, j);
        if (cell) delete cell.dv;
        this.sheet.grid.tidy(i, j);
      }
    });
    return this;
  }

  getDataValidation(): DataValidationImpl | null {
    return this.cellAt(0, 0)?.dv ?? null;
  }

  getDataValidations(): (DataValidationImpl | null)[][] {
    return this.grid2d((cell) => cell?.dv ?? null);
  }

  insertCheckboxes(): RangeImpl {
    this.guard();
    const rule = new DataValidationImpl('CHECKBOX', [], true, null, this.sheet.ss.tz());
    this.each((r, c) => {
      const cell = this.sheet.grid.ensure(r, c);
      cell.dv = rule;
      if (cell.v === '' && cell.f === undefined) cell.v = false;
    });
    return this;
  }

  // ---- Merges ----

  private mergeArea(area: Area): void {
    const sheet = this.sheet;
    for (const m of sheet.merges) {
      if (intersects(m, area) && !contains(area, m)) throw gasError(MSG.mergePartial);
    }
    sheet.merges = sheet.merges.filter((m) => !contains(area, m));
    if (area.nr * area.nc > 1) sheet.merges.push({ ...area });
    // Only the top-left value survives a merge.
    for (let r = area.r; r < area.r + area.nr; r++) {
      for (let c = area.c; c < area.c + area.nc; c++) if (r !== area.r || c !== area.c) sheet.put(r, c, { v: '' });
    }
  }

  merge(): RangeImpl {
    this.guard();
    this.mergeArea(this.area);
    return this;
  }

  mergeAcross(): RangeImpl {
    this.guard();
    const { r, c, nr, nc } = this.area;
    for (let i = r; i < r + nr; i++) this.mergeArea({ r: i, c, nr: 1, nc });
    return this;
  }

  mergeVertically(): RangeImpl {
    this.guard();
    const { r, c, nr, nc } = this.area;
    for (let j = c; j < c + nc; j++) this.mergeArea({ r, c: j, nr, nc: 1 });
    return this;
  }

  breakApart(): RangeImpl {
    this.guard();
    const sheet = this.sheet;
    for (const m of sheet.merges) {
      if (intersects(m, this.area) && !contains(this.area, m)) throw gasError(MSG.mergePartial);
    }
    sheet.merges = sheet.merges.filter((m) => !contains(this.area, m));
    return this;
  }

  getMergedRanges(): RangeImpl[] {
    return this.sheet.merges.filter((m) => intersects(m, this.area)).map((m) => new RangeImpl(this.sheet, { ...m }));
  }

  isPartOfMerge(): boolean {
    return this.sheet.merges.some((m) => intersects(m, this.area));
  }

  // ---- Protection ----

  protect(): ProtectionImpl {
    this.guard();
    const p = new ProtectionImpl(this.sheet, 'RANGE', { ...this.area });
    this.sheet.ss.protections.push(p);
    return p;
  }

  override toString(): string {
    return 'Range';
  }
}

/** Text or a formula beyond what one cell of a Google Sheet holds. */
function tooLong(content: Content): boolean {
  return (
    (typeof content.v === 'string' && content.v.length > MAX_CELL_CHARACTERS) ||
    (content.f !== undefined && content.f.length > MAX_CELL_CHARACTERS)
  );
}
