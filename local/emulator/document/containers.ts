// Containers of paragraphs and tables: the body, the header and footer sections, and table cells.
// Each class exposes only the methods its Apps Script class has (a cell has no getParagraphs, a
// header no appendPageBreak), so code that would fail in Google fails here too.
import { GAS_TYPE } from '../core';
import type { GasEnum } from '../gas-enum';
import {
  checkColor,
  expectArgs,
  insertIndexError,
  isElement,
  isEnum,
  isInteger,
  isString,
  isStringMatrix,
  isStringOrNull,
  numberArg,
  overload,
} from './args';
import { type AttributeObject, cellAttributes, cellPatch, pageAttributes, pagePatch } from './attributes';
import { Child, insertBlock, nodeOf, requireDetached } from './base';
import { ElementType, VerticalAlignment } from './enums';
import {
  type Block,
  BreakInline,
  type CellNode,
  type CellProps,
  type Container,
  cellWidthOf,
  cloneBlock,
  containerText,
  newCell,
  newParagraph,
  type PageProps,
  type ParagraphNode,
  paragraphsIn,
  RowNode,
  RuleInline,
  type SectionNode,
  TableNode,
  tablesIn,
} from './model';
import { newListId } from './paragraph';
import { ParentElement } from './parent';

const BLOCK_TYPES = ['Paragraph', 'ListItem', 'Table'];

/** Builds the table appendTable(cells) makes: each cell holds one paragraph with its text. */
function tableFromCells(cells: string[][]): TableNode {
  // Google's behaviour for an empty array or rows of unequal length is not documented; rather than
  // guess leniently, the emulator refuses both so the product never depends on either.
  if (cells.length === 0 || cells.some((row) => row.length === 0)) {
    throw new Error('Emulator: appendTable needs at least one row and one cell (Google behaviour unverified).');
  }
  if (cells.some((row) => row.length !== cells[0].length)) {
    throw new Error('Emulator: appendTable needs rows of equal length (Google behaviour for ragged rows unverified).');
  }
  const table = new TableNode();
  for (const values of cells) {
    const row = new RowNode();
    row.parent = table;
    for (const text of values) {
      const cell = newCell(text);
      cell.parent = row;
      row.cells.push(cell);
    }
    table.rows.push(row);
  }
  return table;
}

abstract class ContainerBase<N extends Container> extends ParentElement<N, Block> {
  protected children(): Block[] {
    return this.node.children;
  }

  protected childTypes(): readonly string[] {
    return BLOCK_TYPES;
  }

  protected paragraphs(): ParagraphNode[] {
    return paragraphsIn(this.node);
  }

  /** Joined block by block: a table that holds no paragraph still gives one (empty) line. */
  override getText(): string {
    return containerText(this.node);
  }

  setText(...args: unknown[]): this {
    expectArgs(`${this.typeName}.setText`, args, isString);
    this.session.assertWritable();
    this.reset(args[0] as string);
    return this;
  }

  /** Leaves one empty paragraph: a section or cell always holds at least one. */
  clear(): this {
    this.session.assertWritable();
    this.reset('');
    return this;
  }

  appendParagraph(...args: unknown[]) {
    return this.addParagraph('appendParagraph', args, false, 'paragraph');
  }

  insertParagraph(...args: unknown[]) {
    return this.addParagraph('insertParagraph', args, true, 'paragraph');
  }

  appendListItem(...args: unknown[]) {
    return this.addParagraph('appendListItem', args, false, 'listItem');
  }

  insertListItem(...args: unknown[]) {
    return this.addParagraph('insertListItem', args, true, 'listItem');
  }

  appendTable(...args: unknown[]) {
    const form = overload(`${this.typeName}.appendTable`, args, [], [isStringMatrix], [isElement('Table')]);
    this.session.assertWritable();
    const table = this.tableFrom(form, args[0]);
    insertBlock(this.node, this.node.children.length, table);
    return this.wrap(table);
  }

  insertTable(...args: unknown[]) {
    const form = overload(
      `${this.typeName}.insertTable`,
      args,
      [isInteger],
      [isInteger, isStringMatrix],
      [isInteger, isElement('Table')],
    );
    this.session.assertWritable();
    const index = args[0] as number;
    this.checkInsertIndex(index);
    const table = this.tableFrom(form, args[1]);
    insertBlock(this.node, index, table);
    return this.wrap(table);
  }

  appendHorizontalRule() {
    return this.insertAlone(this.node.children.length, new RuleInline());
  }

