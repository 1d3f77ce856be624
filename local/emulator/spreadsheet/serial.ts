// Sheets stores a date as a serial number: days since 1899-12-30 00:00 of the wall clock in the
// spreadsheet's time zone. A Date read back is that wall-clock moment as an instant in the zone.

import { fromWallClock, wallClock } from '../wall-clock';

const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

export function dateToSerial(instant: number, timeZone: string): number {
  return (wallClock(instant, timeZone) - EPOCH) / DAY_MS;
}

const instants = new Map<string, Map<number, number>>();

/** Memoised: a 60,000-row tab repeats the same few hundred days. */
export function serialToInstant(serial: number, timeZone: string): number {
  let cache = instants.get(timeZone);
  if (!cache) {
    cache = new Map();
    instants.set(timeZone, cache);
  }
  const hit = cache.get(serial);
  if (hit !== undefined) return hit;
  const instant = fromWallClock(Math.round(EPOCH + serial * DAY_MS), timeZone);
  if (cache.size < 200_000) cache.set(serial, instant);
  return instant;
}

export function civilSerial(y: number, m: number, d: number, h = 0, mi = 0, s = 0): number {
  return (Date.UTC(y, m - 1, d, h, mi, s) - EPOCH) / DAY_MS;
}

export interface WallFields {
  y: number;
  m: number;
  d: number;
  h: number;
  mi: number;
  s: number;
  /** 0 = Sunday. */
  dow: number;
}

export function serialFields(serial: number): WallFields {
  // Rounded to the second so that 0.1 + 0.2 style fractions never show 09:29:59.
  const t = new Date(EPOCH + Math.round(serial * 86_400) * 1000);
  return {
    y: t.getUTCFullYear(),
    m: t.getUTCMonth() + 1,
    d: t.getUTCDate(),
    h: t.getUTCHours(),
    mi: t.getUTCMinutes(),
    s: t.getUTCSeconds(),
    dow: t.getUTCDay(),
  };
}

export function isValidDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}
