// A renderer-agnostic model of an administrative document laid out per Nghị định 30/2020/NĐ-CP,
// Phụ lục I: the report and the plan are built as this model, then drawn by the DocumentApp
// writer (src/gas/doc-writer.ts) and by the .docx export. Every layout number lives here, so the
// two renderers cannot disagree about the rules.
//
// Text never contains a line break: user text with several lines becomes several paragraphs
// (textLines), so no renderer has to guess what "\n" means to it.

import type { CivilDate, Recipient, Settings } from './types';
import { collapse, dateLine, formatDate, nameKey, upperVi } from './vn-format';

/** Points per millimetre (1 mm = 72 / 25.4 pt). */
export const PT_PER_MM = 2.835;

export interface PageSetup {
  readonly widthPt: number;
  readonly heightPt: number;
  readonly marginTopPt: number;
  readonly marginBottomPt: number;
  readonly marginLeftPt: number;
  readonly marginRightPt: number;
}

/** A4 portrait; margins at the low end of ND30's ranges (top/bottom 20–25, left 30–35, right 15–20 mm). */
export const A4: PageSetup = {
  widthPt: 595.28,
  heightPt: 841.89,
  marginTopPt: 20 * PT_PER_MM,
  marginBottomPt: 20 * PT_PER_MM,
  marginLeftPt: 30 * PT_PER_MM,
  marginRightPt: 15 * PT_PER_MM,
};

/** The width between the margins: every full-width table's columns add up to it. */
export const TEXT_WIDTH_PT = A4.widthPt - A4.marginLeftPt - A4.marginRightPt;

export const FONT_FAMILY = 'Times New Roman';
export const TEXT_COLOR = '#000000';
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
  /** Keeps a heading on the same page as what follows it (docx; Docs has no such attribute). */
  readonly keepWithNext: boolean;
  /**
   * The paragraph starts a new page. The break belongs to the paragraph that starts the page, never
   * to a paragraph of its own: a break paragraph after a block that just filled its page makes an
   * empty page.
   */
  readonly pageBreakBefore: boolean;
}

/** What a paragraph is in the document: lets renderers and tests find the parts ND30 speaks of. */
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
  | 'appendixNote';

export interface Paragraph {
  readonly kind: 'paragraph';
  readonly role: ParagraphRole;
  readonly format: ParagraphFormat;
  readonly runs: readonly Run[];
}

/**
 * A short centred horizontal line under a title. DocumentApp can draw neither a paragraph border
 * nor a partial-width horizontal rule, and a table border can only be set on all sides at once, so
 * the Doc draws it as a centred paragraph of underscores (underscoreRule); the .docx can use a
 * bottom border on an empty paragraph indented to `lengthPt`.
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
  readonly role: 'header' | 'signature';
  readonly borderWidthPt: 0;
  readonly columnWidthsPt: readonly number[];
  /** Left and right padding of every cell. */
  readonly cellPaddingPt: number;
  readonly rows: readonly (readonly (readonly CellBlock[])[])[];
}

export interface GridColumn {
  readonly title: string;
  readonly widthPt: number;
  /** Alignment of the data cells; header cells are always centred. */
  readonly align: Align;
}

/** A data table: a header row, text rows, and optionally total rows at the bottom (set in bold). */
export interface GridTable {
  readonly kind: 'grid';
  readonly role: string;
  readonly borderWidthPt: number;
  readonly size: number;
  readonly columns: readonly GridColumn[];
  readonly rows: readonly (readonly string[])[];
  /** How many of the last `rows` are totals. */
  readonly totalRows: number;
}

export type Block = Paragraph | Rule | LayoutTable | GridTable;

export interface OfficialDocument {
  /** Name for the Doc / file, e.g. "Báo cáo tuyên truyền NTM 6 tháng đầu năm 2023". */
  readonly fileName: string;
  readonly page: PageSetup;
  readonly font: { readonly family: string; readonly size: number; readonly color: string };
  /**
   * ND30: numbers from page 2, centred at the top, body size. Docs cannot insert the field from
   * Apps Script: the .docx export does, and the product tells the secretary the one step in Docs.
   */
  readonly pageNumbersFromSecondPage: true;
  readonly pageNumber: { readonly align: 'center'; readonly position: 'top'; readonly size: number };
  readonly blocks: readonly Block[];
}

export function officialDocument(fileName: string, blocks: readonly Block[]): OfficialDocument {
  return {
    fileName,
    page: A4,
    font: { family: FONT_FAMILY, size: BODY_SIZE, color: TEXT_COLOR },
    pageNumbersFromSecondPage: true,
    pageNumber: { align: 'center', position: 'top', size: BODY_SIZE },
    blocks,
  };
}

