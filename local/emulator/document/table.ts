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
  isObject,
  isString,
  isStringOrNull,
  overload,
} from './args';
import { type AttributeObject, has, numberValue, paragraphPatch, textPatch } from './attributes';
import { ElementBase, nodeOf, removeBlock, requireDetached, sibling } from './base';
import { ElementType } from './enums';
import { wrapNode } from './factory';
import {
  type CellNode,
  cloneCell,
  cloneRow,
  cloneTable,
  newCell,
  type ParagraphNode,
  paragraphsIn,
  paragraphsInTable,
  RowNode,
  type TableNode,
} from './model';
import { replaceInParagraph } from './paragraph';
import { TextImpl } from './text';

function paragraphsOfRow(row: RowNode): ParagraphNode[] {
  return row.cells.flatMap((cell) => paragraphsIn(cell));
}

/** Text and paragraph attributes apply to every paragraph inside. */
function applyToParagraphs(paragraphs: ParagraphNode[], text: TextImpl, attrs: AttributeObject): void {
  const style = paragraphPatch(attrs);
  const patch = textPatch(attrs);
  for (const para of paragraphs) Object.assign(para.style, style);
  if (Object.keys(patch).length > 0) text.setAttributes(attrs);
}

export class TableImpl extends ElementBase<TableNode> {
  readonly [GAS_TYPE] = 'Table';

  getType() {
    return ElementType.TABLE;
  }

  getParent() {
    return this.node.parent ? wrapNode(this.session, this.node.parent) : null;
  }

  getNextSibling() {
    const next = sibling(this.node, 1);
    return next ? wrapNode(this.session, next) : null;
  }

  getPreviousSibling() {
    const prev = sibling(this.node, -1);
    return prev ? wrapNode(this.session, prev) : null;
  }

  removeFromParent(): this {
    this.session.assertWritable();
    removeBlock(this.node);
    return this;
  }

  copy() {
    return wrapNode(this.session, cloneTable(this.node));
  }

  getNumRows(): number {
    return this.node.rows.length;
  }

  getNumChildren(): number {
    return this.node.rows.length;
  }

  getRow(...args: unknown[]) {
    expectArgs('Table.getRow', args, isInteger);
    return wrapNode(this.session, this.rowAt(args[0] as number));
  }

  getChild(...args: unknown[]) {
    expectArgs('Table.getChild', args, isInteger);
    return wrapNode(this.session, this.rowAt(args[0] as number));
  }

  getChildIndex(...args: unknown[]): number {
    expectArgs('Table.getChildIndex', args, isElement('TableRow'));
    const index = this.node.rows.indexOf(nodeOf<RowNode>(args[0]));
    if (index < 0) throw new Error('Element does not contain the specified child element.');
    return index;
  }

  getCell(...args: unknown[]) {
    expectArgs('Table.getCell', args, isInteger, isInteger);
    const [r, c] = args as [number, number];
    const row = this.rowAt(r);
    if (c < 0 || c >= row.cells.length) throw childIndexError(c, row.cells.length);
    return wrapNode(this.session, row.cells[c]);
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
    expectArgs('Table.removeRow', args, isInteger);
    this.session.assertWritable();
    const row = this.rowAt(args[0] as number);
    this.node.rows.splice(this.node.rows.indexOf(row), 1);
    row.parent = null;
    return wrapNode(this.session, row);
  }

  removeChild(...args: unknown[]): this {
    expectArgs('Table.removeChild', args, isElement('TableRow'));
    this.session.assertWritable();
    const row = nodeOf<RowNode>(args[0]);
    const index = this.node.rows.indexOf(row);
    if (index < 0) throw new Error('Element does not contain the specified child element.');
    this.node.rows.splice(index, 1);
    row.parent = null;
    return this;
  }

  getText(): string {
    return paragraphsInTable(this.node)
      .map((p) => p.text())
      .join('\n');
  }

  editAsText(): TextImpl {
    const node = this.node;
    return TextImpl.ofParagraphs(this.session, () => paragraphsInTable(node));
  }

  replaceText(...args: unknown[]): this {
    expectArgs('Table.replaceText', args, isString, isString);
    this.session.assertWritable();
    for (const para of paragraphsInTable(this.node)) replaceInParagraph(para, args[0] as string, args[1] as string);
    return this;
  }

