// Sheets reads a string written by setValues as if a person had typed it: "=..." becomes a
// formula, "+84..." a number, "15/3/2023" a date. A leading apostrophe keeps it as the same
// characters (the apostrophe is not part of the stored value), so every string that comes from a
// user or from our labels is written through here.

export type CellValue = string | number | boolean | Date;

function asCell(value: unknown): CellValue {
  if (typeof value === 'string') return value === '' ? '' : `'${value}`;
  if (typeof value === 'number') return Number.isFinite(value) ? value : '';
  if (typeof value === 'boolean') return value;
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') return value as Date;
  return value === null || value === undefined ? '' : `'${String(value)}`;
}

/** A rectangular copy of `rows` with every cell made safe and short rows padded with ''. */
export function asCells(rows: readonly (readonly unknown[])[], width?: number): CellValue[][] {
  const w = width ?? rows.reduce((max, r) => Math.max(max, r.length), 0);
  return rows.map((r) => {
    const out: CellValue[] = new Array(w);
    for (let i = 0; i < w; i++) out[i] = i < r.length ? asCell(r[i]) : '';
    return out;
  });
}