// ---- paragraphs -------------------------------------------------------------------------------

const BODY_FORMAT: ParagraphFormat = {
  align: 'justify',
  size: BODY_SIZE,
  bold: false,
  italic: false,
  underline: false,
  firstLineIndentPt: FIRST_LINE_INDENT_PT,
  indentStartPt: 0,
  spaceBeforePt: 0,
  spaceAfterPt: PARAGRAPH_SPACING_PT,
  lineSpacing: LINE_SPACING,
  keepWithNext: false,
  pageBreakBefore: false,
};

/** Header, signature and title lines: centred, single spaced, no indent, no spacing. */
const BLOCK_LINE: ParagraphFormat = {
  ...BODY_FORMAT,
  align: 'center',
  firstLineIndentPt: 0,
  spaceAfterPt: 0,
  lineSpacing: 1,
};

export function paragraph(role: ParagraphRole, text: string, format: Partial<ParagraphFormat> = {}): Paragraph {
  return { kind: 'paragraph', role, format: { ...BODY_FORMAT, ...format }, runs: [{ text: oneLine(text) }] };
}

function line(role: ParagraphRole, text: string, format: Partial<ParagraphFormat>): Paragraph {
  return { kind: 'paragraph', role, format: { ...BLOCK_LINE, ...format }, runs: [{ text: oneLine(text) }] };
}

/** The invariant that no text holds a line break, kept even if a caller forgot textLines. */
function oneLine(text: string): string {
  return text.replace(/[\u0000-\u0008\u000E-\u001F\u007F]/g, '').replace(/\r\n|[\r\n\u000B\u000C\u2028\u2029]/g, ' ');
}

/** A justified body paragraph with the first-line indent. */
export function bodyParagraph(text: string): Paragraph {
  return paragraph('body', text);
}

/** "- text": ND30 documents mark list items with a dash typed in the text, not a list glyph. */
export function bulletParagraph(text: string): Paragraph {
  return paragraph('bullet', `- ${text}`);
}

/** "I. KẾT QUẢ THỰC HIỆN". */
export function sectionHeading(numeral: string, text: string): Paragraph {
  return paragraph('heading1', `${numeral}. ${text}`, { bold: true, spaceBeforePt: 6, keepWithNext: true });
}

/** "1. Công tác lãnh đạo, chỉ đạo". */
export function subHeading(number: string, text: string): Paragraph {
  return paragraph('heading2', `${number}. ${text}`, { bold: true, keepWithNext: true });
}

/** "a) ...". */
export function minorHeading(letter: string, text: string): Paragraph {
  return paragraph('heading3', `${letter}) ${text}`, { bold: true, italic: true, keepWithNext: true });
}

export function rule(lengthPt: number, spaceAfterPt = 0): Rule {
  return { kind: 'rule', lengthPt: Math.round(lengthPt * 10) / 10, spaceAfterPt };
}

/** The text of a Rule drawn with underscores at `sizePt` (an underscore is 0.5 em wide in Times New Roman). */
export function underscoreRule(r: Rule, sizePt = RULE_GLYPH_SIZE): string {
  return '_'.repeat(Math.max(1, Math.round(r.lengthPt / (sizePt * 0.5))));
}

/** The text of a paragraph, runs joined. */
export function paragraphText(p: Paragraph): string {
  return p.runs.map((r) => r.text).join('');
}

// ---- user text --------------------------------------------------------------------------------

/**
 * The lines of a text typed by a user, each kept as typed except for white space at its ends;
 * blank lines dropped. Characters a document cannot hold (C0 controls other than tab) are removed;
 * a vertical tab is how Sheets and Docs store a soft line break, so it splits lines too.
 */
