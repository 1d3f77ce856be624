// Display of a cell value under its number format and the spreadsheet locale (getDisplayValues),
// and which formats make getValues return a Date.
import type { LocaleInfo } from './locale';
import { serialFields } from './serial';

/** What getNumberFormat() returns for a cell whose format was never set. */
export const DEFAULT_FORMAT = '0.###############';

const dateFormats = new Map<string, boolean>();

/** Strips quoted literals and escapes so that tokens can be looked for. */
function bare(format: string): string {
  return format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
}

export function isDateFormat(format: string | undefined): boolean {
  if (!format || format === DEFAULT_FORMAT || format === '@') return false;
  let hit = dateFormats.get(format);
  if (hit === undefined) {
    hit = /[dDyYhHsS]|[mM]/.test(
      bare(format)
        .replace(/general/gi, '')
        .replace(/e[+-]/gi, ''),
    );
    dateFormats.set(format, hit);
  }
  return hit;
}

export function isPlainText(format: string | undefined): boolean {
  return format === '@';
}

function groupDigits(digits: string, sep: string): string {
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += sep;
    out += digits[i];
  }
  return out;
}

/** Sheets' automatic display: up to 10 significant digits, no grouping, locale decimal mark. */
function formatGeneral(value: number, locale: LocaleInfo): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  const abs = Math.abs(value);
  if (abs !== 0 && (abs >= 1e15 || abs < 1e-9)) {
    return value.toExponential(2).replace('.', locale.decimal).toUpperCase().replace('E+', 'E+');
  }
  const text = String(Number(value.toPrecision(10)));
  return text.replace('.', locale.decimal);
}

interface NumberPattern {
  prefix: string;
  suffix: string;
  minInt: number;
  minFrac: number;
  maxFrac: number;
  group: boolean;
  percent: boolean;
  /** The pattern has a decimal point: it is shown even with no decimals after it ("3," for #,##0.##). */
  point: boolean;
}

const numberPatterns = new Map<string, NumberPattern | null>();

function numberPattern(format: string): NumberPattern | null {
  if (numberPatterns.has(format)) return numberPatterns.get(format)!;
  const section = format.split(';')[0];
  let prefix = '';
  let suffix = '';
  let body = '';
  let seenBody = false;
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    let literal: string | null = null;
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      literal = section.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? section.length : end;
    } else if (ch === '\\') {
      literal = section[i + 1] ?? '';
      i++;
    } else if ('0#?,.'.includes(ch)) {
      body += ch;
      seenBody = true;
      continue;
    } else if (ch === '%') {
      suffix += '%';
      continue;
    } else {
      literal = ch;
    }
    if (seenBody) suffix += literal;
    else prefix += literal;
  }
  if (!body) {
    numberPatterns.set(format, null);
    return null;
  }
  const [intPart, fracPart = ''] = body.split('.');
  const pattern: NumberPattern = {
    prefix,
    suffix,
    minInt: (intPart.match(/0/g) ?? []).length,
    minFrac: (fracPart.match(/0/g) ?? []).length,
    maxFrac: (fracPart.match(/[0#?]/g) ?? []).length,
    group: intPart.includes(','),
    percent: suffix.includes('%'),
    point: body.includes('.'),
  };
  numberPatterns.set(format, pattern);
  return pattern;
}

function formatNumber(value: number, format: string, locale: LocaleInfo): string {
  const p = numberPattern(format);
  if (!p) return formatGeneral(value, locale);
  const scaled = p.percent ? value * 100 : value;
  const negative = scaled < 0;
  const fixed = Math.abs(scaled).toFixed(p.maxFrac);
  let [int, frac = ''] = fixed.split('.');
  while (frac.length > p.minFrac && frac.endsWith('0')) frac = frac.slice(0, -1);
  if (int === '0' && p.minInt === 0) int = '';
  while (int.length < p.minInt) int = `0${int}`;
  if (p.group) int = groupDigits(int, locale.group);
  const digits = frac || p.point ? `${int}${locale.decimal}${frac}` : int;
  const isZero = /^[0.,\s]*$/.test(digits.replace(locale.group, ''));
  return `${negative && !isZero ? '-' : ''}${p.prefix}${digits}${p.suffix}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function formatDate(serial: number, format: string): string {
  const f = serialFields(serial);
  const twelveHour = /am\/pm|a\/p/i.test(format);
  let out = '';
  let lastWasHour = false;
  for (let i = 0; i < format.length; ) {
    const rest = format.slice(i);
    if (rest[0] === '"') {
      const end = format.indexOf('"', i + 1);
      out += format.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? format.length : end + 1;
      continue;
    }
    if (rest[0] === '\\') {
      out += rest[1] ?? '';
      i += 2;
      continue;
    }
    const ampm = /^(am\/pm|a\/p)/i.exec(rest);
    if (ampm) {
      out += f.h < 12 ? 'AM' : 'PM';
      i += ampm[0].length;
      continue;
    }
    const run = /^([dDmMyYhHsS])\1*/.exec(rest);
    if (!run) {
      out += rest[0];
      i += 1;
      continue;
    }
    const token = run[0];
    const ch = token[0].toLowerCase();
    const n = token.length;
    i += n;
    if (ch === 'y') out += n <= 2 ? pad(f.y % 100, 2) : String(f.y);
    else if (ch === 'd') out += n === 1 ? String(f.d) : n === 2 ? pad(f.d, 2) : DAYS[f.dow];
    else if (ch === 'h') {
      const h = twelveHour ? f.h % 12 || 12 : f.h;
      out += n === 1 ? String(h) : pad(h, 2);
      lastWasHour = true;
      continue;
    } else if (ch === 's') out += n === 1 ? String(f.s) : pad(f.s, 2);
    else if (ch === 'm') {
      // "mm" right after an hour or right before seconds is minutes; otherwise it is the month.
      const beforeSeconds = /^[^dDmMyYhH]*[sS]/.test(format.slice(i));
      const minutes = lastWasHour || beforeSeconds;
      if (minutes && n <= 2) out += n === 1 ? String(f.mi) : pad(f.mi, 2);
      else out += n === 1 ? String(f.m) : n === 2 ? pad(f.m, 2) : MONTHS[f.m - 1];
    }
    lastWasHour = false;
  }
  return out;
}

/** The text Sheets shows for a stored value under `format`. */
export function displayValue(value: number | string | boolean, format: string | undefined, locale: LocaleInfo): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (!format || format === DEFAULT_FORMAT || format === '@' || /^general$/i.test(format)) {
    return formatGeneral(value, locale);
  }
  if (isDateFormat(format)) return formatDate(value, format);
  return formatNumber(value, format, locale);
}
