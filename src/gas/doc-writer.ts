// Draws an OfficialDocument (src/domain/official-doc.ts) into a Google Doc with DocumentApp.
// Every paragraph, in the body and in every table cell, gets its paragraph attributes in one
// setAttributes call of its own: nothing depends on what a new paragraph inherits, and no table-level
// call is relied on for alignment or spacing (Docs applies only text attributes from those). Tables
// arrive in one insertTable(cells) call; calls per data row: three per cell.
//
// Everything is inserted before the Doc's initial empty paragraph, which stays last: a table is
// then never the last element, so Docs adds no stray empty paragraph after each table.
//
// What DocumentApp cannot do is not done: no page-number field (the product tells the secretary the
// one step in Docs), no keep-with-next, no bottom border under a title (drawn here as a centred line
// of underscores, see Rule in the model).
import {
  type Align,
  type CellBlock,
  type ChartImage,
  type GridTable,
  gridCells,
  type LayoutTable,
  type OfficialDocument,
  type Paragraph,
  type ParagraphFormat,
  paragraphText,
  RULE_GLYPH_SIZE,
  type Rule,
  type Run,
  underscoreRule,
} from '../domain/official-doc';

type Doc = GoogleAppsScript.Document.Document;
type Body = GoogleAppsScript.Document.Body;
type DocParagraph = GoogleAppsScript.Document.Paragraph;
type Attributes = Record<string, unknown>;

function alignment(align: Align): GoogleAppsScript.Document.HorizontalAlignment {
  const h = DocumentApp.HorizontalAlignment;
  switch (align) {
    case 'left':
      return h.LEFT;
    case 'center':
      return h.CENTER;
    case 'right':
      return h.RIGHT;
    default:
      return h.JUSTIFY;
  }
}

interface Look {
  readonly family: string;
  readonly color: string;
}

function paragraphAttributes(format: ParagraphFormat, look: Look): Attributes {
  return {
    FONT_FAMILY: look.family,
    FOREGROUND_COLOR: look.color,
    FONT_SIZE: format.size,
    BOLD: format.bold,
    ITALIC: format.italic,
    UNDERLINE: format.underline,
    HORIZONTAL_ALIGNMENT: alignment(format.align),
    INDENT_FIRST_LINE: format.firstLineIndentPt,
    INDENT_START: format.indentStartPt,
    SPACING_BEFORE: format.spaceBeforePt,
    SPACING_AFTER: format.spaceAfterPt,
    LINE_SPACING: format.lineSpacing,
  };
}

function ruleAttributes(rule: Rule, look: Look): Attributes {
  return {
    FONT_FAMILY: look.family,
    FOREGROUND_COLOR: look.color,
    FONT_SIZE: RULE_GLYPH_SIZE,
    BOLD: false,
    ITALIC: false,
    UNDERLINE: false,
    HORIZONTAL_ALIGNMENT: alignment('center'),
    INDENT_FIRST_LINE: 0,
    INDENT_START: 0,
    SPACING_BEFORE: 0,
    SPACING_AFTER: rule.spaceAfterPt,
    LINE_SPACING: 1,
  };
}

function runAttributes(run: Run): Attributes | null {
  const attrs: Attributes = {};
  if (run.bold !== undefined) attrs.BOLD = run.bold;
  if (run.italic !== undefined) attrs.ITALIC = run.italic;
  if (run.underline !== undefined) attrs.UNDERLINE = run.underline;
  if (run.size !== undefined) attrs.FONT_SIZE = run.size;
  return Object.keys(attrs).length > 0 ? attrs : null;
}

/** The text a block shows in Docs: a paragraph's text, or a rule's underscores. */
function blockText(block: CellBlock): string {
  return block.kind === 'rule' ? underscoreRule(block) : paragraphText(block);
}

/** Attributes of a paragraph or a rule, then the runs that differ from their paragraph. */
function style(target: DocParagraph, block: CellBlock, look: Look): void {
  if (block.kind === 'rule') {
    target.setAttributes(ruleAttributes(block, look));
    return;
  }
  target.setAttributes(paragraphAttributes(block.format, look));
  styleRuns(target, block);
}

function styleRuns(target: DocParagraph, p: Paragraph): void {
  let text: GoogleAppsScript.Document.Text | null = null;
  let start = 0;
  for (const run of p.runs) {
    const attrs = runAttributes(run);
    if (attrs && run.text.length > 0) {
      text ??= target.editAsText();
      text.setAttributes(start, start + run.text.length - 1, attrs);
    }
    start += run.text.length;
  }
}

function writeLayoutTable(body: Body, index: number, t: LayoutTable, look: Look): void {
  const cells = t.rows.map((row) => row.map((blocks) => (blocks.length > 0 ? blockText(blocks[0]) : '')));
  const table = body.insertTable(index, cells);
  table.setBorderWidth(t.borderWidthPt);
  t.columnWidthsPt.forEach((w, c) => {
    table.setColumnWidth(c, w);
  });
  t.rows.forEach((row, r) => {
    row.forEach((blocks, c) => {
      const cell = table.getCell(r, c);
      cell.setAttributes({
        PADDING_LEFT: t.cellPaddingPt,
        PADDING_RIGHT: t.cellPaddingPt,
        PADDING_TOP: 0,
        PADDING_BOTTOM: 0,
      });
      blocks.forEach((block, k) => {
        const target = k === 0 ? cell.getChild(0).asParagraph() : cell.appendParagraph(blockText(block));
        style(target, block, look);
      });
    });
  });
}

