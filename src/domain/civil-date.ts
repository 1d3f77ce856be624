// Calendar days without time zones. The Sheet hands us Date objects that mean "midnight of that
// day in the spreadsheet's time zone", so they are turned into CivilDate with that zone, once.
import type { CivilDate } from './types';

export function civil(y: number, m: number, d: number): CivilDate {
  return { y, m, d };
}

export function isValidCivil(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Negative, zero or positive, as a comparator. */
export function compareCivil(a: CivilDate, b: CivilDate): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

export function isWithin(day: CivilDate, start: CivilDate, end: CivilDate): boolean {
  return compareCivil(day, start) >= 0 && compareCivil(day, end) <= 0;
}

/** Days from a to b (b - a). */
export function daysBetween(a: CivilDate, b: CivilDate): number {
  return Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86_400_000);
}

export function addDays(day: CivilDate, days: number): CivilDate {
  const t = new Date(Date.UTC(day.y, day.m - 1, day.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

const formatters = new Map<string, Intl.DateTimeFormat>();

const DAY_CACHE = 5000;
const days = new Map<string, CivilDate>();

/** The calendar day that `date` falls on in `timeZone` (e.g. "Asia/Ho_Chi_Minh"). */
export function civilInZone(date: Date, timeZone: string): CivilDate {
  // A unit tab holds the same few hundred days many times over; Intl formatting is the slow part.
  const cacheKey = `${date.getTime()}|${timeZone}`;
  const known = days.get(cacheKey);
  if (known) return known;
  const day = civilInZoneUncached(date, timeZone);
  if (days.size >= DAY_CACHE) days.clear();
  days.set(cacheKey, day);
  return day;
}

function civilInZoneUncached(date: Date, timeZone: string): CivilDate {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' });
    formatters.set(timeZone, f);
  }
  const parts = f.formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { y: get('year'), m: get('month'), d: get('day') };
}

/** dd/MM/yyyy */
export function formatCivil(day: CivilDate): string {
  return `${pad2(day.d)}/${pad2(day.m)}/${day.y}`;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Whether a value from getValues() is a Date, whatever realm made it. */
export function isDateValue(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]' && !Number.isNaN((value as Date).getTime());
}
