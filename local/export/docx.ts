// Writes an emulated Google Doc as a .docx (what the offline runner hands the secretary), with the
// layout Word needs to show it as Docs would: page size and margins, paragraph alignment, indents and
// spacing, run fonts, tables with widths and borders, header and footer, and, on request, a real
// PAGE field centred in the header from page 2 on (DocumentApp cannot insert one; Word can).
//
// Units: DocumentApp works in points; WordprocessingML in twips (1 pt = 20) for lengths, half-points
// for font sizes and eighths of a point for borders.
import { writeFile } from 'node:fs/promises';
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  type IBorderOptions,
  ImageRun,
  LevelFormat,
  LineRuleType,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type {
  BlockView,
  CellView,
  DocumentView,
  ParagraphView,
  RunView,
  SectionView,
  TableView,
} from '../emulator/document';
import { allParagraphs, DOCS_DEFAULTS } from '../emulator/document';

export interface DocxOptions {
  /** A centred PAGE field in the header of every page but the first (title page different). */
  readonly pageNumbersFromSecondPage?: boolean;
  /** Size of the page number in points (13 by default, per Nghị định 30/2020). */
  readonly pageNumberSize?: number;
}

const twips = (pt: number): number => Math.round(pt * 20);
const halfPoints = (pt: number): number => Math.round(pt * 2);
const eighths = (pt: number): number => Math.round(pt * 8);
const hex = (color: string): string => color.replace('#', '').toUpperCase();

const ALIGNMENT = {
  LEFT: AlignmentType.LEFT,
  CENTER: AlignmentType.CENTER,
  RIGHT: AlignmentType.RIGHT,
  JUSTIFY: AlignmentType.JUSTIFIED,
} as const;

const HEADING = {
  HEADING1: HeadingLevel.HEADING_1,
  HEADING2: HeadingLevel.HEADING_2,
  HEADING3: HeadingLevel.HEADING_3,
  HEADING4: HeadingLevel.HEADING_4,
  HEADING5: HeadingLevel.HEADING_5,
  HEADING6: HeadingLevel.HEADING_6,
  TITLE: HeadingLevel.TITLE,
} as const;

const NUMBERED_FORMAT = {
  NUMBER: LevelFormat.DECIMAL,
  LATIN_UPPER: LevelFormat.UPPER_LETTER,
  LATIN_LOWER: LevelFormat.LOWER_LETTER,
  ROMAN_UPPER: LevelFormat.UPPER_ROMAN,
  ROMAN_LOWER: LevelFormat.LOWER_ROMAN,
} as const;

type NumberedGlyph = keyof typeof NUMBERED_FORMAT;

const VERTICAL = { TOP: VerticalAlign.TOP, CENTER: VerticalAlign.CENTER, BOTTOM: VerticalAlign.BOTTOM } as const;

interface Context {
  /** Width available to a top-level table (page width minus side margins), in points. */
  readonly contentWidth: number;
  /** listId -> numbering instance, so that separate numbered lists restart at 1. */
  readonly listInstances: Map<string, number>;
}

function runOptions(run: RunView | ParagraphView['mark'], heading: ParagraphView['heading']) {
  return {
    font: run.fontFamily ?? DOCS_DEFAULTS.fontFamily,
    size: halfPoints(run.fontSize ?? DOCS_DEFAULTS.headingSize[heading]),
    bold: run.bold ?? undefined,
    italics: run.italic ?? undefined,
    underline: run.underline ? {} : undefined,
    strike: run.strikethrough ?? undefined,
    color: run.foregroundColor ? hex(run.foregroundColor) : undefined,
    shading: run.backgroundColor
      ? { type: ShadingType.CLEAR, color: 'auto', fill: hex(run.backgroundColor) }
      : undefined,
  };
}

/** A page break before the paragraph's text (a paragraph holding only a break keeps it as a run). */
function breakBefore(para: ParagraphView): boolean {
  return para.pageBreakBefore && para.text !== '';
}