/** What every paragraph of a grid table has besides its alignment: no indents, no spacing, single lines. */
const GRID_PARAGRAPH: Attributes = {
  INDENT_FIRST_LINE: 0,
  INDENT_START: 0,
  SPACING_BEFORE: 0,
  SPACING_AFTER: 0,
  LINE_SPACING: 1,
};

/**
 * Text attributes once for the whole table (Docs applies those to the contents); paragraph
 * attributes on each cell's own paragraph, since a table's, row's or cell's setAttributes leaves its
 * paragraphs' alignment and spacing as they were. One attribute object per column and row kind, so a
 * cell costs getCell, getChild and setAttributes; header and total rows carry their bold there too.
 */
function writeGridTable(body: Body, index: number, t: GridTable, look: Look): void {
  const table = body.insertTable(index, gridCells(t));
  table.setBorderWidth(t.borderWidthPt);
  table.setBorderColor(look.color);
  table.setAttributes({
    FONT_FAMILY: look.family,
    FOREGROUND_COLOR: look.color,
    FONT_SIZE: t.size,
    BOLD: false,
    ITALIC: false,
    UNDERLINE: false,
  });
  t.columns.forEach((col, c) => {
    table.setColumnWidth(c, col.widthPt);
  });
  const header = { ...GRID_PARAGRAPH, HORIZONTAL_ALIGNMENT: alignment('center'), BOLD: true };
  const data = t.columns.map((col) => ({ ...GRID_PARAGRAPH, HORIZONTAL_ALIGNMENT: alignment(col.align) }));
  const total = data.map((attrs) => ({ ...attrs, BOLD: true }));
  const firstTotal = 1 + t.rows.length - t.totalRows;
  for (let r = 0; r <= t.rows.length; r++) {
    const line = r === 0 ? t.columns.map(() => header) : r >= firstTotal ? total : data;
    line.forEach((attrs, c) => {
      table.getCell(r, c).getChild(0).setAttributes(attrs);
    });
  }
}

/** The picture centred at its width (height in proportion), then its caption; returns the next index. */
function writeChart(
  body: Body,
  index: number,
  chart: ChartImage,
  image: GoogleAppsScript.Base.Blob,
  look: Look,
): number {
  const holder = body.insertParagraph(index, '');
  holder.setAttributes({
    ...paragraphAttributes(chart.caption.format, look),
    HORIZONTAL_ALIGNMENT: alignment('center'),
    INDENT_FIRST_LINE: 0,
    SPACING_BEFORE: 12,
    SPACING_AFTER: 0,
  });
  const picture = holder.appendInlineImage(image);
  // InlineImage sizes are whole pixels (96 to the inch, 72 points).
  const width = Math.round((chart.widthPt * 96) / 72);
  const height = Math.round((picture.getHeight() * width) / Math.max(1, picture.getWidth()));
  picture.setWidth(width).setHeight(height);
  style(body.insertParagraph(index + 1, paragraphText(chart.caption)), chart.caption, look);
  return index + 2;
}

/**
 * Renders `model` into `doc`, replacing what its body held. The page-number field is not inserted
 * (DocumentApp has no call for it); the Doc's name is the caller's to set (model.fileName).
 */
export function writeOfficialDocument(
  doc: Doc,
  model: OfficialDocument,
  images: Readonly<Record<string, GoogleAppsScript.Base.Blob>> = {},
): void {
  const look: Look = { family: model.font.family, color: model.font.color };
  const body = doc.getBody();
  body.clear();
  body.setPageWidth(model.page.widthPt);
  body.setPageHeight(model.page.heightPt);
  body.setMarginTop(model.page.marginTopPt);
  body.setMarginBottom(model.page.marginBottomPt);
  body.setMarginLeft(model.page.marginLeftPt);
  body.setMarginRight(model.page.marginRightPt);
  const last = body.getChild(0).asParagraph();
  let index = 0;
  for (const block of model.blocks) {
    switch (block.kind) {
      case 'paragraph': {
        const p = body.insertParagraph(index, blockText(block));
        style(p, block, look);
        // After the runs are styled, so that their offsets count only text.
        if (block.format.pageBreakBefore) p.insertPageBreak(0);
        break;
      }
      case 'rule':
        style(body.insertParagraph(index, blockText(block)), block, look);
        break;
      case 'layout':
        writeLayoutTable(body, index, block, look);
        break;
      case 'grid':
        writeGridTable(body, index, block, look);
        break;
      case 'chart': {
        const image = images[block.key];
        if (!image) continue;
        index = writeChart(body, index, block, image, look);
        continue;
      }
    }
    index += 1;
  }
  // The paragraph Docs keeps at the end: as small as possible so it never makes a page of its own.
  last.setAttributes({
    FONT_FAMILY: look.family,
    FONT_SIZE: 1,
    SPACING_BEFORE: 0,
    SPACING_AFTER: 0,
    LINE_SPACING: 1,
  });
}
