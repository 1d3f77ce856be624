// The emulated spreadsheet as an .xlsx file and back: what the offline runner writes for a person
// to open, and how it reads a workbook downloaded from Google Sheets.
//
// Dates travel as Excel serials (the wall clock, no zone), like Sheets' own serials, so a date is
// the same day on both sides whatever the machine's zone. Google protections name users, which
// Excel cannot: a protected tab is written as an Excel sheet protection without a password (its
// unprotected ranges unlocked), so it opens read-only where Google would refuse most people; on
// import such a tab gets a sheet protection with the owner as its only editor. Range protections
// and the editor lists are not carried.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import ExcelJS from 'exceljs';
import {
  type Area,
  type Border,
  type BorderStyleName,
  type Cell,
  type CriteriaName,
  DataValidationImpl,
  DEFAULT_FORMAT,
  dateToSerial,
  isDateFormat,
  ProtectionImpl,
  parseA1,
  quoteSheetName,
  RangeImpl,
  type SheetImpl,
  type SpreadsheetImpl,
  type Style,
  serialToInstant,
} from '../emulator/spreadsheet';
import type { Workspace } from '../emulator/workspace';

// exceljs hands JSZip each part of the file as a JavaScript string in Node, and JSZip turns a string
// into UTF-8 in chunks of 16,384 UTF-16 units: an emoji whose surrogate pair straddles a chunk
// boundary comes out as two U+FFFD. Handing JSZip the part's bytes instead keeps every character
// (exceljs does the same in the browser). Patched once, here, where the only writer lives.
const { ZipWriter } = require('exceljs/lib/utils/zip-stream') as {
  ZipWriter: { prototype: { append(data: unknown, options: { name: string; base64?: boolean }): void } };
};
const appendPart = ZipWriter.prototype.append;
ZipWriter.prototype.append = function append(data, options) {
  const bytes = typeof data === 'string' && !options.base64 ? Buffer.from(data, 'utf8') : data;
  appendPart.call(this, bytes, options);
};

/** Excel serial of 1970-01-01: Excel and Sheets count days from 1899-12-30. */
const UNIX_EPOCH_SERIAL = 25_569;
const DAY_MS = 86_400_000;
const DEFAULT_FONT = { name: 'Arial', size: 10 };

/** A Date whose UTC fields are the serial's wall clock: exceljs writes Dates as UTC serials. */
function serialToExcelDate(serial: number): Date {
  return new Date(Math.round((serial - UNIX_EPOCH_SERIAL) * DAY_MS));
}

function excelDateToSerial(date: Date): number {
  return date.getTime() / DAY_MS + UNIX_EPOCH_SERIAL;
}

function argb(hex: string): string | null {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  return m ? `FF${m[1].toUpperCase()}` : null;
}

function hexOf(color: Partial<ExcelJS.Color> | undefined): string | undefined {
  const v = color?.argb;
  if (!v || !/^[0-9a-f]{8}$/i.test(v)) return undefined;
  return `#${v.slice(2).toLowerCase()}`;
}

/** Sheets' column pixels and Excel's character widths (7 px a character plus 5 px padding). */
function pxToWidth(px: number): number {
  return Math.max(0, (px - 5) / 7);
}

function widthToPx(width: number): number {
  return Math.round(width * 7 + 5);
}

const BORDER_OUT: Record<BorderStyleName, ExcelJS.BorderStyle> = {
  SOLID: 'thin',
  SOLID_MEDIUM: 'medium',
  SOLID_THICK: 'thick',
  DOTTED: 'dotted',
  DASHED: 'dashed',
  DOUBLE: 'double',
};

function borderIn(b: Partial<ExcelJS.Border> | undefined): Border | undefined {
  if (!b?.style) return undefined;
  const style = (Object.entries(BORDER_OUT).find(([, x]) => x === b.style)?.[0] ?? 'SOLID') as BorderStyleName;
  return { style, color: hexOf(b.color) ?? '#000000' };
}

