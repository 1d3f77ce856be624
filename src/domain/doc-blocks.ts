// The blocks of an OfficialDocument (official-doc.ts): body paragraphs, headings, rules and data
// tables, each with ND30's format.
import { singleLine } from './doc-text';
import {
  type Align,
  BODY_SIZE,
  FIRST_LINE_INDENT_PT,
  type GridTable,
  LINE_SPACING,
  PARAGRAPH_SPACING_PT,
  type Paragraph,
  type ParagraphFormat,
  type ParagraphRole,
  type Rule,
  TABLE_BORDER_PT,
  TABLE_SIZE,
  TEXT_WIDTH_PT,
} from './official-doc';

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

export function line(role: ParagraphRole, text: string, format: Partial<ParagraphFormat>): Paragraph {
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
  return paragraph('heading1', `${numeral}. ${text}`, { bold: true, spaceBeforePt: 6 });
}

/** "1. Công tác lãnh đạo, chỉ đạo". */
export function subHeading(number: string, text: string): Paragraph {
  return paragraph('heading2', `${number}. ${text}`, { bold: true });
}

/** "a) ...". */
export function minorHeading(letter: string, text: string): Paragraph {
  return paragraph('heading3', `${letter}) ${text}`, { bold: true, italic: true });
}

export function rule(lengthPt: number, spaceAfterPt = 0): Rule {
  return { kind: 'rule', lengthPt: Math.round(lengthPt * 10) / 10, spaceAfterPt };
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
