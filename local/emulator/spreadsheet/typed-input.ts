// How Sheets reads text that a person types (and that setValue/setValues receive as strings):
// a leading apostrophe forces text, "=" starts a formula, and numbers, dates, times, percentages
// and TRUE/FALSE are recognised with the spreadsheet locale's separators and day/month order.
import type { LocaleInfo } from './locale';
import { civilSerial, isValidDay } from './serial';

export type Parsed =
  | { readonly kind: 'blank' }
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'formula'; readonly formula: string }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'number'; readonly value: number; readonly format?: string }
  | { readonly kind: 'date'; readonly value: number; readonly format: string };

export interface ParseContext {
  readonly locale: LocaleInfo;
  /** The year a date typed without one falls in. */
  readonly currentYear: number;
  /** The cell's number format is plain text ("@"). */
  readonly plainText: boolean;
}

export function parseTyped(text: string, ctx: ParseContext): Parsed {
  if (text === '') return { kind: 'blank' };
  if (text.startsWith("'")) return { kind: 'text', value: text.slice(1) };
  if (text.startsWith('=')) return { kind: 'formula', formula: text };
  if (ctx.plainText) return { kind: 'text', value: text };
  // Fast path for ordinary words: nothing that starts with a letter is a number, date or formula.
  if (/^[^\d\s+\-.,:%]/.test(text) && text.length !== 4 && text.length !== 5) return { kind: 'text', value: text };
  const t = text.trim();
  const upper = t.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { kind: 'bool', value: upper === 'TRUE' };
  const number = parseNumber(t, ctx.locale);
  if (number) return number;
  const date = parseDate(t, ctx);
  if (date) return date;
  // Sheets reads a leading + or - as the start of a formula; text like "- Lưu: VT" is then a
  // formula parse error, the formula injection the product must avoid.
  if (t.startsWith('+') || t.startsWith('-')) return { kind: 'formula', formula: `=${t}` };
  return { kind: 'text', value: text };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const numberPatterns = new Map<LocaleInfo, RegExp>();

function numberPattern(locale: LocaleInfo): RegExp {
  let re = numberPatterns.get(locale);
  if (!re) {
    const g = escapeRegExp(locale.group);
    const d = escapeRegExp(locale.decimal);
    re = new RegExp(`^([+-]?)(?:(\\d{1,3}(?:${g}\\d{3})+|\\d+)(?:${d}(\\d*))?|${d}(\\d+))(?:[eE]([+-]?\\d+))?(%?)$`);
    numberPatterns.set(locale, re);
  }
  return re;
}

function parseNumber(t: string, locale: LocaleInfo): Parsed | null {
  const m = numberPattern(locale).exec(t);
  if (!m) return null;
  const [, sign, whole, frac, onlyFrac, exp, percent] = m;
  const intPart = whole ? whole.split(locale.group).join('') : '0';
  const fracPart = frac ?? onlyFrac ?? '';
  let value = Number(`${sign}${intPart}.${fracPart || '0'}${exp ? `e${exp}` : ''}`);
  if (!Number.isFinite(value)) return null;
  if (percent) {
    value /= 100;
    return { kind: 'number', value, format: fracPart ? `0.${'0'.repeat(fracPart.length)}%` : '0%' };
  }
  return { kind: 'number', value };
}

const DMY = /^(\d{1,2})[/-](\d{1,2})(?:[/-](\d{4}|\d{2}))?$/;
const ISO = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp][Mm]))?$/;

function fullYear(y: string): number {
  const n = Number(y);
  if (y.length === 4) return n;
  // Two-digit years: 00–29 are 2000s, 30–99 are 1900s, as Sheets reads them.
  return n < 30 ? 2000 + n : 1900 + n;
}

function parseTime(t: string): { h: number; mi: number; s: number } | null {
  const m = TIME.exec(t);
  if (!m) return null;
  let h = Number(m[1]);
  const mi = Number(m[2]);
  const s = m[3] ? Number(m[3]) : 0;
  if (m[4]) {
    if (h < 1 || h > 12) return null;
    const pm = m[4].toUpperCase() === 'PM';
    h = (h % 12) + (pm ? 12 : 0);
  }
  if (h > 23 || mi > 59 || s > 59) return null;
  return { h, mi, s };
}

function parseDate(t: string, ctx: ParseContext): Parsed | null {
  const space = t.search(/\s/);
  const datePart = space < 0 ? t : t.slice(0, space);
  const timePart = space < 0 ? '' : t.slice(space).trim();
  let y: number;
  let mo: number;
  let d: number;
  const iso = ISO.exec(datePart);
  const dmy = iso ? null : DMY.exec(datePart);
  if (iso) {
    y = Number(iso[1]);
    mo = Number(iso[2]);
    d = Number(iso[3]);
  } else if (dmy) {
    const a = Number(dmy[1]);
    const b = Number(dmy[2]);
    [d, mo] = ctx.locale.dayFirst ? [a, b] : [b, a];
    y = dmy[3] ? fullYear(dmy[3]) : ctx.currentYear;
  } else {
    const time = space < 0 ? parseTime(t) : null;
    if (!time) return null;
    return { kind: 'date', value: (time.h * 3600 + time.mi * 60 + time.s) / 86_400, format: ctx.locale.timeFormat };
  }
  if (!isValidDay(y, mo, d)) return null;
  if (!timePart) return { kind: 'date', value: civilSerial(y, mo, d), format: ctx.locale.dateFormat };
  const time = parseTime(timePart);
  if (!time) return null;
  return { kind: 'date', value: civilSerial(y, mo, d, time.h, time.mi, time.s), format: ctx.locale.dateTimeFormat };
}