const OPERATORS: Partial<Record<CriteriaName, ExcelJS.DataValidationOperator>> = {
  NUMBER_BETWEEN: 'between',
  NUMBER_NOT_BETWEEN: 'notBetween',
  NUMBER_EQUAL_TO: 'equal',
  NUMBER_NOT_EQUAL_TO: 'notEqual',
  NUMBER_GREATER_THAN: 'greaterThan',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'greaterThanOrEqual',
  NUMBER_LESS_THAN: 'lessThan',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'lessThanOrEqual',
  DATE_BETWEEN: 'between',
  DATE_NOT_BETWEEN: 'notBetween',
  DATE_EQUAL_TO: 'equal',
  DATE_AFTER: 'greaterThan',
  DATE_ON_OR_AFTER: 'greaterThanOrEqual',
  DATE_BEFORE: 'lessThan',
  DATE_ON_OR_BEFORE: 'lessThanOrEqual',
};

function excelFormat(format: string | undefined): string | undefined {
  if (!format || format === DEFAULT_FORMAT) return undefined;
  return format.replace(/am\/pm/gi, 'AM/PM');
}

// ---------------------------------------------------------------- export

function validationOut(dv: DataValidationImpl, ss: SpreadsheetImpl): ExcelJS.DataValidation | null {
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: dv.allowInvalid ? 'warning' : 'stop',
    ...(dv.helpText ? { showInputMessage: true, prompt: dv.helpText, error: dv.helpText } : {}),
  } as const;
  const [a, b] = dv.values;
  const day = (d: unknown) => serialToExcelDate(Math.floor(dateToSerial((d as Date).getTime(), ss.tz())));
  switch (dv.criteria) {
    case 'VALUE_IN_LIST':
      return { ...common, type: 'list', formulae: [`"${(a as string[]).join(',')}"`] };
    case 'VALUE_IN_RANGE': {
      const source = a as RangeImpl;
      const { r, c, nr, nc } = source.area;
      const ref = `$${colLetters(c)}$${r}:$${colLetters(c + nc - 1)}$${r + nr - 1}`;
      return { ...common, type: 'list', formulae: [`${quoteSheetName(source.sheet.getName())}!${ref}`] };
    }
    case 'CHECKBOX':
      return { ...common, type: 'list', formulae: ['"TRUE,FALSE"'] };
    case 'DATE_IS_VALID_DATE':
      return { ...common, type: 'date', operator: 'greaterThan', formulae: [serialToExcelDate(0)] };
    case 'CUSTOM_FORMULA':
      return { ...common, type: 'custom', formulae: [String(a).replace(/^=/, '')] };
    default: {
      const operator = OPERATORS[dv.criteria];
      if (!operator) return null;
      if (dv.criteria.startsWith('DATE_')) {
        return { ...common, type: 'date', operator, formulae: b === undefined ? [day(a)] : [day(a), day(b)] };
      }
      return { ...common, type: 'decimal', operator, formulae: b === undefined ? [a] : [a, b] };
    }
  }
}

function colLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function cellValueOut(sheet: SheetImpl, r: number, c: number, cell: Cell): ExcelJS.CellValue {
  const dateFormat = isDateFormat(cell.s?.numberFormat);
  if (cell.f !== undefined) {
    const result = sheet.computed(r, c);
    const formula = cell.f.slice(1);
    if (typeof result === 'string' && result.startsWith('#')) return { formula } as ExcelJS.CellFormulaValue;
    const shown = typeof result === 'number' && dateFormat ? serialToExcelDate(result) : result;
    return { formula, result: shown } as ExcelJS.CellFormulaValue;
  }
  if (typeof cell.v === 'number' && dateFormat) return serialToExcelDate(cell.v);
  return cell.v === '' ? null : cell.v;
}

