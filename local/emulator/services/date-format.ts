// Java SimpleDateFormat, as Utilities.formatDate applies it (English names, US week rules), in a
// given time zone. Zone ids are Java's: IANA names, "UTC", "GMT" and "GMT+7" / "GMT+07:00" forms;
// an id Java does not know falls back to GMT, as java.util.TimeZone.getTimeZone does.
import { gasError } from '../core';
import { wallClockFormat } from '../wall-clock';

const PATTERN_LETTERS = 'GyYMLwWDdFEuaHkKhmsSzZX';
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** Java's short names for the zones this project meets; others fall back to Intl's. */
const ZONE_NAMES: Record<string, [string, string]> = {
  'Asia/Ho_Chi_Minh': ['ICT', 'Indochina Time'],
  'Asia/Saigon': ['ICT', 'Indochina Time'],
  'Asia/Bangkok': ['ICT', 'Indochina Time'],
  UTC: ['UTC', 'Coordinated Universal Time'],
  GMT: ['GMT', 'Greenwich Mean Time'],
};

export interface Zone {
  readonly id: string;
  /** Offset from UTC in minutes at instant `t`. */
  offset(t: number): number;
  name(t: number, long: boolean): string;
}

function fixedZone(id: string, minutes: number): Zone {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const text = minutes === 0 ? 'GMT' : `GMT${sign}${pad(Math.floor(abs / 60), 2)}:${pad(abs % 60, 2)}`;
  return {
    id,
    offset: () => minutes,
    name: (_t, long) => (id === 'UTC' ? (long ? 'Coordinated Universal Time' : 'UTC') : text),
  };
}

const zoneCache = new Map<string, Zone>();

export function zone(id: string): Zone {
  const cached = zoneCache.get(id);
  if (cached) return cached;
  const made = makeZone(id);
  zoneCache.set(id, made);
  return made;
}

