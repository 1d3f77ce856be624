// A unit's own subtotal row: its numbers are formulas adding up other rows of the tab (=SUM(F10:F15),
// =H10+H11). Counted, it would add those rows a second time, so it is not counted and is listed.
// Judged on the number columns only (quantity, participants, the three money sources): a row counts
// as a subtotal when every number it holds is such a formula.

/** Cell references in a formula, as 1-based row ranges; null when it reaches another tab. */
function referencedRows(formula: string): { from: number; to: number }[] | null {
  const f = formula.toUpperCase();
  // A reference to another tab ("'Thôn A'!F10", "Sheet2!F10"), or a named range: not this tab's rows.
  if (f.includes('!')) return null;
  const refs: { from: number; to: number }[] = [];
  const cell = /(?<![A-Z0-9_$])\$?[A-Z]{1,3}\$?(\d+)(?::\$?[A-Z]{1,3}\$?(\d+))?(?![A-Z0-9_(])/g;
  for (const m of f.matchAll(cell)) {
    const a = Number(m[1]);
    const b = m[2] === undefined ? a : Number(m[2]);
    refs.push({ from: Math.min(a, b), to: Math.max(a, b) });
  }
  return refs;
}

/** `formula` (as getFormulas gives it) adds up cells of other rows of the same tab than `row`. */
function sumsOtherRows(formula: string, row: number): boolean {
  if (!formula.startsWith('=')) return false;
  const refs = referencedRows(formula);
  if (!refs || refs.length === 0) return false;
  if (refs.some((r) => r.from <= row && row <= r.to)) return false;
  const body = formula.toUpperCase();
  return /\b(SUM|SUBTOTAL|SUMIF|SUMIFS|AGGREGATE)\s*\(/.test(body) || (refs.length > 1 && body.includes('+'));
}

export interface NumberCell {
  readonly value: unknown;
  /** The cell's formula ('' or undefined when it holds a typed value). */
  readonly formula: string | undefined;
}

/** Every non-blank number cell of the row is a formula summing other rows (and there is one). */
export function isSubtotalRow(cells: readonly NumberCell[], row: number): boolean {
  const filled = cells.filter((c) => (c.formula ?? '') !== '' || !(c.value === '' || c.value === null));
  return filled.length > 0 && filled.every((c) => sumsOtherRows(c.formula ?? '', row));
}

export const SUBTOTAL_MESSAGE =
  'Các số của dòng này đều là công thức cộng các dòng khác của tab (dòng cộng, dòng tổng): tính cả dòng này thì ' +
  'các hoạt động đó bị cộng hai lần. Dòng này chưa được tính. Nếu đây là dòng tổng, hãy xóa nó (Tổng hợp tự cộng); ' +
  'nếu là một hoạt động thật, hãy gõ thẳng các số thay cho công thức.';