function styleOut(target: ExcelJS.Cell, s: Style | undefined): void {
  const font: Partial<ExcelJS.Font> = {
    name: s?.fontFamily ?? DEFAULT_FONT.name,
    size: s?.fontSize ?? DEFAULT_FONT.size,
  };
  if (s?.bold) font.bold = true;
  if (s?.italic) font.italic = true;
  const color = s?.fontColor && argb(s.fontColor);
  if (color) font.color = { argb: color };
  target.font = font;
  if (!s) return;
  const format = excelFormat(s.numberFormat);
  if (format) target.numFmt = format;
  const fill = s.background && argb(s.background);
  if (fill) target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (s.hAlign && ['left', 'center', 'right'].includes(s.hAlign)) {
    alignment.horizontal = s.hAlign as ExcelJS.Alignment['horizontal'];
  }
  if (s.vAlign) alignment.vertical = s.vAlign as ExcelJS.Alignment['vertical'];
  if (s.wrap === 'WRAP') alignment.wrapText = true;
  if (Object.keys(alignment).length > 0) target.alignment = alignment;
  const border: Partial<ExcelJS.Borders> = {};
  const side = (b: Border | undefined) =>
    b ? { style: BORDER_OUT[b.style], color: { argb: argb(b.color) ?? 'FF000000' } } : undefined;
  if (s.borderTop) border.top = side(s.borderTop);
  if (s.borderLeft) border.left = side(s.borderLeft);
  if (s.borderBottom) border.bottom = side(s.borderBottom);
  if (s.borderRight) border.right = side(s.borderRight);
  if (Object.keys(border).length > 0) target.border = border;
}

/** Excel's limit on a sheet name (Google allows 100). */
const EXCEL_NAME_LIMIT = 31;

/** Names Excel accepts, unique, for the tabs in order; a longer name is cut and said so in Vietnamese. */
function excelNames(sheets: readonly SheetImpl[]): string[] {
  const used = new Set<string>();
  return sheets.map((sheet) => {
    const name = sheet.getName();
    let out = name;
    for (let n = 1; out.length > EXCEL_NAME_LIMIT || used.has(out.toLowerCase()); n++) {
      const suffix = n === 1 ? '' : ` ${n}`;
      out = `${name.slice(0, EXCEL_NAME_LIMIT - suffix.length).trimEnd()}${suffix}`;
    }
    used.add(out.toLowerCase());
    if (out !== name) {
      console.warn(
        `Tab "${name}" dài ${name.length} ký tự; tệp Excel chỉ cho phép ${EXCEL_NAME_LIMIT} nên trong tệp tab này tên là "${out}".`,
      );
    }
    return out;
  });
}

async function sheetOut(wb: ExcelJS.Workbook, sheet: SheetImpl, name: string): Promise<void> {
  const ss = sheet.ss;
  const ws = wb.addWorksheet(name, {
    state: sheet.hidden ? 'hidden' : 'visible',
    views:
      sheet.frozenRows || sheet.frozenCols
        ? [{ state: 'frozen', xSplit: sheet.frozenCols, ySplit: sheet.frozenRows }]
        : [{ state: 'normal' }],
    ...(sheet.tabColor && argb(sheet.tabColor) ? { properties: { tabColor: { argb: argb(sheet.tabColor)! } } } : {}),
  });
  for (let c = 1; c <= sheet.maxCols; c++) ws.getColumn(c).width = pxToWidth(sheet.getColumnWidth(c));
  for (const [r, px] of sheet.rowHeights) ws.getRow(r).height = px * 0.75;
  for (const [r, c, cell] of sheet.grid.entries()) {
    const target = ws.getCell(r, c);
    target.value = cellValueOut(sheet, r, c, cell);
    styleOut(target, cell.s);
    if (cell.note) target.note = cell.note;
    if (cell.dv) {
      const dv = validationOut(cell.dv, ss);
      if (dv) target.dataValidation = dv;
    }
  }
  for (const m of sheet.merges) ws.mergeCells(m.r, m.c, m.r + m.nr - 1, m.c + m.nc - 1);
  // Excel files from exceljs cannot hold a live chart: each chart goes in as its picture, where it stands.
  for (const chart of sheet.charts) {
    const image = wb.addImage({ buffer: chart.png() as unknown as ExcelJS.Buffer, extension: 'png' });
    const { row, column } = chart.state.position;
    const { width, height } = chart.picture();
    ws.addImage(image, { tl: { col: column - 1, row: row - 1 }, ext: { width, height } });
  }
  const protection = ss.protections.find((p) => p.sheet === sheet && p.type === 'SHEET' && !p.removed);
  if (protection && !protection.isWarningOnly()) {
    for (const a of protection.unprotectedAreas()) {
      for (let r = a.r; r < a.r + a.nr; r++) {
        for (let c = a.c; c < a.c + a.nc; c++) ws.getCell(r, c).protection = { locked: false };
      }
    }
    await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true });
  }
}

