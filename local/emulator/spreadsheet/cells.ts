// Sparse cell storage: an outer array of rows with holes, each row a short array of cells, so a
// 60,000-row tab costs only the cells that hold something and reads stay linear.
import type { BorderStyleName, WrapStrategyName } from './enums';
import type { Scalar } from './formula';
import type { DataValidationImpl } from './validation';

export interface Border {
  readonly style: BorderStyleName;
  readonly color: string;
}

export interface Style {
  readonly numberFormat?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontSize?: number;
  readonly fontColor?: string;
  readonly fontFamily?: string;
  readonly background?: string;
  readonly hAlign?: string;
  readonly vAlign?: string;
  readonly wrap?: WrapStrategyName;
  readonly borderTop?: Border;
  readonly borderLeft?: Border;
  readonly borderBottom?: Border;
  readonly borderRight?: Border;
}

export interface Cell {
  /** The stored value; dates are serial numbers whose number format is a date format. */
  v: Scalar;
  /** The formula ("=SUM(A1:A3)") when the cell holds one; v is then unused. */
  f?: string;
  s?: Style;
  dv?: DataValidationImpl;
  note?: string;
}

function hasContent(cell: Cell | undefined): boolean {
  return cell !== undefined && (cell.v !== '' || cell.f !== undefined);
}

function isEmpty(cell: Cell): boolean {
  return cell.v === '' && cell.f === undefined && cell.s === undefined && cell.dv === undefined && !cell.note;
}

function spliceHoles<T>(array: T[], index: number, remove: number, insert: number): T[] {
  if (array.length <= index) return array;
  const tail = array.slice(index + remove);
  array.length = index;
  array.length = index + insert;
  for (let i = 0; i < tail.length; i++) if (i in tail) array[index + insert + i] = tail[i];
  return array;
}

export class Grid {
  private rows: Cell[][] = [];

  get(r: number, c: number): Cell | undefined {
    return this.rows[r - 1]?.[c - 1];
  }

  row(r: number): Cell[] | undefined {
    return this.rows[r - 1];
  }

  ensure(r: number, c: number): Cell {
    let row = this.rows[r - 1];
    if (!row) {
      row = [];
      this.rows[r - 1] = row;
    }
    let cell = row[c - 1];
    if (!cell) {
      cell = { v: '' };
      row[c - 1] = cell;
    }
    return cell;
  }

  /** Drops a cell that no longer holds anything, keeping the storage sparse. */
  tidy(r: number, c: number): void {
    const row = this.rows[r - 1];
    const cell = row?.[c - 1];
    if (cell && isEmpty(cell)) delete row[c - 1];
  }

  insertRows(at: number, count: number): void {
    spliceHoles(this.rows, at - 1, 0, count);
  }

  deleteRows(at: number, count: number): void {
    spliceHoles(this.rows, at - 1, count, 0);
  }

  insertColumns(at: number, count: number): void {
    for (const row of this.rows) if (row) spliceHoles(row, at - 1, 0, count);
  }

  deleteColumns(at: number, count: number): void {
    for (const row of this.rows) if (row) spliceHoles(row, at - 1, count, 0);
  }

  /** The last row holding a value or formula (0 when none). */
  lastRow(): number {
    for (let r = this.rows.length - 1; r >= 0; r--) {
      const row = this.rows[r];
      if (row?.some(hasContent)) return r + 1;
    }
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const row of this.rows) {
      if (!row) continue;
      for (let c = row.length - 1; c >= last; c--) {
        if (hasContent(row[c])) {
          last = c + 1;
          break;
        }
      }
    }
    return last;
  }

  /** Every stored cell with its position (for export and copying). */
  *entries(): Generator<[number, number, Cell]> {
    for (let r = 0; r < this.rows.length; r++) {
      const row = this.rows[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (cell) yield [r + 1, c + 1, cell];
      }
    }
  }
}
