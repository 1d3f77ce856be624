// A model of an administrative document laid out per Nghị định 30/2020/NĐ-CP, Phụ lục I: the
// report and the plan are built as this model, then drawn into a Google Doc by the DocumentApp
// writer (src/gas/doc-writer.ts); the offline .docx export reads that Doc, not this model. Every
// layout number lives here or in the builders (doc-blocks.ts, doc-parts.ts), so the report and the
// plan follow the same rules.
//
// Text never contains a line break: user text with several lines becomes several paragraphs
// (textLines), so no renderer has to guess what "\n" means to it.

/** Points per millimetre (1 mm = 72 / 25.4 pt). */
const PT_PER_MM = 2.835;

interface PageSetup {
  readonly widthPt: number;
  readonly heightPt: number;
  readonly marginTopPt: number;
  readonly marginBottomPt: number;
  readonly marginLeftPt: number;
  readonly marginRightPt: number;
}

/** A4 portrait; margins at the low end of ND30's ranges (top/bottom 20–25, left 30–35, right 15–20 mm). */
const A4: PageSetup = {
  widthPt: 595.28,
  heightPt: 841.89,
  marginTopPt: 20 * PT_PER_MM,
  marginBottomPt: 20 * PT_PER_MM,
  marginLeftPt: 30 * PT_PER_MM,
  marginRightPt: 15 * PT_PER_MM,
};

/** The width between the margins: every full-width table's columns add up to it. */
export const TEXT_WIDTH_PT = A4.widthPt - A4.marginLeftPt - A4.marginRightPt;

const FONT_FAMILY = 'Times New Roman';
const TEXT_COLOR = '#000000';
export const BODY_SIZE = 14;
/** 1.27 cm. */
export const FIRST_LINE_INDENT_PT = 12.7 * PT_PER_MM;
export const PARAGRAPH_SPACING_PT = 6;
export const LINE_SPACING = 1.15;
/** Data tables are set a little smaller than the body so that six columns fit. */
export const TABLE_SIZE = 12;
export const TABLE_BORDER_PT = 0.5;
/** Empty lines left above the signer's name for the signature and the seal. */
export const SIGNATURE_SPACE_LINES = 4;

export type Align = 'left' | 'center' | 'right' | 'justify';

/** A stretch of text with its own look; unset fields take the paragraph's. */
export interface Run {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly size?: number;
}

export interface ParagraphFormat {
  readonly align: Align;
  readonly size: number;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly underline: boolean;
  readonly firstLineIndentPt: number;
  readonly indentStartPt: number;
  readonly spaceBeforePt: number;
  readonly spaceAfterPt: number;
  /** A multiple of single spacing. */
  readonly lineSpacing: number;
  /**
   * The paragraph starts a new page. The break belongs to the paragraph that starts the page, never
   * to a paragraph of its own: a break paragraph after a block that just filled its page makes an
   * empty page.
   */
  readonly pageBreakBefore: boolean;
}

/**
 * What a paragraph is in the document, by the parts ND30 speaks of. No renderer reads it (each draws
 * from `format` and `runs` alone): it lets the tests find a part without depending on its text or place.
 */
export type ParagraphRole =
  | 'parentBody'
  | 'issuingBody'
  | 'number'
  | 'nationalTitle'
  | 'motto'
  | 'dateLine'
  | 'docType'
  | 'subject'
  | 'heading1'
  | 'heading2'
  | 'heading3'
  | 'body'
  | 'bullet'
  | 'tableNote'
  | 'recipientsTitle'
  | 'recipient'
  | 'signerAuthority'
  | 'signerPosition'
  | 'signerSecondLine'
  | 'signatureSpace'
  | 'signerName'
  | 'appendixLabel'
  | 'appendixTitle'
  | 'appendixNote'
  | 'chartCaption';

export interface Paragraph {
  readonly kind: 'paragraph';
  readonly role: ParagraphRole;
  readonly format: ParagraphFormat;
  readonly runs: readonly Run[];
}

/**
 * A short centred horizontal line under a title. DocumentApp can draw neither a paragraph border
 * nor a partial-width horizontal rule, and a table border can only be set on all sides at once, so
 * the Doc draws it as a centred paragraph of underscores about `lengthPt` long (underscoreRule).
 */
export interface Rule {
  readonly kind: 'rule';
  readonly lengthPt: number;
  readonly spaceAfterPt: number;
}

/** Font size of the underscores that draw a Rule in Docs: small, so the line sits close under the title. */
export const RULE_GLYPH_SIZE = 8;

export type CellBlock = Paragraph | Rule;

/** A borderless table used only to place blocks side by side (the header, the signature block). */
export interface LayoutTable {
  readonly kind: 'layout';
  /** For the tests, like Paragraph.role. */
  readonly role: 'header' | 'signature';
  readonly borderWidthPt: 0;
  readonly columnWidthsPt: readonly number[];
  /** Left and right padding of every cell. */
  readonly cellPaddingPt: number;
  readonly rows: readonly (readonly (readonly CellBlock[])[])[];
}

interface GridColumn {
  readonly title: string;
  readonly widthPt: number;
  /** Alignment of the data cells; header cells are always centred. */
  readonly align: Align;
}

/** A data table: a header row, text rows, and optionally total rows at the bottom (set in bold). */
export interface GridTable {
  readonly kind: 'grid';
  /** For the tests, like Paragraph.role. */
  readonly role: string;
  readonly borderWidthPt: number;
  readonly size: number;
  readonly columns: readonly GridColumn[];
  readonly rows: readonly (readonly string[])[];
  /** How many of the last `rows` are totals. */
  readonly totalRows: number;
}

/**
 * A picture the adapter supplies by `key` (a Sheet chart), centred at `widthPt`, its caption under
 * it. Without a picture for the key the renderer leaves out both.
 */
export interface ChartImage {
  readonly kind: 'chart';
  readonly key: string;
  readonly widthPt: number;
  readonly caption: Paragraph;
}

export type Block = Paragraph | Rule | LayoutTable | GridTable | ChartImage;

export interface OfficialDocument {
  /** Name for the Doc / file, e.g. "Báo cáo tuyên truyền NTM 6 tháng đầu năm 2023". */
  readonly fileName: string;
  readonly page: PageSetup;
  /** The Doc's font and colour; sizes are each paragraph's and table's own. */
  readonly font: { readonly family: string; readonly color: string };
  readonly blocks: readonly Block[];
}

export function officialDocument(fileName: string, blocks: readonly Block[]): OfficialDocument {
  return {
    fileName,
    page: A4,
    font: { family: FONT_FAMILY, color: TEXT_COLOR },
    blocks,
  };
}

/** The text of a Rule drawn with underscores at `sizePt` (an underscore is 0.5 em wide in Times New Roman). */
export function underscoreRule(r: Rule, sizePt = RULE_GLYPH_SIZE): string {
  return '_'.repeat(Math.max(1, Math.round(r.lengthPt / (sizePt * 0.5))));
}

/** The text of a paragraph, runs joined. */
export function paragraphText(p: Paragraph): string {
  return p.runs.map((r) => r.text).join('');
}

/** Header row and data rows as one rectangle of strings (what DocumentApp's appendTable takes). */
export function gridCells(t: GridTable): string[][] {
  return [t.columns.map((c) => c.title), ...t.rows.map((r) => [...r])];
}