  /** Border width in points; 0 draws no border. */
  setBorderWidth(...args: unknown[]): this {
    expectArgs('Table.setBorderWidth', args, isNumber);
    const width = args[0] as number;
    if (width < 0) throw new Error(`Invalid argument: width (${width})`);
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

  setAttributes(...args: unknown[]): this {
    expectArgs('Table.setAttributes', args, isObject);
    this.session.assertWritable();
    const attrs = args[0] as AttributeObject;
    const width = has(attrs, 'BORDER_WIDTH') ? numberValue('BORDER_WIDTH', attrs.BORDER_WIDTH, { min: 0 }) : undefined;
    const color = has(attrs, 'BORDER_COLOR') ? attrs.BORDER_COLOR : undefined;
    if (color !== undefined && color !== null && typeof color !== 'string') {
      throw new Error(`Invalid argument: BORDER_COLOR (${String(color)})`);
    }
    const checkedColor = color === undefined ? undefined : checkColor(color as string | null);
    applyToParagraphs(paragraphsInTable(this.node), this.editAsText(), attrs);
    if (width !== undefined) this.node.borderWidth = width;
    if (checkedColor !== undefined) this.node.borderColor = checkedColor;
    return this;
  }

  getAttributes(): AttributeObject {
    return {
      ...this.editAsText().getAttributes(),
      BORDER_WIDTH: this.node.borderWidth,
      BORDER_COLOR: this.node.borderColor,
    };
  }

  private rowAt(index: number): RowNode {
    const rows = this.node.rows;
    if (index < 0 || index >= rows.length) throw childIndexError(index, rows.length);
    return rows[index];
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
    return wrapNode(this.session, row);
  }
}

export class TableRowImpl extends ElementBase<RowNode> {
  readonly [GAS_TYPE] = 'TableRow';

  getType() {
    return ElementType.TABLE_ROW;
  }

  getParent() {
    return this.node.parent ? wrapNode(this.session, this.node.parent) : null;
  }

  getParentTable() {
    return this.getParent();
  }

  getNextSibling() {
    const next = sibling(this.node, 1);
    return next ? wrapNode(this.session, next) : null;
  }

  getPreviousSibling() {
    const prev = sibling(this.node, -1);
    return prev ? wrapNode(this.session, prev) : null;
  }

  removeFromParent(): this {
    this.session.assertWritable();
    const table = this.node.parent;
    if (table) {
      table.rows.splice(table.rows.indexOf(this.node), 1);
      this.node.parent = null;
    }
    return this;
  }

  copy() {
    return wrapNode(this.session, cloneRow(this.node));
  }

  getNumCells(): number {
    return this.node.cells.length;
  }

  getNumChildren(): number {
    return this.node.cells.length;
  }

  getCell(...args: unknown[]) {
    expectArgs('TableRow.getCell', args, isInteger);
    return wrapNode(this.session, this.cellAt(args[0] as number));
  }

  getChild(...args: unknown[]) {
    expectArgs('TableRow.getChild', args, isInteger);
    return wrapNode(this.session, this.cellAt(args[0] as number));
  }

  getChildIndex(...args: unknown[]): number {
    expectArgs('TableRow.getChildIndex', args, isElement('TableCell'));
    const index = this.node.cells.indexOf(nodeOf<CellNode>(args[0]));
    if (index < 0) throw new Error('Element does not contain the specified child element.');
    return index;
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
    expectArgs('TableRow.removeCell', args, isInteger);
    this.session.assertWritable();
    const cell = this.cellAt(args[0] as number);
    this.node.cells.splice(this.node.cells.indexOf(cell), 1);
    cell.parent = null;
    return wrapNode(this.session, cell);
  }

  removeChild(...args: unknown[]): this {
    expectArgs('TableRow.removeChild', args, isElement('TableCell'));
    this.session.assertWritable();
    const cell = nodeOf<CellNode>(args[0]);
    const index = this.node.cells.indexOf(cell);
    if (index < 0) throw new Error('Element does not contain the specified child element.');
    this.node.cells.splice(index, 1);
    cell.parent = null;
    return this;
  }

  getText(): string {
    return paragraphsOfRow(this.node)
      .map((p) => p.text())
      .join('\n');
  }

  editAsText(): TextImpl {
    const node = this.node;
    return TextImpl.ofParagraphs(this.session, () => paragraphsOfRow(node));
  }

  replaceText(...args: unknown[]): this {
    expectArgs('TableRow.replaceText', args, isString, isString);
    this.session.assertWritable();
    for (const para of paragraphsOfRow(this.node)) replaceInParagraph(para, args[0] as string, args[1] as string);
    return this;
  }

  setMinimumHeight(...args: unknown[]): this {
    expectArgs('TableRow.setMinimumHeight', args, isNumber);
    const height = args[0] as number;
    if (height < 0) throw new Error(`Invalid argument: minHeight (${height})`);
    this.session.assertWritable();
    this.node.minimumHeight = height;
    return this;
  }

  getMinimumHeight(): number | null {
    return this.node.minimumHeight;
  }

  setAttributes(...args: unknown[]): this {
    expectArgs('TableRow.setAttributes', args, isObject);
    this.session.assertWritable();
    const attrs = args[0] as AttributeObject;
    const height = has(attrs, 'MINIMUM_HEIGHT')
      ? numberValue('MINIMUM_HEIGHT', attrs.MINIMUM_HEIGHT, { min: 0 })
      : undefined;
    applyToParagraphs(paragraphsOfRow(this.node), this.editAsText(), attrs);
    if (height !== undefined) this.node.minimumHeight = height;
    return this;
  }

  getAttributes(): AttributeObject {
    return { ...this.editAsText().getAttributes(), MINIMUM_HEIGHT: this.node.minimumHeight };
  }

  private cellAt(index: number): CellNode {
    const cells = this.node.cells;
    if (index < 0 || index >= cells.length) throw childIndexError(index, cells.length);
    return cells[index];
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
    return wrapNode(this.session, cell);
  }
}