  insertHorizontalRule(...args: unknown[]) {
    expectArgs(`${this.typeName}.insertHorizontalRule`, args, isInteger);
    return this.insertAlone(args[0] as number, new RuleInline());
  }

  protected reset(text: string): void {
    for (const child of this.node.children) child.parent = null;
    this.node.children = [];
    insertBlock(this.node, 0, newParagraph(text));
  }

  protected checkInsertIndex(index: number): void {
    const count = this.node.children.length;
    if (index < 0 || index > count) throw insertIndexError(index, count);
  }

  /** append*(text | element) or insert*(index, text | element). */
  private addParagraph(method: string, args: unknown[], indexed: boolean, kind: 'paragraph' | 'listItem') {
    const element = isElement(kind === 'paragraph' ? 'Paragraph' : 'ListItem');
    const lead = indexed ? [isInteger] : [];
    const form = overload(`${this.typeName}.${method}`, args, [...lead, isString], [...lead, element]);
    const index = indexed ? (args[0] as number) : this.node.children.length;
    const value = args[indexed ? 1 : 0];
    this.session.assertWritable();
    this.checkInsertIndex(index);
    let para: ParagraphNode;
    if (form === 0) {
      para = newParagraph(value as string, kind);
    } else {
      const source = nodeOf<ParagraphNode>(value);
      requireDetached(source);
      para = cloneBlock(source) as ParagraphNode;
    }
    if (kind === 'listItem' && !para.list) {
      // A new item continues the list of the item just before it, as in Docs.
      const prev = this.node.children[index - 1];
      const prevList = prev && prev.kind === 'listItem' ? prev.list : null;
      para.list = prevList ? { ...prevList } : { glyphType: 'BULLET', nestingLevel: 0, listId: newListId() };
    }
    insertBlock(this.node, index, para);
    return this.wrap(para);
  }

  /** A rule or a page break inserted into a container gets a new paragraph of its own. */
  protected insertAlone(index: number, inline: RuleInline | BreakInline) {
    this.session.assertWritable();
    this.checkInsertIndex(index);
    const para = newParagraph('');
    para.append(inline);
    insertBlock(this.node, index, para);
    return this.wrap(inline);
  }

  private tableFrom(form: number, arg: unknown): TableNode {
    if (form === 0) return new TableNode();
    if (form === 1) return tableFromCells(arg as string[][]);
    const source = nodeOf<TableNode>(arg);
    requireDetached(source);
    return cloneBlock(source) as TableNode;
  }
}

abstract class SectionBase extends ContainerBase<SectionNode> {
  getParagraphs() {
    return paragraphsIn(this.node).map((p) => this.wrap(p));
  }

  getTables() {
    return tablesIn(this.node).map((t) => this.wrap(t));
  }

  getListItems() {
    return paragraphsIn(this.node)
      .filter((p) => p.kind === 'listItem')
      .map((p) => this.wrap(p));
  }
}

export class BodyImpl extends SectionBase {
  readonly [GAS_TYPE] = 'Body';

  getType() {
    return ElementType.BODY_SECTION;
  }

  /** What Google's Body.toString() returns. */
  override toString(): string {
    return 'DocumentBodySection';
  }

  private get page(): PageProps {
    return this.node.page!;
  }

  appendPageBreak() {
    return this.insertAlone(this.node.children.length, new BreakInline());
  }

  insertPageBreak(...args: unknown[]) {
    expectArgs('Body.insertPageBreak', args, isInteger);
    return this.insertAlone(args[0] as number, new BreakInline());
  }

  setMarginTop(...args: unknown[]): this {
    return this.setPage('setMarginTop', 'marginTop', args);
  }
  setMarginBottom(...args: unknown[]): this {
    return this.setPage('setMarginBottom', 'marginBottom', args);
  }
  setMarginLeft(...args: unknown[]): this {
    return this.setPage('setMarginLeft', 'marginLeft', args);
  }
  setMarginRight(...args: unknown[]): this {
    return this.setPage('setMarginRight', 'marginRight', args);
  }
  setPageWidth(...args: unknown[]): this {
    return this.setPage('setPageWidth', 'width', args);
  }
  setPageHeight(...args: unknown[]): this {
    return this.setPage('setPageHeight', 'height', args);
  }

  getMarginTop(): number {
    return this.page.marginTop;
  }
  getMarginBottom(): number {
    return this.page.marginBottom;
  }
  getMarginLeft(): number {
    return this.page.marginLeft;
  }
  getMarginRight(): number {
    return this.page.marginRight;
  }
  getPageWidth(): number {
    return this.page.width;
  }
  getPageHeight(): number {
    return this.page.height;
  }

