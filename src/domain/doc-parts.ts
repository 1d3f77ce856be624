// The parts every ND30 document shares: the two-column header, the title, and the Nơi nhận and
// signature block at the end.
import { line, rule } from './doc-blocks';
import { singleLine, textLines } from './doc-text';
import {
  type Block,
  BODY_SIZE,
  type CellBlock,
  type LayoutTable,
  type ParagraphRole,
  SIGNATURE_SPACE_LINES,
  TEXT_WIDTH_PT,
} from './official-doc';
import type { CivilDate, Recipient, Settings } from './types';
import { collapse, dateLine, nameKey, upperVi } from './vn-format';

/**
 * Rough width in points of one line of Times New Roman bold, to size the rules under titles
 * (ND30: 1/3 to 1/2 of the line above, or the whole motto). Average advance widths: capitals
 * 0.72 em, lower case and digits 0.5 em, space 0.25 em, other marks 0.33 em.
 */
function estimateWidthPt(text: string, sizePt: number): number {
  let em = 0;
  for (const ch of text.normalize('NFD').replace(/\p{M}/gu, '')) {
    if (ch === ' ') em += 0.25;
    else if (/\p{Lu}/u.test(ch)) em += 0.72;
    else if (/[\p{Ll}\p{Nd}]/u.test(ch)) em += 0.5;
    else em += 0.33;
  }
  return em * sizePt;
}

export interface DocumentReference {
  /** The registration number, e.g. "15"; "" leaves room to write it by hand. */
  readonly number: string;
  /** e.g. "BC-BCĐ" */
  readonly symbol: string;
  /** null leaves day and month blank to fill by hand. */
  readonly date: CivilDate | null;
}

const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
const HEADER_SIZE = 13;
/** The header's two columns: the left holds the bodies, the right the national title (271 pt at 13 pt bold). */
const HEADER_COLUMNS_PT: readonly number[] = [185, Math.round((TEXT_WIDTH_PT - 185) * 100) / 100];

/** ND30 writes registration numbers under 10 with a leading zero ("05"); "" stays blank for the clerk's pen. */
export function registrationNumber(number: string): string {
  const n = collapse(number);
  return /^\d$/.test(n) ? `0${n}` : n === '' ? '      ' : n;
}

/** "Số: 15/BC-BCĐ". */
function numberLine(number: string, symbol: string): string {
  return `Số: ${registrationNumber(number)}/${collapse(symbol)}`;
}

/** "Minh Tiến, ngày 05 tháng 6 năm 2023", or a line with blanks when the date is not set yet. */
function placeDateLine(place: string, date: CivilDate | null, year: number): string {
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

const RECIPIENT_ROLE_ORDER: readonly Recipient['role'][] = ['Kính gửi', 'Để biết'];
const DEFAULT_FILED_AT = 'VT, BQLNTM';
const SIGNATURE_COLUMNS_PT: readonly number[] = [230, Math.round((TEXT_WIDTH_PT - 230) * 100) / 100];

/**
 * The "Nơi nhận" lines: `leading` first (e.g. the superior office of a report), then the settings'
 * recipients by role (Kính gửi, Để biết), each once; last "- Lưu: ..." with the 'Lưu' recipients
 * or, when there are none, "VT, BQLNTM".
 */
function recipientLines(settings: Settings, leading: readonly string[] = []): string[] {
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
