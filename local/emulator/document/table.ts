// Table and TableRow. Borders are table-wide in DocumentApp (width in points, 0 = none); column widths
// belong to the table and TableCell.setWidth writes its column.
import { GAS_TYPE } from '../core';
import {
  checkColor,
  childIndexError,
  expectArgs,
  insertIndexError,
  isElement,
  isInteger,
  isNumber,
  isString,
  isStringOrNull,
  numberArg,
  overload,
} from './args';
import { type AttributeObject, has, numberValue } from './attributes';
import { Child, nodeOf, requireDetached } from './base';
import { ElementType } from './enums';
import {
  type CellNode,
  cloneCell,
  cloneRow,
  newCell,
  type ParagraphNode,
  paragraphsIn,
  paragraphsInTable,
  RowNode,
  type TableNode,
} from './model';
import { ParentElement } from './parent';

export class TableImpl extends Child(ParentElement<TableNode, RowNode>) {
  readonly [GAS_TYPE] = 'Table';

  getType() {
    return ElementType.TABLE;
  }

  protected children(): RowNode[] {
    return this.node.rows;
  }

  protected childTypes(): readonly string[] {
    return ['TableRow'];
  }

  protected paragraphs(): ParagraphNode[] {
    return paragraphsInTable(this.node);
  }

  getNumRows(): number {
    return this.node.rows.length;
  }

  getRow(...args: unknown[]) {
    expectArgs('Table.getRow', args, isInteger);
    return this.wrap(this.childAt(args[0] as number));
  }

  getCell(...args: unknown[]) {
    expectArgs('Table.getCell', args, isInteger, isInteger);
    const [r, c] = args as [number, number];
    const row = this.childAt(r);
    if (c < 0 || c >= row.cells.length) throw childIndexError(c, row.cells.length);
    return this.wrap(row.cells[c]);
  }

  appendTableRow(...args: unknown[]) {
    const form = overload('Table.appendTableRow', args, [], [isElement('TableRow')]);
    this.session.assertWritable();
    return this.insertRowAt(this.node.rows.length, form === 0 ? null : args[0]);
  }

  insertTableRow(...args: unknown[]) {
    const form = overload('Table.insertTableRow', args, [isInteger], [isInteger, isElement('TableRow')]);
    this.session.assertWritable();
    const index = args[0] as number;
    if (index < 0 || index > this.node.rows.length) throw insertIndexError(index, this.node.rows.length);
    return this.insertRowAt(index, form === 0 ? null : args[1]);
  }

  removeRow(...args: unknown[]) {
    return this.removeChildAt('removeRow', args);
  }

  /** Border width in points; 0 draws no border. */
  setBorderWidth(...args: unknown[]): this {
    const width = numberArg('Table.setBorderWidth', args, 'width');
    this.session.assertWritable();
    this.node.borderWidth = width;
    return this;
  }

  getBorderWidth(): number | null {
    return this.node.borderWidth;
  }

  setBorderColor(...args: unknown[]): this {
    expectArgs('Table.setBorderColor', args, isStringOrNull);
    const color = checkColor(args[0] as string | null);
    this.session.assertWritable();
    this.node.borderColor = color;
    return this;
  }

  getBorderColor(): string | null {
    return this.node.borderColor;
  }

  setColumnWidth(...args: unknown[]): this {
    expectArgs('Table.setColumnWidth', args, isInteger, isNumber);
    const [index, width] = args as [number, number];
    const columns = Math.max(0, ...this.node.rows.map((r) => r.cells.length));
    if (index < 0 || index >= columns) throw childIndexError(index, columns);
    if (width < 0) throw new Error(`Invalid argument: width (${width})`);
    this.session.assertWritable();
    this.node.columnWidths[index] = width;
    return this;
  }

  getColumnWidth(...args: unknown[]): number | null {
    expectArgs('Table.getColumnWidth', args, isInteger);
    const index = args[0] as number;
    const columns = Math.max(0, ...this.node.rows.map((r) => r.cells.length));
    if (index < 0 || index >= columns) throw childIndexError(index, columns);
    return this.node.columnWidths[index] ?? null;
  }

