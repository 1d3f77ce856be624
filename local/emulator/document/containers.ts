// Containers of paragraphs and tables: the body, the header and footer sections, and table cells.
// Each class exposes only the methods its Apps Script class has (a cell has no getParagraphs, a
// header no appendPageBreak), so code that would fail in Google fails here too.
import { GAS_TYPE } from '../core';
import {
  checkColor,
  childIndexError,
  expectArgs,
  insertIndexError,
  isElement,
  isEnum,
  isInteger,
  isNumber,
  isObject,
  isString,
  isStringMatrix,
  isStringOrNull,
  overload,
} from './args';
import {
  type AttributeObject,
  cellAttributes,
  cellPatch,
  pageAttributes,
  pagePatch,
  paragraphPatch,
  textPatch,
} from './attributes';
import { ElementBase, insertBlock, nodeOf, removeBlock, requireDetached, sibling } from './base';
import { ElementType, type GasEnum, VerticalAlignment } from './enums';
import { wrapNode } from './factory';
import {
  type Block,
  BreakInline,
  type CellNode,
  type CellProps,
  type Container,
  cellWidthOf,
  cloneBlock,
  cloneCell,
  cloneSection,
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
import { newListId, replaceInParagraph } from './paragraph';
import type { Session } from './session';
import { TextImpl } from './text';

const BLOCK_TYPES = ['Paragraph', 'ListItem', 'Table'];

/** Builds the table appendTable(cells) makes: each cell holds one paragraph with its text. */
export function tableFromCells(cells: string[][]): TableNode {
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

abstract class ContainerBase<N extends Container> extends ElementBase<N> {
  protected get typeName(): string {
    return this[GAS_TYPE];
  }

  getNumChildren(): number {
    return this.node.children.length;
  }

  getChild(...args: unknown[]) {
    expectArgs(`${this.typeName}.getChild`, args, isInteger);
    const index = args[0] as number;
    const children = this.node.children;
    if (index < 0 || index >= children.length) throw childIndexError(index, children.length);
    return wrapNode(this.session, children[index]);
  }

  getChildIndex(...args: unknown[]): number {
    expectArgs(`${this.typeName}.getChildIndex`, args, isElement(...BLOCK_TYPES));
    const index = this.node.children.indexOf(nodeOf<Block>(args[0]));
    if (index < 0) throw new Error('Element does not contain the specified child element.');
    return index;
  }

  getText(): string {
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

  editAsText(): TextImpl {
    const node = this.node;
    return TextImpl.ofParagraphs(this.session, () => paragraphsIn(node));
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
    return wrapNode(this.session, table);
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
    return wrapNode(this.session, table);
  }

  appendHorizontalRule() {
    return this.insertHorizontalRuleAt(this.node.children.length);
  }

  insertHorizontalRule(...args: unknown[]) {
    expectArgs(`${this.typeName}.insertHorizontalRule`, args, isInteger);
    return this.insertHorizontalRuleAt(args[0] as number);
  }

  removeChild(...args: unknown[]): this {
    expectArgs(`${this.typeName}.removeChild`, args, isElement(...BLOCK_TYPES));
    this.session.assertWritable();
    const child = nodeOf<Block>(args[0]);
    if (!this.node.children.includes(child)) {
      throw new Error('Element does not contain the specified child element.');
    }
    removeBlock(child);
    return this;
  }

  replaceText(...args: unknown[]): this {
    expectArgs(`${this.typeName}.replaceText`, args, isString, isString);
    this.session.assertWritable();
    for (const para of paragraphsIn(this.node)) replaceInParagraph(para, args[0] as string, args[1] as string);
    return this;
  }

  setAttributes(...args: unknown[]): this {
    expectArgs(`${this.typeName}.setAttributes`, args, isObject);
    this.session.assertWritable();
    this.applyAttributes(args[0] as AttributeObject);
    return this;
  }

  getAttributes(): AttributeObject {
    return this.editAsText().getAttributes();
  }

  /** Text and paragraph attributes set on a container apply to everything in it. */
  protected applyAttributes(attrs: AttributeObject): void {
    const style = paragraphPatch(attrs);
    const text = textPatch(attrs);
    for (const para of paragraphsIn(this.node)) Object.assign(para.style, style);
    if (Object.keys(text).length > 0) this.editAsText().setAttributes(attrs);
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
    return wrapNode(this.session, para);
  }

  private insertHorizontalRuleAt(index: number) {
    this.session.assertWritable();
    this.checkInsertIndex(index);
    const para = newParagraph('');
    const rule = new RuleInline();
    para.append(rule);
    insertBlock(this.node, index, para);
    return wrapNode(this.session, rule);
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
    return paragraphsIn(this.node).map((p) => wrapNode(this.session, p));
  }

  getTables() {
    return tablesIn(this.node).map((t) => wrapNode(this.session, t));
  }

  getListItems() {
    return paragraphsIn(this.node)
      .filter((p) => p.kind === 'listItem')
      .map((p) => wrapNode(this.session, p));
  }

  getParent() {
    return null;
  }

  copy() {
    return wrapNode(this.session, cloneSection(this.node));
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
    return this.insertPageBreakAt(this.node.children.length);
  }

  insertPageBreak(...args: unknown[]) {
    expectArgs('Body.insertPageBreak', args, isInteger);
    return this.insertPageBreakAt(args[0] as number);
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
    expectArgs(`Body.${method}`, args, isNumber);
    const value = args[0] as number;
    if (value < 0) throw new Error(`Invalid argument: ${key} (${value})`);
    this.session.assertWritable();
    this.page[key] = value;
    return this;
  }

  private insertPageBreakAt(index: number) {
    this.session.assertWritable();
    this.checkInsertIndex(index);
    const para = newParagraph('');
    const pageBreak = new BreakInline();
    para.append(pageBreak);
    insertBlock(this.node, index, para);
    return wrapNode(this.session, pageBreak);
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

export class TableCellImpl extends ContainerBase<CellNode> {
  readonly [GAS_TYPE] = 'TableCell';

  constructor(session: Session, node: CellNode) {
    super(session, node);
  }

  getType() {
    return ElementType.TABLE_CELL;
  }

  getParent() {
    return this.node.parent ? wrapNode(this.session, this.node.parent) : null;
  }

  getParentRow() {
    return this.getParent();
  }

  getParentTable() {
    const table = this.node.parent?.parent;
    return table ? wrapNode(this.session, table) : null;
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
    const row = this.node.parent;
    if (row) {
      row.cells.splice(row.cells.indexOf(this.node), 1);
      this.node.parent = null;
    }
    return this;
  }

  copy() {
    return wrapNode(this.session, cloneCell(this.node));
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
    expectArgs('TableCell.setWidth', args, isNumber);
    const width = args[0] as number;
    if (width < 0) throw new Error(`Invalid argument: width (${width})`);
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
    expectArgs(`TableCell.setPadding${side}`, args, isNumber);
    const value = args[0] as number;
    if (value < 0) throw new Error(`Invalid argument: padding${side} (${value})`);
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

export type AnyContainer = BodyImpl | HeaderSectionImpl | FooterSectionImpl | TableCellImpl;
export type { Block };
