// Reading what people type into cells, as getValues() hands it over (number | string | boolean |
// Date | ''). A real number or Date is taken as is; text that is unambiguously a number or a date
// is read but flagged (`fixedUp`) so that Kiểm tra can tell the unit to type it properly; text
// that could mean two things is refused with a reason, never guessed.
//
// Numbers follow the Vietnamese convention: '.' groups thousands, ',' is the decimal mark.
//   "1.200.000" -> 1200000   "1.200" -> 1200   "2,5" -> 2.5   "1.200,5" -> 1200.5
//   "1,200,000" -> 1200000 (several commas can only be English grouping)
//   "1,200.5"   -> 1200.5  (English grouping with a decimal point)
//   "1,200"     -> refused: 1,2 in Vietnamese, 1200 in English, and both habits occur
//   "1.5", "0.500", "1234.567" -> decimal point (no Vietnamese reading exists)
//   "1.200,5.3", "12abc", "1.20.000" -> refused
// Spaces (also non-breaking) are allowed only as thousands groups ("1 200 000") or around the
// text; the suffixes đ / đồng / VNĐ / VND / ₫ and a leading '+' are dropped; a lone dash reads 0.

import { addDays, civil, civilInZone, daysInMonth, formatCivil, isDateValue } from './civil-date';
import { quote } from './quote';
import type { CivilDate } from './types';

export type NumberRead =
  | {
      readonly ok: true;
      readonly value: number;
      /** The cell was empty (value is then 0): callers decide whether that is fine. */
      readonly blank: boolean;
      /** Set when the value was read from text: a Vietnamese note saying what was read. */
      readonly fixedUp?: string;
    }
  | { readonly ok: false; readonly reason: string };

export type DateRead =
  | { readonly ok: true; readonly value: CivilDate; readonly fixedUp?: string }
  | { readonly ok: false; readonly blank: boolean; readonly reason: string };

const BLANK_NUMBER: NumberRead = { ok: true, value: 0, blank: true };

// String.prototype.trim and \s already cover NBSP, narrow NBSP and the other Unicode spaces;
// the zero-width ones are not whitespace to JavaScript, so they are removed first.
const ZERO_WIDTH = /\u200b|\u200c|\u200d|\u2060|\ufeff/g;
const CURRENCY_SUFFIX = /^(.*?)\s*(?:đồng|vnđ|vnd|đ|₫)\.?$/iu;
const DASHES = /^[-–—]$/;

/** The error values a formula shows in a cell, as getValues gives them. */
const SHEET_ERROR = /^#(?:DIV\/0!|N\/A|REF!|VALUE!|NAME\?|NUM!|NULL!|ERROR!|SPILL!|CALC!)$/i;

function sheetErrorReason(value: string): string {
  return `ô báo lỗi công thức ${value.toUpperCase()} (ví dụ: chia cho 0, hoặc công thức trỏ tới ô đã bị xóa); hãy sửa công thức hoặc gõ thẳng giá trị`;
}

/** A cell's value read as a number. */
export function readNumber(value: unknown): NumberRead {
  if (value === '' || value === null || value === undefined) return BLANK_NUMBER;
  if (typeof value === 'number') {
    return Number.isFinite(value) ? { ok: true, value, blank: false } : { ok: false, reason: 'ô chứa giá trị lỗi' };
  }
  if (typeof value === 'boolean') {
    return { ok: false, reason: `ô đang là giá trị đúng/sai (${value ? 'TRUE' : 'FALSE'}), không phải số` };
  }
  if (isDateValue(value)) {
    return { ok: false, reason: 'ô đang là ngày tháng, không phải số (có thể ô bị định dạng kiểu ngày)' };
  }
  if (typeof value !== 'string') return { ok: false, reason: 'ô không chứa số' };
  return readNumberText(value);
}