  protected override applyAttributes(attrs: AttributeObject): void {
    const width = has(attrs, 'BORDER_WIDTH') ? numberValue('BORDER_WIDTH', attrs.BORDER_WIDTH, { min: 0 }) : undefined;
    const color = has(attrs, 'BORDER_COLOR') ? attrs.BORDER_COLOR : undefined;
    if (color !== undefined && color !== null && typeof color !== 'string') {
      throw new Error(`Invalid argument: BORDER_COLOR (${String(color)})`);
    }
    const checkedColor = color === undefined ? undefined : checkColor(color as string | null);
    super.applyAttributes(attrs);
    if (width !== undefined) this.node.borderWidth = width;
    if (checkedColor !== undefined) this.node.borderColor = checkedColor;
  }

  override getAttributes(): AttributeObject {
    return {
      ...super.getAttributes(),
      BORDER_WIDTH: this.node.borderWidth,
      BORDER_COLOR: this.node.borderColor,
    };
  }

  private insertRowAt(index: number, source: unknown) {
    let row: RowNode;
    if (source === null) {
      row = new RowNode();
    } else {
      const node = nodeOf<RowNode>(source);
      requireDetached(node);
      row = cloneRow(node);
    }
    row.parent = this.node;
    this.node.rows.splice(index, 0, row);
    return this.wrap(row);
  }
}

export class TableRowImpl extends Child(ParentElement<RowNode, CellNode>) {
  readonly [GAS_TYPE] = 'TableRow';

  getType() {
    return ElementType.TABLE_ROW;
  }

  getParentTable() {
    return this.getParent();
  }

  protected children(): CellNode[] {
    return this.node.cells;
  }

  protected childTypes(): readonly string[] {
    return ['TableCell'];
  }

  protected paragraphs(): ParagraphNode[] {
    return this.node.cells.flatMap((cell) => paragraphsIn(cell));
  }

  getNumCells(): number {
    return this.node.cells.length;
  }

  getCell(...args: unknown[]) {
    expectArgs('TableRow.getCell', args, isInteger);
    return this.wrap(this.childAt(args[0] as number));
  }

  appendTableCell(...args: unknown[]) {
    const form = overload('TableRow.appendTableCell', args, [], [isString], [isElement('TableCell')]);
    this.session.assertWritable();
    return this.insertCellAt(this.node.cells.length, form, args[0]);
  }

  insertTableCell(...args: unknown[]) {
    const form = overload(
      'TableRow.insertTableCell',
      args,
      [isInteger],
      [isInteger, isString],
      [isInteger, isElement('TableCell')],
    );
    this.session.assertWritable();
    const index = args[0] as number;
    if (index < 0 || index > this.node.cells.length) throw insertIndexError(index, this.node.cells.length);
    return this.insertCellAt(index, form, args[1]);
  }

  removeCell(...args: unknown[]) {
    return this.removeChildAt('removeCell', args);
  }

  setMinimumHeight(...args: unknown[]): this {
    const height = numberArg('TableRow.setMinimumHeight', args, 'minHeight');
    this.session.assertWritable();
    this.node.minimumHeight = height;
    return this;
  }

  getMinimumHeight(): number | null {
    return this.node.minimumHeight;
  }

  protected override applyAttributes(attrs: AttributeObject): void {
    const height = has(attrs, 'MINIMUM_HEIGHT')
      ? numberValue('MINIMUM_HEIGHT', attrs.MINIMUM_HEIGHT, { min: 0 })
      : undefined;
    super.applyAttributes(attrs);
    if (height !== undefined) this.node.minimumHeight = height;
  }

  override getAttributes(): AttributeObject {
    return { ...super.getAttributes(), MINIMUM_HEIGHT: this.node.minimumHeight };
  }

  private insertCellAt(index: number, form: number, arg: unknown) {
    let cell: CellNode;
    if (form === 0) {
      cell = newCell('');
    } else if (form === 1) {
      cell = newCell(arg as string);
    } else {
      const node = nodeOf<CellNode>(arg);
      requireDetached(node);
      cell = cloneCell(node);
    }
    cell.parent = this.node;
    this.node.cells.splice(index, 0, cell);
    return this.wrap(cell);
  }
}
