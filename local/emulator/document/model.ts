// The document tree as stored, independent of the wrapper objects Apps Script code holds. Wrappers
// (elements.ts) are created on every access, as in Google, and point at these nodes; a node knows its
// parent so that getParent, getNextSibling and removeFromParent work from any wrapper.
import type { Glyph, HAlign, Heading, VAlign } from './enums';

/** Character attributes; null means "not set here": the text takes the named style's value. */
export interface TextStyle {
  readonly bold: boolean | null;
  readonly italic: boolean | null;
  readonly underline: boolean | null;
  readonly strikethrough: boolean | null;
  readonly fontFamily: string | null;
  readonly fontSize: number | null;
  readonly foregroundColor: string | null;
  readonly backgroundColor: string | null;
  readonly linkUrl: string | null;
}

export type TextKey = keyof TextStyle;

const TEXT_KEYS: readonly TextKey[] = [
  'bold',
  'italic',
  'underline',
  'strikethrough',
  'fontFamily',
  'fontSize',
  'foregroundColor',
  'backgroundColor',
  'linkUrl',
];

export const PLAIN: TextStyle = Object.freeze({
  bold: null,
  italic: null,
  underline: null,
  strikethrough: null,
  fontFamily: null,
  fontSize: null,
  foregroundColor: null,
  backgroundColor: null,
  linkUrl: null,
});

export function sameStyle(a: TextStyle, b: TextStyle): boolean {
  return a === b || TEXT_KEYS.every((k) => a[k] === b[k]);
}

export function withStyle(base: TextStyle, patch: Partial<TextStyle>): TextStyle {
  return Object.freeze({ ...base, ...patch });
}

export interface ParagraphStyle {
  alignment: HAlign | null;
  heading: Heading;
  indentFirstLine: number | null;
  indentStart: number | null;
  indentEnd: number | null;
  spacingBefore: number | null;
  spacingAfter: number | null;
  lineSpacing: number | null;
  leftToRight: boolean | null;
}

/**
 * What a new paragraph reports (recorded on live Apps Script): LEFT and line spacing 1.15 are its
 * own attributes, not nulls; the rest is inherited and reads null.
 */
function plainParagraphStyle(): ParagraphStyle {
  return {
    alignment: 'LEFT',
    heading: 'NORMAL',
    indentFirstLine: null,
    indentStart: null,
    indentEnd: null,
    spacingBefore: null,
    spacingAfter: null,
    lineSpacing: 1.15,
    leftToRight: null,
  };
}

export class TextInline {
  readonly kind = 'text';
  parent: ParagraphNode | null = null;
  /** One style per character of `text`. */
  styles: TextStyle[];
  constructor(
    public text: string,
    style: TextStyle = PLAIN,
  ) {
    this.styles = Array.from({ length: text.length }, () => style);
  }
}

export class RuleInline {
  readonly kind = 'horizontalRule';
  parent: ParagraphNode | null = null;
}

export class BreakInline {
  readonly kind = 'pageBreak';
  parent: ParagraphNode | null = null;
}

/** A picture in the text (Paragraph.appendInlineImage); width and height in pixels, as Docs reports them. */
export class ImageInline {
  readonly kind = 'inlineImage';
  parent: ParagraphNode | null = null;
  constructor(
    readonly bytes: Buffer,
    readonly contentType: string,
    public width: number,
    public height: number,
  ) {}
}

export type Inline = TextInline | RuleInline | BreakInline | ImageInline;

export interface ListProps {
  glyphType: Glyph | null;
  nestingLevel: number;
  listId: string;
}

export class ParagraphNode {
  parent: Container | null = null;
  inlines: Inline[] = [];
  style: ParagraphStyle = plainParagraphStyle();
  /** Attributes of the paragraph mark: what an empty paragraph's text would take. */
  mark: TextStyle = PLAIN;
  constructor(
    readonly kind: 'paragraph' | 'listItem',
    public list: ListProps | null = null,
  ) {}

  textInlines(): TextInline[] {
    return this.inlines.filter((i): i is TextInline => i.kind === 'text');
  }

  text(): string {
    return this.textInlines()
      .map((t) => t.text)
      .join('');
  }

  append(inline: Inline): void {
    inline.parent = this;
    this.inlines.push(inline);
  }
}

export interface CellProps {
  backgroundColor: string | null;
  paddingTop: number | null;
  paddingBottom: number | null;
  paddingLeft: number | null;
  paddingRight: number | null;
  verticalAlignment: VAlign | null;
  /** Kept on the cell only while detached; attached cells read their table's column width. */
  width: number | null;
}

export class CellNode {
  readonly kind = 'cell';
  parent: RowNode | null = null;
  children: Block[] = [];
  props: CellProps = {
    backgroundColor: null,
    paddingTop: null,
    paddingBottom: null,
    paddingLeft: null,
    paddingRight: null,
    verticalAlignment: null,
    width: null,
  };
}

export class RowNode {
  readonly kind = 'row';
  parent: TableNode | null = null;
  cells: CellNode[] = [];
  minimumHeight: number | null = null;
}

export class TableNode {
  readonly kind = 'table';
  parent: Container | null = null;
  rows: RowNode[] = [];
  borderWidth: number | null = null;
  borderColor: string | null = null;
  columnWidths: (number | null)[] = [];
}

