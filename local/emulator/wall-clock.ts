// An instant's wall clock in a time zone, and back (with Intl): Sheets' date serials and
// Utilities.formatDate both read it.

const HOUR_MS = 3_600_000;

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsets = new Map<string, Map<number, number>>();

/** Reads an instant's wall clock (year to second, 24-hour) in `timeZone`; throws a RangeError for an unknown zone. */
export function wallClockFormat(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Milliseconds to add to an instant to get its wall clock in `timeZone` (constant within an hour). */
function zoneOffset(instant: number, timeZone: string): number {
  let cache = offsets.get(timeZone);
  if (!cache) {
    cache = new Map();
    offsets.set(timeZone, cache);
  }
  const bucket = Math.floor(instant / HOUR_MS);
  const hit = cache.get(bucket);
  if (hit !== undefined) return hit;
  const at = bucket * HOUR_MS;
  const parts = wallClockFormat(timeZone).formatToParts(new Date(at));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  const offset = wall - at;
  cache.set(bucket, offset);
  return offset;
}

/** The wall clock of `date` in `timeZone`, as UTC fields of the returned number. */
export function wallClock(instant: number, timeZone: string): number {
  return instant + zoneOffset(instant, timeZone);
}

/** The instant at which the wall clock in `timeZone` shows `wall` (UTC fields). */
export function fromWallClock(wall: number, timeZone: string): number {
  const guess = wall - zoneOffset(wall, timeZone);
  return wall - zoneOffset(guess, timeZone);
}
