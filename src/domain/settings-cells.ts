// The dates, day-months and whole numbers of Cấu hình, read from the text a cell holds or the Date
// Sheets made of it: null when blank, 'bad' when unreadable.
import { cellText } from './cell-value';
import { civilInZone, daysInMonth, isDateValue, isValidCivil } from './civil-date';
import type { CivilDate, DayMonth } from './types';

const DATE_TEXT = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/;
const DAY_MONTH_TEXT = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*\d{4})?$/;

export function readCivil(value: unknown, timeZone: string): CivilDate | null | 'bad' {
  if (isDateValue(value)) return civilInZone(value, timeZone);
  const text = cellText(value, timeZone);
  if (text === '') return null;
  const m = DATE_TEXT.exec(text);
  if (!m || typeof value === 'number') return 'bad';
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidCivil(y, mo, d) ? { y, m: mo, d } : 'bad';
}

export function readDayMonth(value: unknown, timeZone: string): DayMonth | null | 'bad' {
  if (isDateValue(value)) {
    const c = civilInZone(value, timeZone);
    return { d: c.d, m: c.m };
  }
  const text = cellText(value, timeZone);
  if (text === '') return null;
  const m = DAY_MONTH_TEXT.exec(text);
  if (!m || typeof value === 'number') return 'bad';
  const [d, mo] = [Number(m[1]), Number(m[2])];
  // Judged against a leap year: 29/02 is a valid recurring deadline (deadlineOf moves it to 28/02).
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(2024, mo) ? { d, m: mo } : 'bad';
}

export function readInteger(value: unknown, timeZone: string): number | null | 'bad' {
  if (typeof value === 'number') return Number.isInteger(value) ? value : 'bad';
  const text = cellText(value, timeZone);
  if (text === '') return null;
  return /^\d+$/.test(text) ? Number(text) : 'bad';
}
