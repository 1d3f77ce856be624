// A plain, JSON-able picture of a stored document for tests and exporters (docx, pdf): every
// paragraph with its layout attributes and its text runs, every table with its cells. Attribute
// values are as stored: null means "not set", i.e. the Docs default (see DOCS_DEFAULTS).
import type { Glyph, Heading, VAlign } from './enums';
import {
  type Block,
  type CellNode,
  cellWidthOf,
  type PageProps,
  type ParagraphNode,
  type ParagraphStyle,
  type SectionNode,
  sameStyle,
  type TableNode,
  type TextStyle,
} from './model';

/** What Google Docs uses where nothing is set (the "Normal text" style of a new document). */
export const DOCS_DEFAULTS = {
  fontFamily: 'Arial',
  fontSize: 11,
  lineSpacing: 1.15,
  foregroundColor: '#000000',
  tableBorderWidth: 1,
  tableBorderColor: '#000000',
  /** Heading sizes of the default named styles, in points. */
  headingSize: {
    NORMAL: 11,
    HEADING1: 20,
    HEADING2: 16,
    HEADING3: 14,
    HEADING4: 12,
    HEADING5: 11,
    HEADING6: 11,
    TITLE: 26,
    SUBTITLE: 15,
  } as Record<Heading, number>,
} as const;

export interface RunView extends TextStyle {
  readonly text: string;
}

type InlineView =
  | ({ readonly kind: 'text' } & RunView)
  | { readonly kind: 'horizontalRule' }
  | { readonly kind: 'pageBreak' }
  | { readonly kind: 'inlineImage'; readonly width: number; readonly height: number; readonly bytes: Buffer };

export interface ParagraphView extends Readonly<ParagraphStyle> {
  readonly type: 'paragraph' | 'listItem';
  readonly text: string;
  /** Consecutive characters with the same attributes, across Text elements. */
  readonly runs: readonly RunView[];
  readonly inlines: readonly InlineView[];
  /** The paragraph mark's attributes (what an empty paragraph's height follows). */
  readonly mark: TextStyle;
  readonly pageBreak: boolean;
  /** The paragraph's first element is a page break: the paragraph starts a new page. */
  readonly pageBreakBefore: boolean;
  readonly horizontalRule: boolean;
  readonly list: { readonly glyphType: Glyph | null; readonly nestingLevel: number; readonly listId: string } | null;
}

export interface CellView {
  readonly text: string;
  readonly width: number | null;
  readonly backgroundColor: string | null;
  readonly paddingTop: number | null;
  readonly paddingBottom: number | null;
  readonly paddingLeft: number | null;
  readonly paddingRight: number | null;
  readonly verticalAlignment: VAlign | null;
  readonly blocks: readonly BlockView[];
}

interface RowView {
  readonly minimumHeight: number | null;
  readonly cells: readonly CellView[];
}

export interface TableView {
  readonly type: 'table';
  readonly borderWidth: number | null;
  readonly borderColor: string | null;
  readonly columnWidths: readonly (number | null)[];
  readonly rows: readonly RowView[];
}

export type BlockView = ParagraphView | TableView;

export interface SectionView {
  readonly blocks: readonly BlockView[];
  readonly text: string;
}

export interface DocumentView {
  readonly id: string;
  readonly name: string;
  readonly url: string;
  readonly owner: string;
  readonly editors: readonly string[];
  readonly viewers: readonly string[];
  readonly page: PageProps;
  readonly body: SectionView;
  readonly header: SectionView | null;
  readonly footer: SectionView | null;
}

function runsOf(para: ParagraphNode): RunView[] {
  const runs: { text: string; style: TextStyle }[] = [];
  for (const inline of para.textInlines()) {
    for (let i = 0; i < inline.text.length; i++) {
      const style = inline.styles[i];
      const last = runs[runs.length - 1];
      if (last && sameStyle(last.style, style)) last.text += inline.text[i];
      else runs.push({ text: inline.text[i], style });
    }
  }
  return runs.map((r) => ({ ...r.style, text: r.text }));
}

function inlinesOf(para: ParagraphNode): InlineView[] {
  return para.inlines.map((inline): InlineView => {
    if (inline.kind === 'inlineImage') {
      return { kind: inline.kind, width: inline.width, height: inline.height, bytes: inline.bytes };
    }
    if (inline.kind !== 'text') return { kind: inline.kind };
    return { kind: 'text', text: inline.text, ...(inline.styles[0] ?? para.mark) };
  });
}

function paragraphView(para: ParagraphNode): ParagraphView {
  return {
    type: para.kind,
    text: para.text(),
    ...para.style,
    runs: runsOf(para),
    inlines: inlinesOf(para),
    mark: { ...para.mark },
    pageBreak: para.inlines.some((i) => i.kind === 'pageBreak'),
    pageBreakBefore: para.inlines[0]?.kind === 'pageBreak',
    horizontalRule: para.inlines.some((i) => i.kind === 'horizontalRule'),
    list: para.list ? { ...para.list } : null,
  };
}

function cellView(cell: CellNode): CellView {
  const blocks = cell.children.map(blockView);
  return {
    text: blocks.map(blockText).join('\n'),
    width: cellWidthOf(cell),
    backgroundColor: cell.props.backgroundColor,
    paddingTop: cell.props.paddingTop,
    paddingBottom: cell.props.paddingBottom,
    paddingLeft: cell.props.paddingLeft,
    paddingRight: cell.props.paddingRight,
    verticalAlignment: cell.props.verticalAlignment,
    blocks,
  };
}

function tableView(table: TableNode): TableView {
  const columns = Math.max(0, ...table.rows.map((r) => r.cells.length));
  return {
    type: 'table',
    borderWidth: table.borderWidth,
    borderColor: table.borderColor,
    columnWidths: Array.from({ length: columns }, (_, i) => table.columnWidths[i] ?? null),
    rows: table.rows.map((row) => ({ minimumHeight: row.minimumHeight, cells: row.cells.map(cellView) })),
  };
}

function blockView(block: Block): BlockView {
  return block.kind === 'table' ? tableView(block) : paragraphView(block);
}

function blockText(block: BlockView): string {
  if (block.type !== 'table') return block.text;
  return block.rows.flatMap((r) => r.cells.map((c) => c.text)).join('\n');
}

export function sectionView(section: SectionNode): SectionView {
  const blocks = section.children.map(blockView);
  return { blocks, text: blocks.map(blockText).join('\n') };
}

/** Every paragraph of a view, those in tables included, in document order. */
export function allParagraphs(blocks: readonly BlockView[]): ParagraphView[] {
  const out: ParagraphView[] = [];
  for (const block of blocks) {
    if (block.type === 'table') {
      for (const row of block.rows) for (const cell of row.cells) out.push(...allParagraphs(cell.blocks));
    } else {
      out.push(block);
    }
  }
  return out;
}