function runsOf(para: ParagraphView): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  // Runs carry the attributes; page breaks and rules are placed after the text they follow, except
  // a break before the text, which becomes the paragraph's own "page break before" (paragraph()).
  for (const run of para.runs) {
    const textRun = new TextRun({ text: run.text, ...runOptions(run, para.heading) });
    out.push(run.linkUrl ? new ExternalHyperlink({ link: run.linkUrl, children: [textRun] }) : textRun);
  }
  // Pictures (a chart in the report) after the text; Docs and docx both size them in pixels (96 to the inch).
  for (const i of para.inlines) {
    if (i.kind !== 'inlineImage') continue;
    out.push(new ImageRun({ type: 'png', data: i.bytes, transformation: { width: i.width, height: i.height } }));
  }
  if (para.inlines.slice(breakBefore(para) ? 1 : 0).some((i) => i.kind === 'pageBreak')) out.push(new PageBreak());
  return out;
}

function numbering(para: ParagraphView, ctx: Context) {
  const list = para.list;
  if (!list) return {};
  const glyph = list.glyphType ?? 'BULLET';
  if (!(glyph in NUMBERED_FORMAT)) return { bullet: { level: list.nestingLevel } };
  let instance = ctx.listInstances.get(list.listId);
  if (instance === undefined) {
    instance = ctx.listInstances.size + 1;
    ctx.listInstances.set(list.listId, instance);
  }
  return { numbering: { reference: `glyph-${glyph}`, level: list.nestingLevel, instance } };
}

/**
 * Docs measures the first-line indent from the margin, as it does the start indent (a bullet sits at
 * 18 pt, its text at 36 pt); Word's firstLine/hanging are relative to the left indent.
 */
function indent(para: ParagraphView) {
  if (para.indentFirstLine === null && para.indentStart === null && para.indentEnd === null) return undefined;
  const start = para.indentStart ?? 0;
  const first = (para.indentFirstLine ?? start) - start;
  return {
    left: start !== 0 ? twips(start) : undefined,
    right: para.indentEnd !== null ? twips(para.indentEnd) : undefined,
    firstLine: first > 0 ? twips(first) : undefined,
    hanging: first < 0 ? twips(-first) : undefined,
  };
}

function paragraph(para: ParagraphView, ctx: Context): Paragraph {
  const line = para.lineSpacing ?? DOCS_DEFAULTS.lineSpacing;
  const rule: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: 'A0A0A0', space: 1 };
  return new Paragraph({
    children: runsOf(para),
    alignment: para.alignment ? ALIGNMENT[para.alignment] : undefined,
    heading: para.heading === 'NORMAL' || para.heading === 'SUBTITLE' ? undefined : HEADING[para.heading],
    indent: indent(para),
    spacing: {
      before: twips(para.spacingBefore ?? 0),
      after: twips(para.spacingAfter ?? 0),
      line: Math.round(line * 240),
      lineRule: LineRuleType.AUTO,
    },
    border: para.horizontalRule ? { bottom: rule } : undefined,
    // Word would set a leading break on a line of its own at the foot of the previous page, which
    // makes an empty page when that page is full; "page break before" cannot.
    pageBreakBefore: breakBefore(para) ? true : undefined,
    bidirectional: para.leftToRight === false ? true : undefined,
    run: runOptions(para.mark, para.heading),
    ...numbering(para, ctx),
  });
}

function borders(table: TableView) {
  const width = table.borderWidth ?? DOCS_DEFAULTS.tableBorderWidth;
  const side: IBorderOptions =
    width === 0
      ? { style: BorderStyle.NONE, size: 0, color: 'auto' }
      : {
          style: BorderStyle.SINGLE,
          size: eighths(width),
          color: hex(table.borderColor ?? DOCS_DEFAULTS.tableBorderColor),
        };
  return { top: side, bottom: side, left: side, right: side, insideHorizontal: side, insideVertical: side };
}

/** Columns with no width share what the set ones leave of the available width, as Docs lays them out. */
function columnWidths(table: TableView, available: number): number[] {
  const set = table.columnWidths.filter((w): w is number => w !== null);
  const unset = table.columnWidths.length - set.length;
  const rest = Math.max(available - set.reduce((a, b) => a + b, 0), 0);
  return table.columnWidths.map((w) => w ?? rest / Math.max(unset, 1));
}

function cell(view: CellView, width: number, ctx: Context): TableCell {
  const children = blocks(view.blocks, { ...ctx, contentWidth: width });
  const pad = (pt: number | null) => (pt === null ? undefined : twips(pt));
  return new TableCell({
    children: children.length > 0 ? children : [new Paragraph({})],
    width: { size: twips(width), type: WidthType.DXA },
    shading: view.backgroundColor
      ? { type: ShadingType.CLEAR, color: 'auto', fill: hex(view.backgroundColor) }
      : undefined,
    margins: {
      top: pad(view.paddingTop),
      bottom: pad(view.paddingBottom),
      left: pad(view.paddingLeft),
      right: pad(view.paddingRight),
    },
    verticalAlign: view.verticalAlignment ? VERTICAL[view.verticalAlignment] : undefined,
  });
}