/** Writes every tab, in order, with values, formulas and their results, formats and validation. */
export async function exportXlsx(ss: SpreadsheetImpl, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = ss.owner;
  wb.title = ss.getName();
  const names = excelNames(ss.sheets);
  for (const [i, sheet] of ss.sheets.entries()) await sheetOut(wb, sheet, names[i]);
  await wb.xlsx.writeFile(file);
}

// ---------------------------------------------------------------- import

function styleIn(cell: ExcelJS.Cell): Style | undefined {
  const s: Record<string, unknown> = {};
  const font = cell.font ?? {};
  if (font.bold) s.bold = true;
  if (font.italic) s.italic = true;
  if (font.size !== undefined && font.size !== DEFAULT_FONT.size) s.fontSize = font.size;
  if (font.name && font.name !== DEFAULT_FONT.name) s.fontFamily = font.name;
  const color = hexOf(font.color);
  if (color && color !== '#000000') s.fontColor = color;
  if (cell.numFmt && cell.numFmt !== 'General') s.numberFormat = cell.numFmt;
  const fill = cell.fill;
  if (fill && fill.type === 'pattern' && fill.pattern === 'solid') {
    const bg = hexOf(fill.fgColor);
    if (bg && bg !== '#ffffff') s.background = bg;
  }
  const a = cell.alignment ?? {};
  if (a.horizontal && ['left', 'center', 'right'].includes(a.horizontal)) s.hAlign = a.horizontal;
  if (a.vertical && a.vertical !== 'bottom') s.vAlign = a.vertical;
  if (a.wrapText) s.wrap = 'WRAP';
  const b = cell.border ?? {};
  const top = borderIn(b.top);
  const left = borderIn(b.left);
  const bottom = borderIn(b.bottom);
  const right = borderIn(b.right);
  if (top) s.borderTop = top;
  if (left) s.borderLeft = left;
  if (bottom) s.borderBottom = bottom;
  if (right) s.borderRight = right;
  return Object.keys(s).length > 0 ? (s as Style) : undefined;
}

function noteIn(note: ExcelJS.Cell['note']): string | undefined {
  if (!note) return undefined;
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((t) => t.text).join('') || undefined;
}