export function textLines(text: string): string[] {
  return text
    .replace(/[\u0000-\u0008\u000E-\u001F\u007F]/g, '')
    .split(/\r\n|[\r\n\u000B\u000C\u2028\u2029]/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** One line (a table cell, a name inside a sentence): line breaks become spaces. */
export function singleLine(text: string): string {
  return textLines(text).join(' ');
}

/**
 * "Kế hoạch số 42/KH-BCĐ ngày 10/03/2023": how the report, the plan mail and the reminder cite the
 * plan. A blank number leaves out "số …" altogether ("Kế hoạch ngày 10/03/2023"): "số /KH-BCĐ"
 * is how a document leaves its own number for the clerk, not how another one is cited.
 */
export function planReference(settings: Pick<Settings, 'planNumber' | 'planSymbol' | 'planDate'>): string {
  const number = singleLine(settings.planNumber);
  const symbol = singleLine(settings.planSymbol);
  const parts = ['Kế hoạch'];
  if (number) parts.push(`số ${number}${symbol ? `/${symbol}` : ''}`);
  if (settings.planDate) parts.push(`ngày ${formatDate(settings.planDate)}`);
  return parts.join(' ');
}

/** "Tuyên truyền ..." → "tuyên truyền ..." to continue a sentence; an acronym ("UBND ...") is kept. */
export function lowerFirst(text: string): string {
  const t = text.trim();
  if (t.length < 2) return t.toLowerCase();
  const second = t.charAt(1);
  if (second !== second.toLowerCase()) return t;
  return t.charAt(0).toLowerCase() + t.slice(1);
}

/**
 * Rough width in points of one line of Times New Roman bold, to size the rules under titles
 * (ND30: 1/3 to 1/2 of the line above, or the whole motto). Average advance widths: capitals
 * 0.72 em, lower case and digits 0.5 em, space 0.25 em, other marks 0.33 em.
 */
export function estimateWidthPt(text: string, sizePt: number): number {
  let em = 0;
  for (const ch of text.normalize('NFD').replace(/\p{M}/gu, '')) {
    if (ch === ' ') em += 0.25;
    else if (/\p{Lu}/u.test(ch)) em += 0.72;
    else if (/[\p{Ll}\p{Nd}]/u.test(ch)) em += 0.5;
    else em += 0.33;
  }
  return em * sizePt;
}

// ---- the parts every document shares ------------------------------------------------------------

export interface DocumentReference {
  /** The registration number, e.g. "15"; "" leaves room to write it by hand. */
  readonly number: string;
  /** e.g. "BC-BCĐ" */
  readonly symbol: string;
  /** null leaves day and month blank to fill by hand. */
  readonly date: CivilDate | null;
}

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
export const HEADER_SIZE = 13;
/** The header's two columns: the left holds the bodies, the right the national title (271 pt at 13 pt bold). */
export const HEADER_COLUMNS_PT: readonly number[] = [185, Math.round((TEXT_WIDTH_PT - 185) * 100) / 100];

/** ND30 writes registration numbers under 10 with a leading zero ("05"); "" stays blank for the clerk's pen. */
export function registrationNumber(number: string): string {
  const n = collapse(number);
  return /^\d$/.test(n) ? `0${n}` : n === '' ? '      ' : n;
}

/** "Số: 15/BC-BCĐ". */
export function numberLine(number: string, symbol: string): string {
  return `Số: ${registrationNumber(number)}/${collapse(symbol)}`;
}

/** "Minh Tiến, ngày 05 tháng 6 năm 2023", or a line with blanks when the date is not set yet. */
export function placeDateLine(place: string, date: CivilDate | null, year: number): string {
  if (date) return dateLine(place, date);
  const where = collapse(place);
  return `${where ? `${where}, ngày` : 'Ngày'}      tháng      năm ${year}`;
}

/**
 * The two-column header. Two rows so that "Số: ..." and the place-and-date line sit on one
 * line, as ND30 draws them, whatever the number of lines the body names take.
 */
export function documentHeader(settings: Settings, ref: DocumentReference): LayoutTable {
  const size = HEADER_SIZE;
  const issuing = upperVi(settings.issuingBody);
  const left: CellBlock[] = [];
  if (settings.parentBody.trim()) left.push(line('parentBody', upperVi(settings.parentBody), { size }));
  left.push(line('issuingBody', issuing, { size, bold: true }));
  left.push(rule(estimateWidthPt(issuing, size) * 0.4));
  const right: CellBlock[] = [
    line('nationalTitle', NATIONAL_TITLE, { size, bold: true }),
    line('motto', MOTTO, { size: 14, bold: true }),
    rule(estimateWidthPt(MOTTO, 14)),
  ];
  const year = ref.date?.y ?? settings.year;
  return {
    kind: 'layout',
    role: 'header',
    borderWidthPt: 0,
    columnWidthsPt: HEADER_COLUMNS_PT,
    cellPaddingPt: 0,
    rows: [
      [left, right],
      [
        [line('number', numberLine(ref.number, ref.symbol), { size, spaceBeforePt: 6 })],
        [
          line('dateLine', placeDateLine(settings.placeName, ref.date, year), {
            size: 14,
            italic: true,
            spaceBeforePt: 6,
          }),
        ],
      ],
    ],
  };
}

/** "BÁO CÁO" / "KẾ HOẠCH", the subject line under it, and the short rule under the subject. */
export function documentTitle(docType: string, subject: string): Block[] {
  const subjectLines = textLines(subject);
  const blocks: Block[] = [line('docType', upperVi(docType), { bold: true, spaceBeforePt: 18 })];
  for (const s of subjectLines) blocks.push(line('subject', s, { bold: true }));
  const longest = Math.max(0, ...subjectLines.map((s) => Math.min(estimateWidthPt(s, BODY_SIZE), TEXT_WIDTH_PT)));
  blocks.push(rule(Math.max(longest * 0.4, 60), 12));
  return blocks;
}

export const RECIPIENT_ROLE_ORDER: readonly Recipient['role'][] = ['Kính gửi', 'Để biết'];
export const DEFAULT_FILED_AT = 'VT, BQLNTM';
export const SIGNATURE_COLUMNS_PT: readonly number[] = [230, Math.round((TEXT_WIDTH_PT - 230) * 100) / 100];

/**
 * The "Nơi nhận" lines: `leading` first (e.g. the superior office of a report), then the settings'
 * recipients by role (Kính gửi, Để biết), each once; last "- Lưu: ..." with the 'Lưu' recipients
 * or, when there are none, "VT, BQLNTM".
 */
export function recipientLines(settings: Settings, leading: readonly string[] = []): string[] {
  const names: string[] = [];
  const seen = new Set<string>();
  const add = (name: string) => {
    const n = singleLine(name).replace(/[;.,\s]+$/, '');
    const key = nameKey(n);
    if (n === '' || seen.has(key)) return;
    seen.add(key);
    names.push(n);
  };
  for (const name of leading) add(name);
  for (const role of RECIPIENT_ROLE_ORDER) for (const r of settings.recipients) if (r.role === role) add(r.name);
  const filed = settings.recipients
    .filter((r) => r.role === 'Lưu')
    // A secretary may type the whole line ("Lưu: VT, BQLNTM"): keep only what follows "Lưu:".
    .map((r) =>
      singleLine(r.name)
        .replace(/^\s*-?\s*lưu\s*:\s*/iu, '')
        .replace(/[;.,\s]+$/, ''),
    )
    .filter((n) => n !== '');
  const lines = names.map((n) => `- ${n};`);
  lines.push(`- Lưu: ${filed.length > 0 ? filed.join(', ') : DEFAULT_FILED_AT}.`);
  return lines;
}

/** The borderless table at the end: "Nơi nhận" on the left, the signer on the right. */
export function recipientsAndSignature(settings: Settings, leading: readonly string[] = []): LayoutTable {
  const left: CellBlock[] = [
    line('recipientsTitle', 'Nơi nhận:', { align: 'left', size: 12, bold: true, italic: true }),
    ...recipientLines(settings, leading).map((l) => line('recipient', l, { align: 'left', size: 11 })),
  ];
  const right: CellBlock[] = [];
  const signer = (role: ParagraphRole, text: string) => {
    if (text.trim()) right.push(line(role, upperVi(text), { bold: true }));
  };
  signer('signerAuthority', settings.signerAuthority);
  signer('signerPosition', settings.signerPosition);
  signer('signerSecondLine', settings.signerSecondLine);
  for (let i = 0; i < SIGNATURE_SPACE_LINES; i++) right.push(line('signatureSpace', '', {}));
  right.push(line('signerName', collapse(settings.signerName), { bold: true }));
  return {
    kind: 'layout',
    role: 'signature',
    borderWidthPt: 0,
    columnWidthsPt: SIGNATURE_COLUMNS_PT,
    cellPaddingPt: 0,
    rows: [[left, right]],
  };
}

/** A data table; `widths` in points must add up to TEXT_WIDTH_PT (the last column takes what is left). */
export function gridTable(
  role: string,
  columns: readonly { title: string; width: number; align: Align }[],
  rows: readonly (readonly string[])[],
  totalRows = 0,
): GridTable {
  const fixed = columns.slice(0, -1).reduce((s, c) => s + c.width, 0);
  const cols = columns.map((c, i) => ({
    title: c.title,
    widthPt: i === columns.length - 1 ? Math.round((TEXT_WIDTH_PT - fixed) * 100) / 100 : c.width,
    align: c.align,
  }));
  return {
    kind: 'grid',
    role,
    borderWidthPt: TABLE_BORDER_PT,
    size: TABLE_SIZE,
    columns: cols,
    rows: rows.map((r) => cols.map((_, i) => singleLine(r[i] ?? ''))),
    totalRows,
  };
}

/** Header row and data rows as one rectangle of strings (what DocumentApp's appendTable takes). */
export function gridCells(t: GridTable): string[][] {
  return [t.columns.map((c) => c.title), ...t.rows.map((r) => [...r])];
}