function table(view: TableView, ctx: Context): Table {
  const widths = columnWidths(view, ctx.contentWidth);
  return new Table({
    rows: view.rows.map(
      (row) =>
        new TableRow({
          children: row.cells.map((c, i) => cell(c, widths[i] ?? widths[widths.length - 1] ?? 0, ctx)),
          height: row.minimumHeight ? { value: twips(row.minimumHeight), rule: 'atLeast' } : undefined,
        }),
    ),
    columnWidths: widths.map(twips),
    width: { size: twips(widths.reduce((a, b) => a + b, 0)), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: borders(view),
  });
}

function blocks(views: readonly BlockView[], ctx: Context): (Paragraph | Table)[] {
  return views.map((b) => (b.type === 'table' ? table(b, ctx) : paragraph(b, ctx)));
}

function pageNumberParagraph(size: number, font: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ children: [PageNumber.CURRENT], font, size: halfPoints(size) })],
  });
}

/** The body's most used font: page numbers are set in it. */
function mainFont(view: DocumentView): string {
  const count = new Map<string, number>();
  for (const p of allParagraphs(view.body.blocks)) {
    for (const r of p.runs) {
      const font = r.fontFamily ?? DOCS_DEFAULTS.fontFamily;
      count.set(font, (count.get(font) ?? 0) + r.text.length);
    }
  }
  return [...count].sort((a, b) => b[1] - a[1])[0]?.[0] ?? DOCS_DEFAULTS.fontFamily;
}

function section(view: SectionView | null, ctx: Context): (Paragraph | Table)[] {
  return view ? blocks(view.blocks, ctx) : [];
}

function buildDocx(view: DocumentView, options: DocxOptions = {}): Document {
  const page = view.page;
  const ctx: Context = { contentWidth: page.width - page.marginLeft - page.marginRight, listInstances: new Map() };
  const body = blocks(view.body.blocks, ctx);
  const headerBlocks = section(view.header, ctx);
  const footerBlocks = section(view.footer, ctx);
  const numbered = options.pageNumbersFromSecondPage === true;
  const pageNumber = pageNumberParagraph(options.pageNumberSize ?? 13, mainFont(view));
  const defaultHeader = numbered ? [...headerBlocks, pageNumber] : headerBlocks;
  const headers: { default?: Header; first?: Header } = {};
  if (defaultHeader.length > 0) headers.default = new Header({ children: defaultHeader });
  if (numbered) headers.first = new Header({ children: section(view.header, ctx) });
  const footers: { default?: Footer; first?: Footer } = {};
  if (footerBlocks.length > 0) {
    footers.default = new Footer({ children: footerBlocks });
    if (numbered) footers.first = new Footer({ children: section(view.footer, ctx) });
  }
  return new Document({
    creator: view.owner,
    title: view.name,
    numbering: {
      config: (Object.keys(NUMBERED_FORMAT) as NumberedGlyph[]).map((glyph) => ({
        reference: `glyph-${glyph}`,
        levels: Array.from({ length: 9 }, (_, level) => ({
          level,
          format: NUMBERED_FORMAT[glyph],
          text: `%${level + 1}.`,
          alignment: AlignmentType.START,
          style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
        })),
      })),
    },
    sections: [
      {
        properties: {
          titlePage: numbered,
          page: {
            size: { width: twips(page.width), height: twips(page.height) },
            margin: {
              top: twips(page.marginTop),
              bottom: twips(page.marginBottom),
              left: twips(page.marginLeft),
              right: twips(page.marginRight),
            },
          },
        },
        headers,
        footers,
        children: body,
      },
    ],
  });
}

/** Writes `doc` (a stored Doc or its view) to `file` as .docx. */
export async function exportDocx(
  doc: DocumentView | { view(): DocumentView },
  file: string,
  options: DocxOptions = {},
): Promise<void> {
  const view = 'view' in doc && typeof doc.view === 'function' ? doc.view() : (doc as DocumentView);
  await writeFile(file, await Packer.toBuffer(buildDocx(view, options)));
}