function quoteText(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** The content of one imported cell; text stays text (it is not typed input). */
function contentIn(cell: ExcelJS.Cell): { v: number | string | boolean; f?: string; date?: boolean } | null {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') return { v };
  if (v instanceof Date) return { v: excelDateToSerial(v), date: true };
  const formula = cell.formula;
  if (formula) return { v: '', f: `=${formula}` };
  if ('richText' in v) return { v: v.richText.map((t) => t.text).join('') };
  if ('hyperlink' in v) {
    const text = typeof v.text === 'string' ? v.text : '';
    return { v: '', f: `=HYPERLINK(${quoteText(v.hyperlink)}, ${quoteText(text)})` };
  }
  // An error value stays an error (a formula holding it, as Sheets shows it), not the text "#REF!".
  if ('error' in v) return { v: '', f: `=${String(v.error)}` };
  return null;
}

function valueIn(sheet: SheetImpl, r: number, c: number, cell: ExcelJS.Cell): void {
  const content = contentIn(cell);
  if (!content) return;
  sheet.put(r, c, content.f ? { v: '', f: content.f } : { v: content.v });
  if (content.date && !isDateFormat(sheet.grid.get(r, c)?.s?.numberFormat)) {
    sheet.setStyle(r, c, { numberFormat: sheet.ss.localeInfo().dateFormat });
  }
}

function validationIn(dv: ExcelJS.DataValidation, sheet: SheetImpl, ss: SpreadsheetImpl): DataValidationImpl | null {
  const allowInvalid = !(dv.showErrorMessage && (dv.errorStyle ?? 'stop') === 'stop');
  const help = dv.prompt || dv.error || null;
  const make = (criteria: CriteriaName, values: unknown[]) =>
    new DataValidationImpl(criteria, values, allowInvalid, help, ss.tz());
  const [f1, f2] = (dv.formulae ?? []) as unknown[];
  const op = dv.operator ?? 'between';
  if (dv.type === 'list') {
    const text = String(f1 ?? '');
    if (text.startsWith('"')) {
      const items = text.slice(1, -1).split(',');
      if (items.length === 2 && items.includes('TRUE') && items.includes('FALSE')) return make('CHECKBOX', []);
      return make('VALUE_IN_LIST', [items, true]);
    }
    const ref = parseA1(text);
    if (!ref || ref.r1 === null || ref.c1 === null) return null;
    const source = ref.sheet === null ? sheet : ss.findSheet(ref.sheet);
    if (!source) return null;
    const area: Area = {
      r: ref.r1,
      c: ref.c1,
      nr: (ref.r2 ?? ref.r1) - ref.r1 + 1,
      nc: (ref.c2 ?? ref.c1) - ref.c1 + 1,
    };
    if (area.r + area.nr - 1 > source.maxRows || area.c + area.nc - 1 > source.maxCols) return null;
    return make('VALUE_IN_RANGE', [new RangeImpl(source, area), true]);
  }
  const back = (kind: 'NUMBER' | 'DATE') =>
    (Object.entries(OPERATORS).find(([k, o]) => k.startsWith(kind) && o === op)?.[0] ?? null) as CriteriaName | null;
  if (dv.type === 'decimal' || dv.type === 'whole') {
    const criteria = back('NUMBER');
    const values = [Number(f1), ...(f2 === undefined ? [] : [Number(f2)])];
    return criteria ? make(criteria, values) : null;
  }
  if (dv.type === 'date') {
    const asInstant = (d: unknown) => new Date(serialToInstant(excelDateToSerial(d as Date), ss.tz()));
    if (op === 'greaterThan' && f1 instanceof Date && excelDateToSerial(f1) <= 0) return make('DATE_IS_VALID_DATE', []);
    const criteria = back('DATE');
    const values = [asInstant(f1), ...(f2 === undefined ? [] : [asInstant(f2)])];
    return criteria ? make(criteria, values) : null;
  }
  if (dv.type === 'custom' && f1 !== undefined) return make('CUSTOM_FORMULA', [`=${String(f1)}`]);
  return null;
}

/** Cells left unlocked under an Excel sheet protection, as column runs (Sheets' unprotected ranges). */
function unlockedAreas(ws: ExcelJS.Worksheet): Area[] {
  const runs: Area[] = [];
  const open = new Map<number, Area>();
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      if (cell.protection?.locked !== false) return;
      const run = open.get(c);
      if (run && run.r + run.nr === r) run.nr += 1;
      else {
        const fresh = { r, c, nr: 1, nc: 1 };
        runs.push(fresh);
        open.set(c, fresh);
      }
    });
  });
  // Side-by-side runs of the same rows become one rectangle.
  runs.sort((a, b) => a.r - b.r || a.nr - b.nr || a.c - b.c);
  const out: Area[] = [];
  for (const run of runs) {
    const last = out[out.length - 1];
    if (last && last.r === run.r && last.nr === run.nr && last.c + last.nc === run.c) last.nc += 1;
    else out.push({ ...run });
  }
  return out;
}

function sheetIn(ws: ExcelJS.Worksheet, ss: SpreadsheetImpl, index: number): [SheetImpl, ExcelJS.Worksheet] {
  const sheet = ss.addSheet(ws.name, index);
  sheet.maxRows = Math.max(1000, ws.rowCount);
  sheet.maxCols = Math.max(26, ws.columnCount);
  sheet.hidden = ws.state === 'hidden' || ws.state === 'veryHidden';
  const tab = hexOf(ws.properties.tabColor);
  if (tab) sheet.tabColor = tab;
  const view = ws.views?.[0];
  if (view?.state === 'frozen') {
    sheet.frozenRows = view.ySplit ?? 0;
    sheet.frozenCols = view.xSplit ?? 0;
  }
  (ws.columns ?? []).forEach((col, i) => {
    if (col.width !== undefined) sheet.colWidths.set(i + 1, widthToPx(col.width));
  });
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.height) sheet.rowHeights.set(r, Math.round(row.height / 0.75));
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      if (cell.isMerged && cell.master !== cell) return;
      const style = styleIn(cell);
      if (style) sheet.setStyle(r, c, style);
      valueIn(sheet, r, c, cell);
      const note = noteIn(cell.note);
      if (note) sheet.grid.ensure(r, c).note = note;
    });
  });
  const merges = (
    ws as unknown as {
      _merges: Record<string, { model: { top: number; left: number; bottom: number; right: number } }>;
    }
  )._merges;
  for (const m of Object.values(merges ?? {})) {
    const { top, left, bottom, right } = m.model;
    sheet.merges.push({ r: top, c: left, nr: bottom - top + 1, nc: right - left + 1 });
  }
  return [sheet, ws];
}