export interface PageProps {
  width: number;
  height: number;
  marginTop: number;
  marginBottom: number;
  marginLeft: number;
  marginRight: number;
}

/** A new Google Doc: US Letter with one-inch margins. */
export function defaultPage(): PageProps {
  return { width: 612, height: 792, marginTop: 72, marginBottom: 72, marginLeft: 72, marginRight: 72 };
}

export class SectionNode {
  children: Block[] = [];
  constructor(
    readonly kind: 'body' | 'header' | 'footer',
    public page: PageProps | null = null,
  ) {}
}

export type Block = ParagraphNode | TableNode;
export type Container = SectionNode | CellNode;
export type AnyNode = Block | Container | RowNode | Inline;

export function newParagraph(text: string, kind: 'paragraph' | 'listItem' = 'paragraph'): ParagraphNode {
  const p = new ParagraphNode(kind);
  if (text.length > 0) p.append(new TextInline(text));
  return p;
}

export function newCell(text: string): CellNode {
  const cell = new CellNode();
  adopt(cell, newParagraph(text));
  return cell;
}

export function adopt(container: Container, block: Block, index = container.children.length): void {
  block.parent = container;
  container.children.splice(index, 0, block);
}

// --- deep copies (Element.copy(), saved versions) -------------------------------------------------

export function cloneInline(inline: Inline): Inline {
  if (inline.kind === 'text') {
    const copy = new TextInline(inline.text);
    copy.styles = [...inline.styles];
    return copy;
  }
  if (inline.kind === 'inlineImage')
    return new ImageInline(inline.bytes, inline.contentType, inline.width, inline.height);
  return inline.kind === 'horizontalRule' ? new RuleInline() : new BreakInline();
}

function cloneParagraph(p: ParagraphNode): ParagraphNode {
  const copy = new ParagraphNode(p.kind, p.list ? { ...p.list } : null);
  copy.style = { ...p.style };
  copy.mark = p.mark;
  for (const inline of p.inlines) copy.append(cloneInline(inline));
  return copy;
}

export function cloneCell(cell: CellNode): CellNode {
  const copy = new CellNode();
  copy.props = { ...cell.props };
  for (const child of cell.children) adopt(copy, cloneBlock(child));
  return copy;
}

export function cloneRow(row: RowNode): RowNode {
  const copy = new RowNode();
  copy.minimumHeight = row.minimumHeight;
  for (const cell of row.cells) {
    const c = cloneCell(cell);
    c.parent = copy;
    copy.cells.push(c);
  }
  return copy;
}

function cloneTable(table: TableNode): TableNode {
  const copy = new TableNode();
  copy.borderWidth = table.borderWidth;
  copy.borderColor = table.borderColor;
  copy.columnWidths = [...table.columnWidths];
  for (const row of table.rows) {
    const r = cloneRow(row);
    r.parent = copy;
    copy.rows.push(r);
  }
  return copy;
}

export function cloneBlock(block: Block): Block {
  return block.kind === 'table' ? cloneTable(block) : cloneParagraph(block);
}

export function cloneSection(section: SectionNode): SectionNode {
  const copy = new SectionNode(section.kind, section.page ? { ...section.page } : null);
  for (const child of section.children) adopt(copy, cloneBlock(child));
  return copy;
}

// --- walking -------------------------------------------------------------------------------------

/** Every paragraph and list item under `container`, tables included, in document order. */
export function paragraphsIn(container: Container): ParagraphNode[] {
  const out: ParagraphNode[] = [];
  const visit = (blocks: Block[]) => {
    for (const b of blocks) {
      if (b.kind === 'table') {
        for (const row of b.rows) for (const cell of row.cells) visit(cell.children);
      } else {
        out.push(b);
      }
    }
  };
  visit(container.children);
  return out;
}

export function tablesIn(container: Container): TableNode[] {
  const out: TableNode[] = [];
  const visit = (blocks: Block[]) => {
    for (const b of blocks) {
      if (b.kind !== 'table') continue;
      out.push(b);
      for (const row of b.rows) for (const cell of row.cells) visit(cell.children);
    }
  };
  visit(container.children);
  return out;
}

export function paragraphsInTable(table: TableNode): ParagraphNode[] {
  const out: ParagraphNode[] = [];
  for (const row of table.rows) for (const cell of row.cells) out.push(...paragraphsIn(cell));
  return out;
}

/** Text as Apps Script's getText gives it: paragraphs joined by "\n" (table cells too). */
function blockText(block: Block): string {
  if (block.kind === 'table')
    return paragraphsInTable(block)
      .map((p) => p.text())
      .join('\n');
  return block.text();
}

export function containerText(container: Container): string {
  return container.children.map(blockText).join('\n');
}

/** A cell's width is its table column's width; a detached cell keeps its own. */
export function cellWidthOf(cell: CellNode): number | null {
  const row = cell.parent;
  const table = row?.parent;
  if (!row || !table) return cell.props.width;
  return table.columnWidths[row.cells.indexOf(cell)] ?? null;
}

/** The copy Element.copy() makes: detached, of the same kind. */
export function cloneNode(node: AnyNode): AnyNode {
  if (node instanceof SectionNode) return cloneSection(node);
  switch (node.kind) {
    case 'paragraph':
    case 'listItem':
    case 'table':
      return cloneBlock(node);
    case 'row':
      return cloneRow(node);
    case 'cell':
      return cloneCell(node);
    default:
      return cloneInline(node);
  }
}
