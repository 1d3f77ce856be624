// Vietnamese presentation of numbers, dates and names, and the one way names are compared.
// Hand-written rather than Intl.NumberFormat('vi-VN'): the output must be the same in Node and in
// Apps Script whatever ICU data each carries, and the date line follows Nghị định 30/2020, not CLDR.
import { daysBetween, formatCivil } from './civil-date';
import type { CivilDate, DayMonth } from './types';

/**
 * "1.250", "12.500.000", "2,5", "-1.250,75": dots between thousands, a comma before the decimals,
 * at most 2 decimals (rounded half away from zero), no trailing zeros. NaN and infinities give "".
 * Never an exponent and never more digits than a reader can take in: from a million tỷ up the
 * number is told in "nghìn tỷ" ("1.234,57 nghìn tỷ"), and beyond what any Sheet can sum
 * (limits per row, row-limits.ts) it reads "(số quá lớn)".
 */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return '';
  const abs = Math.abs(n);
  if (abs >= 1e15) {
    const thousandBillions = abs / 1e12;
    if (thousandBillions >= 1e15) return '(số quá lớn)';
    return `${n < 0 ? '-' : ''}${formatNumber(thousandBillions)} nghìn tỷ`;
  }
  // Whole numbers skip the cents: beyond 2^53 / 100 they are no longer exact.
  const cents = Number.isInteger(abs) ? 0 : roundToCents(abs);
  const whole = Number.isInteger(abs) ? String(abs) : String(Math.floor(cents / 100));
  const frac = cents % 100;
  if (whole === '0' && frac === 0) return '0';
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  let decimals = '';
  if (frac !== 0) decimals = `,${frac < 10 ? '0' : ''}${frac}`.replace(/0$/, '');
  return `${n < 0 ? '-' : ''}${grouped}${decimals}`;
}

/**
 * |n| × 100 rounded to an integer (|n| < 1e15). Scaling through the decimal exponent ("1.005e2")
 * rather than multiplying keeps what the user typed: 1.005 * 100 is 100.49999… in binary, 1.005e2
 * is 100.5.
 */
function roundToCents(abs: number): number {
  const [mantissa, exp] = String(abs).split('e');
  return Math.round(Number(`${mantissa}e${Number(exp ?? 0) + 2}`));
}

/** "12.500.000 đồng" */
export function formatMoney(n: number): string {
  return `${formatNumber(n)} đồng`;
}

/** "05/06/2023" */
export function formatDate(c: CivilDate): string {
  return formatCivil(c);
}

/** "17/06": a deadline without its year, as the settings tab shows it. */
export function formatDayMonth(dm: DayMonth): string {
  return `${pad2(dm.d)}/${pad2(dm.m)}`;
}

/**
 * "ngày 05 tháng 6 năm 2023", "ngày 20 tháng 02 năm 2024": Nghị định 30/2020/NĐ-CP writes a
 * leading zero for days under 10 and for months 1 and 2 only (so that "tháng 1"/"tháng 2" cannot be
 * extended by hand into "tháng 11"/"tháng 12").
 */
function dateWords(c: CivilDate): string {
  const month = c.m <= 2 ? pad2(c.m) : String(c.m);
  return `ngày ${pad2(c.d)} tháng ${month} năm ${c.y}`;
}

/** "Minh Tiến, ngày 05 tháng 6 năm 2023"; without a place, "Ngày 05 tháng 6 năm 2023". */
export function dateLine(place: string, c: CivilDate): string {
  const words = dateWords(c);
  const where = collapse(nfc(place));
  return where ? `${where}, ${words}` : `N${words.slice(1)}`;
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** "20/06/2023 09:05": the wall-clock time of `date` in `timeZone` (e.g. "Asia/Ho_Chi_Minh"). */
export function formatDateTime(date: Date, timeZone: string): string {
  let f = dateTimeFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    });
    dateTimeFormats.set(timeZone, f);
  }
  const parts = f.formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  // Some ICU versions still print midnight as "24" under hour12: false; h23 plus the modulo is safe.
  const hour = get('hour') % 24;
  return `${pad2(get('day'))}/${pad2(get('month'))}/${get('year')} ${pad2(hour)}:${pad2(get('minute'))}`;
}

/** "còn 2 ngày", "hôm nay là hạn cuối", "đã quá hạn 3 ngày": `deadline` seen from `today`. */
export function deadlineNote(today: CivilDate, deadline: CivilDate): string {
  const left = daysBetween(today, deadline);
  if (left > 0) return `còn ${left} ngày`;
  if (left === 0) return 'hôm nay là hạn cuối';
  return `đã quá hạn ${-left} ngày`;
}

/** Unicode NFC: what a Vietnamese keyboard may type decomposed (NFD) becomes one code point per letter. */
function nfc(s: string): string {
  return s.normalize('NFC');
}

/** Upper case, composed: "Minh Tiến" → "MINH TIẾN", "đ" → "Đ". */
export function upperVi(s: string): string {
  return nfc(nfc(s).toUpperCase());
}

/** Trims and turns every run of white space (including no-break spaces) into one space; drops zero-width characters. */
export function collapse(s: string): string {
  return s
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** NFC, trimmed, inner spaces collapsed: how a name typed by a user is stored. */
export function cleanText(s: string): string {
  return collapse(nfc(s));
}

// The five tone marks, decomposed: huyền, sắc, ngã, hỏi, nặng.
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * The key two names are compared by: composed, trimmed, spaces collapsed, lower case, and the tone
 * mark of each word moved to the end of the word, so that the old and the new accent placement
 * ("Hoà Bình" / "Hòa Bình", "Văn hoá" / "Văn hóa", "Thuỷ" / "Thủy") give the same key while
 * different tones ("Hòa" / "Hóa") do not.
 */
export function nameKey(s: string): string {
  // Consolidation asks for the same few catalogue words on every row: remember them.
  const known = nameKeys.get(s);
  if (known !== undefined) return known;
  const lower = collapse(s.normalize('NFD').toLowerCase());
  const key = lower
    .replace(/[\p{L}\p{M}]+/gu, (word) => {
      const tones = word.match(TONE);
      return tones ? word.replace(TONE, '') + tones.join('') : word;
    })
    .normalize('NFC');
  if (nameKeys.size >= NAME_KEY_CACHE) nameKeys.clear();
  nameKeys.set(s, key);
  return key;
}

const NAME_KEY_CACHE = 5000;
const nameKeys = new Map<string, string>();

/** Whether two names are the same for a person: see nameKey. NFD "Thôn Đồng Tâm" equals the NFC one. */
export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

/**
 * Letters and digits only, without diacritics, lower case, single spaces: for matching a user's
 * choice against a short fixed list ("to chuc chinh tri xa hoi"), never for telling names apart.
 */
export function foldVi(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