function readNumberText(raw: string): NumberRead {
  let s = raw.normalize('NFC').replace(ZERO_WIDTH, '').trim();
  if (s === '') return BLANK_NUMBER;
  if (DASHES.test(s)) {
    return { ok: true, value: 0, blank: false, fixedUp: `Ô ghi ${quote(raw)}, đã hiểu là 0. Nếu không có, hãy gõ 0.` };
  }
  const notes: string[] = [];
  const currency = CURRENCY_SUFFIX.exec(s);
  if (currency && currency[1] !== '') {
    s = currency[1].trim();
    notes.push('bỏ chữ chỉ đơn vị tiền');
  }
  if (SHEET_ERROR.test(s)) return { ok: false, reason: sheetErrorReason(s) };
  if (/\p{L}/u.test(s) && /\d/.test(s)) {
    return {
      ok: false,
      reason: `${quote(raw)} có chữ kèm theo số; chỉ gõ số (tên cột đã nói đơn vị)`,
    };
  }
  let negative = false;
  if (s.startsWith('+')) {
    s = s.slice(1).trim();
    notes.push('bỏ dấu +');
  } else if (s.startsWith('-') || s.startsWith('−')) {
    s = s.slice(1).trim();
    negative = true;
  }
  if (/\s/.test(s)) {
    // Spaces are accepted only as thousands groups: "1 200 000", "1 200,5".
    if (!/^\d{1,3}(?:\s\d{3})+(?:[.,]\d+)?$/.test(s)) {
      return { ok: false, reason: `${quote(raw)} có khoảng trắng xen giữa các chữ số` };
    }
    const [, intPart, frac] = /^([\d\s]+)(?:[.,](\d+))?$/.exec(s)!;
    return numberFromParts(raw, negative, intPart.replace(/\s/g, ''), frac ?? '', notes);
  }
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) {
    return { ok: false, reason: `${quote(raw)} không phải là số (chỉ được gõ chữ số)` };
  }
  const dots = count(s, '.');
  const commas = count(s, ',');
  let m: RegExpExecArray | null;
  if (dots === 0 && commas === 0) return numberFromParts(raw, negative, s, '', notes);
  if (dots > 0 && commas > 0) {
    m = /^([1-9]\d{0,2}(?:\.\d{3})+),(\d+)$/.exec(s);
    if (m) return numberFromParts(raw, negative, m[1].replace(/\./g, ''), m[2], notes);
    m = /^([1-9]\d{0,2}(?:,\d{3})+)\.(\d+)$/.exec(s);
    if (m) {
      notes.push('dấu phẩy được hiểu là phân cách hàng nghìn, dấu chấm là dấu thập phân');
      return numberFromParts(raw, negative, m[1].replace(/,/g, ''), m[2], notes);
    }
    return ambiguous(raw);
  }
  const mark = dots > 0 ? '.' : ',';
  const marks = dots + commas;
  if (marks > 1) {
    const grouped = mark === '.' ? /^[1-9]\d{0,2}(?:\.\d{3})+$/ : /^[1-9]\d{0,2}(?:,\d{3})+$/;
    if (!grouped.test(s)) return ambiguous(raw);
    if (mark === ',') notes.push('dấu phẩy được hiểu là phân cách hàng nghìn');
    return numberFromParts(raw, negative, s.split(mark).join(''), '', notes);
  }
  m = /^(\d*)[.,](\d+)$/.exec(s);
  if (!m) return ambiguous(raw);
  const [, before, after] = m;
  const looksGrouped = after.length === 3 && /^[1-9]\d{0,2}$/.test(before);
  if (mark === '.') {
    if (looksGrouped) {
      notes.push('dấu chấm được hiểu là phân cách hàng nghìn');
      return numberFromParts(raw, negative, before + after, '', notes);
    }
    notes.push('dấu chấm được hiểu là dấu thập phân');
    return numberFromParts(raw, negative, before || '0', after, notes);
  }
  if (looksGrouped) {
    return {
      ok: false,
      reason:
        `${quote(raw)} không rõ là ${before},${after} (số thập phân) hay ${before}.${after} (${before} nghìn ${after}); ` +
        'hãy gõ số không có dấu phân cách hàng nghìn',
    };
  }
  return numberFromParts(raw, negative, before || '0', after, notes);
}

function numberFromParts(raw: string, negative: boolean, intDigits: string, fracDigits: string, notes: string[]) {
  const magnitude = Number(fracDigits ? `${intDigits}.${fracDigits}` : intDigits);
  if (!Number.isFinite(magnitude)) return { ok: false as const, reason: `${quote(raw)} quá lớn` };
  const value = negative ? -magnitude : magnitude;
  const how = notes.length ? ` (${notes.join('; ')})` : '';
  return {
    ok: true as const,
    value,
    blank: false,
    fixedUp: `Ô ghi ${quote(raw)} dạng chữ, đã đọc là ${displayNumber(value)}${how}. Nên định dạng ô là số rồi gõ lại.`,
  };
}

function ambiguous(raw: string): NumberRead {
  return {
    ok: false,
    reason: `không đọc được ${quote(raw)} thành số (dấu chấm, dấu phẩy không đúng chỗ); hãy gõ số không có dấu phân cách hàng nghìn`,
  };
}

function count(s: string, ch: string): number {
  let n = 0;
  for (const c of s) if (c === ch) n++;
  return n;
}