function makeZone(id: string): Zone {
  if (id === 'UTC' || id === 'GMT') return fixedZone(id, 0);
  const custom = /^GMT([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(id);
  if (custom) {
    const hours = Number(custom[2]);
    const minutes = custom[3] === undefined ? 0 : Number(custom[3]);
    if (hours <= 23 && minutes <= 59) return fixedZone(id, (custom[1] === '-' ? -1 : 1) * (hours * 60 + minutes));
    return fixedZone('GMT', 0);
  }
  let parts: Intl.DateTimeFormat;
  try {
    parts = wallClockFormat(id);
  } catch {
    return fixedZone('GMT', 0);
  }
  const offset = (t: number): number => {
    const f = Object.fromEntries(parts.formatToParts(new Date(t)).map((p) => [p.type, p.value]));
    const asUtc = Date.UTC(Number(f.year), Number(f.month) - 1, Number(f.day), Number(f.hour), Number(f.minute));
    return Math.round((asUtc - Math.floor(t / 60000) * 60000) / 60000);
  };
  const names = ZONE_NAMES[id];
  const intlName = (t: number, long: boolean): string => {
    const f = new Intl.DateTimeFormat('en-US', { timeZone: id, timeZoneName: long ? 'long' : 'short' });
    return f.formatToParts(new Date(t)).find((p) => p.type === 'timeZoneName')?.value ?? id;
  };
  return { id, offset, name: (t, long) => (names ? names[long ? 1 : 0] : intlName(t, long)) };
}

function pad(n: number, width: number): string {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length >= width ? s : '0'.repeat(width - s.length) + s);
}

interface Fields {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  weekday: number; // 0 = Sunday
  dayOfYear: number;
  offset: number; // minutes
}

function fieldsAt(t: number, z: Zone): Fields {
  const offset = z.offset(t);
  const local = new Date(t + offset * 60000);
  const year = local.getUTCFullYear();
  const dayOfYear =
    Math.floor((Date.UTC(year, local.getUTCMonth(), local.getUTCDate()) - Date.UTC(year, 0, 1)) / 864e5) + 1;
  return {
    year,
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    ms: local.getUTCMilliseconds(),
    weekday: local.getUTCDay(),
    dayOfYear,
    offset,
  };
}

/** US rules (weeks start on Sunday, week 1 holds January 1st): [week-based year, week of year]. */
function usWeek(f: Fields): [number, number] {
  const jan1Weekday = new Date(Date.UTC(f.year, 0, 1)).getUTCDay();
  const week = Math.floor((f.dayOfYear - 1 + jan1Weekday) / 7) + 1;
  const nextJan1 = new Date(Date.UTC(f.year + 1, 0, 1));
  const daysToNext = Math.round((nextJan1.getTime() - Date.UTC(f.year, f.month - 1, f.day)) / 864e5);
  // The days of late December in the week holding next January 1st belong to week 1 of next year.
  if (daysToNext <= nextJan1.getUTCDay()) return [f.year + 1, 1];
  return [f.year, week];
}

function offsetText(minutes: number, colon: boolean, zeroAsZ: boolean, withMinutes = true): string {
  if (minutes === 0 && zeroAsZ) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const hh = pad(Math.floor(abs / 60), 2);
  if (!withMinutes) return sign + hh;
  return sign + hh + (colon ? ':' : '') + pad(abs % 60, 2);
}

function field(letter: string, count: number, f: Fields, t: number, z: Zone): string {
  switch (letter) {
    case 'G':
      return f.year > 0 ? 'AD' : 'BC';
    case 'y':
    case 'Y': {
      const year = letter === 'Y' ? usWeek(f)[0] : f.year;
      return count === 2 ? pad(year % 100, 2) : pad(year, count);
    }
    case 'M':
    case 'L':
      if (count >= 4) return MONTHS[f.month - 1];
      if (count === 3) return MONTHS[f.month - 1].slice(0, 3);
      return pad(f.month, count);
    case 'w':
      return pad(usWeek(f)[1], count);
    case 'W':
      return pad(Math.floor((f.day - 1 + new Date(Date.UTC(f.year, f.month - 1, 1)).getUTCDay()) / 7) + 1, count);
    case 'D':
      return pad(f.dayOfYear, count);
    case 'd':
      return pad(f.day, count);
    case 'F':
      return pad(Math.floor((f.day - 1) / 7) + 1, count);
    case 'E':
      return count >= 4 ? DAYS[f.weekday] : DAYS[f.weekday].slice(0, 3);
    case 'u':
      return pad(f.weekday === 0 ? 7 : f.weekday, count);
    case 'a':
      return f.hour < 12 ? 'AM' : 'PM';
    case 'H':
      return pad(f.hour, count);
    case 'k':
      return pad(f.hour === 0 ? 24 : f.hour, count);
    case 'K':
      return pad(f.hour % 12, count);
    case 'h':
      return pad(f.hour % 12 === 0 ? 12 : f.hour % 12, count);
    case 'm':
      return pad(f.minute, count);
    case 's':
      return pad(f.second, count);
    case 'S':
      return pad(f.ms, count);
    case 'z':
      return z.name(t, count >= 4);
    case 'Z':
      return offsetText(f.offset, false, false);
    case 'X':
      if (count > 3) throw gasError('invalid ISO 8601 format: length=' + count);
      return offsetText(f.offset, count === 3, true, count !== 1);
    default:
      throw gasError(`Illegal pattern character '${letter}'`);
  }
}

/** Formats instant `t` (ms since the epoch) with a SimpleDateFormat pattern in zone `zoneId`. */
export function formatDate(t: number, zoneId: string, pattern: string): string {
  const z = zone(zoneId);
  const f = fieldsAt(t, z);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === "'") {
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      // A quoted literal; '' inside it is one quote.
      let j = i + 1;
      let text = '';
      for (;;) {
        if (j >= pattern.length) throw gasError('Unterminated quote');
        if (pattern[j] === "'") {
          if (pattern[j + 1] === "'") {
            text += "'";
            j += 2;
            continue;
          }
          break;
        }
        text += pattern[j];
        j += 1;
      }
      out += text;
      i = j + 1;
      continue;
    }
    if (/[A-Za-z]/.test(c)) {
      if (!PATTERN_LETTERS.includes(c)) throw gasError(`Illegal pattern character '${c}'`);
      let count = 1;
      while (pattern[i + count] === c) count += 1;
      out += field(c, count, f, t, z);
      i += count;
      continue;
    }
    out += c;
    i += 1;
  }
  return out;
}
