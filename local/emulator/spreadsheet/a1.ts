// A1 notation: "B2", "A2:M", "A:C", "3:5", "'Danh mục'!$A$2:$A$200".

export interface Area {
  /** 1-based first row and column. */
  r: number;
  c: number;
  nr: number;
  nc: number;
}

export interface A1Ref {
  readonly sheet: string | null;
  readonly r1: number | null;
  readonly c1: number | null;
  readonly r2: number | null;
  readonly c2: number | null;
}

export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const CELL = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

/** Splits "'Sheet'!A1:B2" into the sheet name (unquoted) and the cell part. */
export function splitSheet(ref: string): { sheet: string | null; cells: string } {
  const bang = ref.lastIndexOf('!');
  if (bang < 0) return { sheet: null, cells: ref };
  let sheet = ref.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, cells: ref.slice(bang + 1) };
}

/** Parses A1 notation; returns null when it is not a range reference. */
export function parseA1(ref: string): A1Ref | null {
  const { sheet, cells } = splitSheet(ref.trim());
  const parts = cells.split(':');
  if (parts.length > 2 || parts.some((p) => p === '')) return null;
  const ends = parts.map((p) => CELL.exec(p));
  if (ends.some((m) => !m || (!m[1] && !m[2]))) return null;
  const [a, b] = ends as RegExpExecArray[];
  const c1 = a[1] ? columnNumber(a[1]) : null;
  const r1 = a[2] ? Number(a[2]) : null;
  if (!b) {
    // A single reference must name a cell ("B2"); "B" or "2" alone is not a range.
    if (c1 === null || r1 === null) return null;
    return { sheet, r1, c1, r2: r1, c2: c1 };
  }
  const c2 = b[1] ? columnNumber(b[1]) : null;
  const r2 = b[2] ? Number(b[2]) : null;
  // "A:C" or "3:5" must be consistent on both ends; "A2:C" leaves the rows open.
  if ((c1 === null) !== (c2 === null) && c1 === null) return null;
  if (r1 === 0 || r2 === 0) return null;
  return { sheet, r1, c1, r2, c2 };
}

/** Resolves a parsed reference against a grid of maxRows × maxCols. */
export function resolveA1(ref: A1Ref, maxRows: number, maxCols: number): Area {
  const r1 = ref.r1 ?? 1;
  const c1 = ref.c1 ?? 1;
  const r2 = ref.r2 ?? maxRows;
  const c2 = ref.c2 ?? maxCols;
  const top = Math.min(r1, r2);
  const left = Math.min(c1, c2);
  return { r: top, c: left, nr: Math.max(r1, r2) - top + 1, nc: Math.max(c1, c2) - left + 1 };
}

/**
 * How a range was named, which getA1Notation keeps: whole rows ("5:7"), whole columns ("D:F"), or
 * the whole sheet of a sheet protection (""). Null: by its cells.
 */
export type RangeForm = 'rows' | 'columns' | 'sheet' | null;

/** The form of a parsed reference: only "5:7" and "D:F" name whole rows or columns. */
export function refForm(ref: A1Ref): RangeForm {
  if (ref.c1 === null && ref.c2 === null) return 'rows';
  if (ref.r1 === null && ref.r2 === null) return 'columns';
  return null;
}

export function formA1(area: Area, form: RangeForm): string {
  if (form === 'sheet') return '';
  if (form === 'rows') return `${area.r}:${area.r + area.nr - 1}`;
  if (form === 'columns') return `${columnLetter(area.c)}:${columnLetter(area.c + area.nc - 1)}`;
  return areaA1(area);
}

function areaA1(area: Area): string {
  const first = `${columnLetter(area.c)}${area.r}`;
  if (area.nr === 1 && area.nc === 1) return first;
  return `${first}:${columnLetter(area.c + area.nc - 1)}${area.r + area.nr - 1}`;
}

/** Sheet name as a formula reference needs it: quoted unless it is a plain identifier. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function intersects(a: Area, b: Area): boolean {
  return a.r < b.r + b.nr && b.r < a.r + a.nr && a.c < b.c + b.nc && b.c < a.c + a.nc;
}

export function contains(outer: Area, inner: Area): boolean {
  return (
    inner.r >= outer.r &&
    inner.c >= outer.c &&
    inner.r + inner.nr <= outer.r + outer.nr &&
    inner.c + inner.nc <= outer.c + outer.nc
  );
}

/**
 * Moves an area when rows (or columns) are inserted at `at` (the first new index) or deleted
 * from `at` (count negative). Returns null when the area is deleted entirely.
 */
export function shiftSpan(start: number, size: number, at: number, count: number): [number, number] | null {
  const end = start + size - 1;
  if (count > 0) {
    if (at <= start) return [start + count, size];
    if (at <= end) return [start, size + count];
    return [start, size];
  }
  const delStart = at;
  const delEnd = at - count - 1;
  if (delEnd < start) return [start + count, size];
  if (delStart > end) return [start, size];
  const keptBefore = Math.max(0, delStart - start);
  const keptAfter = Math.max(0, end - delEnd);
  const kept = keptBefore + keptAfter;
  if (kept === 0) return null;
  return [Math.min(start, delStart), kept];
}