/** A number the Vietnamese way, for messages: 1200000.5 -> "1.200.000,5". */
export function displayNumber(n: number): string {
  const sign = n < 0 ? '-' : '';
  const [int, frac] = String(Math.abs(n)).split('.');
  // Very large or tiny numbers print with an exponent: show them as JavaScript does.
  if (/e/i.test(int)) return String(n);
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return sign + grouped + (frac ? `,${frac}` : '');
}

/** Day 0 of spreadsheet serial numbers (Sheets and Excel after 1900-03-01). */
const SERIAL_EPOCH = civil(1899, 12, 30);

/** A cell's value read as a calendar day; `timeZone` is the spreadsheet's. */
export function readDate(value: unknown, timeZone: string): DateRead {
  if (value === '' || value === null || value === undefined) return { ok: false, blank: true, reason: 'ô để trống' };
  if (isDateValue(value)) return { ok: true, value: civilInZone(value, timeZone) };
  if (typeof value === 'number') {
    const asSerial =
      Number.isFinite(value) && value >= 1 && value < 2958466
        ? ` (nếu là số ngày của bảng tính thì ứng với ${formatCivil(addDays(SERIAL_EPOCH, Math.floor(value)))})`
        : '';
    return {
      ok: false,
      blank: false,
      reason: `ô đang chứa số ${displayNumber(value)}, không phải ngày${asSerial}; có thể ô bị định dạng kiểu số`,
    };
  }
  if (typeof value === 'boolean') {
    return { ok: false, blank: false, reason: `ô đang là giá trị đúng/sai (${value ? 'TRUE' : 'FALSE'})` };
  }
  if (typeof value !== 'string') return { ok: false, blank: false, reason: 'ô không chứa ngày' };
  const s = value
    .normalize('NFC')
    .replace(ZERO_WIDTH, '')
    .trim()
    .replace(/\s*([/.-])\s*/g, '$1');
  if (s === '') return { ok: false, blank: true, reason: 'ô để trống' };
  if (SHEET_ERROR.test(s)) return { ok: false, blank: false, reason: sheetErrorReason(s) };
  let y: number;
  let mo: number;
  let d: number;
  const dmy = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(s);
  const ymd = /^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})$/.exec(s);
  const words = /^(?:ngày\s*)?(\d{1,2})\s*tháng\s*(\d{1,2})\s*(?:năm\s*|,\s*)(\d{4})$/iu.exec(s);
  if (dmy) {
    [d, mo, y] = [Number(dmy[1]), Number(dmy[3]), Number(dmy[4])];
  } else if (ymd) {
    [y, mo, d] = [Number(ymd[1]), Number(ymd[3]), Number(ymd[4])];
  } else if (words) {
    [d, mo, y] = [Number(words[1]), Number(words[2]), Number(words[3])];
  } else if (/^\d{1,2}([/.-])\d{1,2}\1\d{2}$/.test(s)) {
    return { ok: false, blank: false, reason: `${quote(value)} thiếu năm đủ 4 chữ số` };
  } else if (/^\d{1,2}[/.-]\d{1,2}$/.test(s)) {
    return { ok: false, blank: false, reason: `${quote(value)} thiếu năm` };
  } else {
    return { ok: false, blank: false, reason: `${quote(value)} không phải là ngày` };
  }
  if (mo < 1 || mo > 12) {
    const swapped =
      mo > 12 && d >= 1 && d <= 12 ? ' (có thể đã gõ tháng trước ngày: hãy gõ ngày trước, tháng sau)' : '';
    return { ok: false, blank: false, reason: `${quote(value)} có tháng ${mo} không có thật${swapped}` };
  }
  if (d < 1 || d > daysInMonth(y, mo)) {
    return {
      ok: false,
      blank: false,
      reason: `ngày ${d}/${mo}/${y} không có thật (tháng ${mo}/${y} có ${daysInMonth(y, mo)} ngày)`,
    };
  }
  const day = civil(y, mo, d);
  return {
    ok: true,
    value: day,
    fixedUp: `Ngày được gõ dạng chữ ${quote(value)}, đã đọc là ${formatCivil(day)}. Nên định dạng ô là ngày rồi gõ lại.`,
  };
}

/**
 * Text of a cell as the user typed it: NFC and trimmed, inner spaces and line breaks kept (unlike
 * cell-value.ts's cellText, which collapses them for names); numbers, dates, booleans as shown.
 */
export function typedText(value: unknown, timeZone: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.normalize('NFC').trim();
  // A number in a text column is usually a year or a code: no grouping dots.
  if (typeof value === 'number') return String(value);
  if (isDateValue(value)) return formatCivil(civilInZone(value, timeZone));
  return String(value);
}