  override getAttributes(): AttributeObject {
    return { ...super.getAttributes(), ...pageAttributes(this.page) };
  }

  protected override applyAttributes(attrs: AttributeObject): void {
    const page = pagePatch(attrs);
    super.applyAttributes(attrs);
    Object.assign(this.page, page);
  }

  private setPage(method: string, key: keyof PageProps, args: unknown[]): this {
    const value = numberArg(`Body.${method}`, args, key);
    this.session.assertWritable();
    this.page[key] = value;
    return this;
  }
}

export class HeaderSectionImpl extends SectionBase {
  readonly [GAS_TYPE] = 'HeaderSection';

  getType() {
    return ElementType.HEADER_SECTION;
  }
}

export class FooterSectionImpl extends SectionBase {
  readonly [GAS_TYPE] = 'FooterSection';

  getType() {
    return ElementType.FOOTER_SECTION;
  }
}

const PADDING: Record<string, keyof CellProps> = {
  Top: 'paddingTop',
  Bottom: 'paddingBottom',
  Left: 'paddingLeft',
  Right: 'paddingRight',
};

export class TableCellImpl extends Child(ContainerBase<CellNode>) {
  readonly [GAS_TYPE] = 'TableCell';

  getType() {
    return ElementType.TABLE_CELL;
  }

  getParentRow() {
    return this.getParent();
  }

  getParentTable() {
    const table = this.node.parent?.parent;
    return table ? this.wrap(table) : null;
  }

  getColSpan(): number {
    return 1;
  }

  getRowSpan(): number {
    return 1;
  }

  setBackgroundColor(...args: unknown[]): this {
    expectArgs('TableCell.setBackgroundColor', args, isStringOrNull);
    return this.setProps({ backgroundColor: checkColor(args[0] as string | null) });
  }

  getBackgroundColor(): string | null {
    return this.node.props.backgroundColor;
  }

  setPaddingTop(...args: unknown[]): this {
    return this.setPadding('Top', args);
  }
  setPaddingBottom(...args: unknown[]): this {
    return this.setPadding('Bottom', args);
  }
  setPaddingLeft(...args: unknown[]): this {
    return this.setPadding('Left', args);
  }
  setPaddingRight(...args: unknown[]): this {
    return this.setPadding('Right', args);
  }

  getPaddingTop() {
    return this.node.props.paddingTop;
  }
  getPaddingBottom() {
    return this.node.props.paddingBottom;
  }
  getPaddingLeft() {
    return this.node.props.paddingLeft;
  }
  getPaddingRight() {
    return this.node.props.paddingRight;
  }

  setVerticalAlignment(...args: unknown[]): this {
    expectArgs('TableCell.setVerticalAlignment', args, isEnum('VerticalAlignment'));
    return this.setProps({ verticalAlignment: (args[0] as GasEnum).name() as CellProps['verticalAlignment'] });
  }

  getVerticalAlignment() {
    const v = this.node.props.verticalAlignment;
    return v ? VerticalAlignment[v] : null;
  }

  /** A cell's width is its column's width in Docs: setting it sets the column. */
  setWidth(...args: unknown[]): this {
    const width = numberArg('TableCell.setWidth', args, 'width');
    this.session.assertWritable();
    setCellWidth(this.node, width);
    return this;
  }

  getWidth(): number | null {
    return cellWidthOf(this.node);
  }

  override getAttributes(): AttributeObject {
    return { ...super.getAttributes(), ...cellAttributes(this.node.props, cellWidthOf(this.node)) };
  }

  protected override applyAttributes(attrs: AttributeObject): void {
    const patch = cellPatch(attrs);
    // BACKGROUND_COLOR on a cell colours the cell, not its text.
    const { BACKGROUND_COLOR: _cellColour, ...rest } = attrs;
    super.applyAttributes(rest);
    const { width, ...props } = patch;
    Object.assign(this.node.props, props);
    if (width !== undefined && width !== null) setCellWidth(this.node, width);
  }

  private setPadding(side: string, args: unknown[]): this {
    const value = numberArg(`TableCell.setPadding${side}`, args, `padding${side}`);
    return this.setProps({ [PADDING[side]]: value } as Partial<CellProps>);
  }

  private setProps(patch: Partial<CellProps>): this {
    this.session.assertWritable();
    Object.assign(this.node.props, patch);
    return this;
  }
}

function setCellWidth(cell: CellNode, width: number): void {
  const row = cell.parent;
  const table = row?.parent;
  if (!row || !table) {
    cell.props.width = width;
    return;
  }
  table.columnWidths[row.cells.indexOf(cell)] = width;
}