/**
 * Reads a workbook into a new emulated spreadsheet owned by the workspace owner. Throws an Error
 * with a Vietnamese sentence when the file is missing or is not a readable .xlsx workbook.
 */
/** The sheet names over Excel's limit in a workbook's xl/workbook.xml ([] when it cannot be read). */
async function longSheetNames(file: string): Promise<string[]> {
  try {
    const JSZip = require('jszip') as typeof import('jszip');
    const zip = await JSZip.loadAsync(readFileSync(file));
    const xml = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
    const names = [...xml.matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => decodeXml(m[1]));
    return names.filter((n) => n.length > EXCEL_NAME_LIMIT);
  } catch {
    return [];
  }
}

function decodeXml(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

export async function importXlsx(ws: Workspace, file: string, name?: string): Promise<SpreadsheetImpl> {
  if (!existsSync(file)) throw new Error(`Không tìm thấy tệp "${file}". Hãy kiểm tra lại đường dẫn.`);
  if (!statSync(file).isFile()) throw new Error(`"${file}" là một thư mục, không phải tệp Excel (.xlsx).`);
  const wb = new ExcelJS.Workbook();
  // exceljs warns in English about a long sheet name before it gives up: the Vietnamese message below says it.
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (!/exceeds 31 chars/.test(String(args[0]))) warn(...args);
  };
  try {
    await wb.xlsx.readFile(file);
  } catch {
    const long = await longSheetNames(file);
    if (long.length > 0) {
      throw new Error(
        `Không đọc được tệp "${file}": có tab tên dài hơn ${EXCEL_NAME_LIMIT} ký tự (${long.map((n) => `"${n}"`).join(', ')}), ` +
          `mà tệp Excel chỉ cho phép ${EXCEL_NAME_LIMIT}. Hãy đổi tên các tab đó cho ngắn hơn trong Google Trang tính ` +
          '(tab của đơn vị: sửa cột Tên tab trong Cấu hình rồi chạy Thiết lập bảng tính), rồi tải về lại.',
      );
    }
    throw new Error(
      `Không đọc được tệp "${file}": đây không phải là tệp Excel (.xlsx) hợp lệ. Hãy tải bảng tính về bằng Tệp → Tải xuống → Microsoft Excel (.xlsx).`,
    );
  } finally {
    console.warn = warn;
  }
  if (wb.worksheets.length === 0) throw new Error(`Tệp "${file}" không có trang tính nào.`);
  const ss = ws.spreadsheets.create(name ?? basename(file, extname(file)), { empty: true });
  const pairs = wb.worksheets.map((w, i) => sheetIn(w, ss, i));
  // Validation after every tab exists: a dropdown may take its list from a later tab.
  for (const [sheet, w] of pairs) {
    const extra = w as unknown as {
      dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> };
      sheetProtection?: { sheet?: boolean } | null;
    };
    const model = extra.dataValidations.model;
    const cache = new Map<ExcelJS.DataValidation, DataValidationImpl | null>();
    for (const [address, dv] of Object.entries(model)) {
      if (!dv) continue;
      const ref = parseA1(address);
      if (!ref || ref.r1 === null || ref.c1 === null) continue;
      if (!cache.has(dv)) cache.set(dv, validationIn(dv, sheet, ss));
      const rule = cache.get(dv);
      if (rule && ref.r1 <= sheet.maxRows && ref.c1 <= sheet.maxCols) sheet.grid.ensure(ref.r1, ref.c1).dv = rule;
    }
    if (extra.sheetProtection?.sheet) {
      const p = new ProtectionImpl(sheet, 'SHEET', null);
      p.restore({ editors: [ss.owner], unprotected: unlockedAreas(w) });
      ss.protections.push(p);
    }
  }
  ss.setActiveSheetRaw(ss.sheets[0]);
  return ss;
}
