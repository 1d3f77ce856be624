import vm from 'node:vm';
import { readDate, readNumber } from '../../src/domain/vn-parse';

const TZ = 'Asia/Ho_Chi_Minh';

function value(text: unknown): number {
  const r = readNumber(text);
  if (!r.ok) throw new Error(`not read: ${r.reason}`);
  return r.value;
}

describe('readNumber', () => {
  test('a number is itself, not flagged', () => {
    expect(readNumber(1250)).toEqual({ ok: true, value: 1250, blank: false });
    expect(readNumber(0)).toEqual({ ok: true, value: 0, blank: false });
    expect(readNumber(2.5)).toEqual({ ok: true, value: 2.5, blank: false });
  });

  test('blank cells are blank, distinct from a typed 0', () => {
    for (const blank of ['', '   ', '\u00a0', null, undefined]) {
      expect(readNumber(blank)).toEqual({ ok: true, value: 0, blank: true });
    }
    expect(readNumber('0')).toMatchObject({ ok: true, value: 0, blank: false });
  });

  test.each([
    ['1.200.000', 1200000],
    ['1.200', 1200],
    ['2,5', 2.5],
    ['0,75', 0.75],
    ['1,200,000', 1200000],
    ['1.200,5', 1200.5],
    ['1,200.5', 1200.5],
    ['1.5', 1.5],
    ['0.500', 0.5],
    ['1200', 1200],
    ['1 200 000', 1200000],
    ['\u00a01\u00a0200\u00a0000\u00a0', 1200000],
    ['1\u202f200', 1200],
    ['1.200.000đ', 1200000],
    ['1.200.000 đ', 1200000],
    ['500.000 đồng', 500000],
    ['500.000 Đồng', 500000],
    ['500.000 VNĐ', 500000],
    ['500000vnd', 500000],
    ['500.000₫', 500000],
    ['+1.000', 1000],
    ['-1.000', -1000],
    ['  35 ', 35],
  ])('text %j is read as %p and flagged', (text, expected) => {
    const r = readNumber(text);
    expect(r).toMatchObject({ ok: true, value: expected, blank: false });
    expect(r.ok && r.fixedUp).toEqual(expect.stringContaining(`"${text}"`));
  });

  test('the note says what was read, the Vietnamese way', () => {
    const r = readNumber('1,200,000');
    expect(r.ok && r.fixedUp).toContain('đã đọc là 1.200.000');
    const d = readNumber('2,5');
    expect(d.ok && d.fixedUp).toContain('đã đọc là 2,5');
  });

  test('decomposed (NFD) currency words are still recognised', () => {
    expect(value('500.000 đồng'.normalize('NFD'))).toBe(500000);
  });

  test.each([
    '1.200,5.3',
    '12abc',
    '1.20.000',
    '0.500.000',
    '1,2,3',
    '1,200', // 1,2 in Vietnamese, 1200 in English
    '12 5',
    'đ',
    'không',
    '1e5',
    '5.',
    '1,5 triệu',
  ])('ambiguous or non-numeric text %j is refused with a reason', (text) => {
    const r = readNumber(text);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason.length).toBeGreaterThan(5);
  });

  test('"1,200" is refused naming both readings', () => {
    const r = readNumber('1,200');
    expect(!r.ok && r.reason).toContain('1,200');
    expect(!r.ok && r.reason).toContain('1.200');
  });

  test('booleans, dates and non-finite numbers are not numbers', () => {
    expect(readNumber(true).ok).toBe(false);
    expect(readNumber(new Date(2023, 0, 1)).ok).toBe(false);
    expect(readNumber(Number.NaN).ok).toBe(false);
    expect(readNumber(Number.POSITIVE_INFINITY).ok).toBe(false);
  });

  test('a lone dash reads 0, flagged', () => {
    expect(readNumber('-')).toMatchObject({ ok: true, value: 0, blank: false });
    expect((readNumber('–') as { fixedUp?: string }).fixedUp).toBeDefined();
  });
});

describe('readDate', () => {
  test('a Date from another realm is read in the sheet time zone', () => {
    // Midnight of 15/03/2023 in Hà Nội is 17:00 UTC the day before.
    const foreign = vm.runInNewContext('new Date(Date.UTC(2023, 2, 14, 17, 0, 0))');
    expect(foreign instanceof Date).toBe(false);
    expect(readDate(foreign, TZ)).toEqual({ ok: true, value: { y: 2023, m: 3, d: 15 } });
    expect(readDate(foreign, 'UTC')).toEqual({ ok: true, value: { y: 2023, m: 3, d: 14 } });
  });

  test.each([
    '15/3/2023',
    '15/03/2023',
    '15-3-2023',
    '15.3.2023',
    '2023-03-15',
    ' 15 / 3 / 2023 ',
    'ngày 15 tháng 3 năm 2023',
  ])('text %j is read as 15/03/2023 and flagged', (text) => {
    const r = readDate(text, TZ);
    expect(r).toMatchObject({ ok: true, value: { y: 2023, m: 3, d: 15 } });
    expect(r.ok && r.fixedUp).toContain('15/03/2023');
  });

  test.each([
    ['31/4/2023', '30'],
    ['29/2/2023', '28'],
    ['0/3/2023', '31'],
  ])('an impossible day %j is refused', (text, days) => {
    const r = readDate(text, TZ);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toContain(`có ${days} ngày`);
  });

  test('29/2 of a leap year is a real day', () => {
    expect(readDate('29/2/2024', TZ)).toMatchObject({ ok: true, value: { y: 2024, m: 2, d: 29 } });
  });

  test('month first is refused with a hint', () => {
    const r = readDate('3/15/2023', TZ);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toContain('ngày trước, tháng sau');
  });

  test('a bare number (date serial) is refused, naming the day it would be', () => {
    const serial = 45000;
    const day = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
    const shown = `${String(day.getUTCDate()).padStart(2, '0')}/${String(day.getUTCMonth() + 1).padStart(2, '0')}/${day.getUTCFullYear()}`;
    const r = readDate(serial, TZ);
    expect(r).toMatchObject({ ok: false, blank: false });
    expect(!r.ok && r.reason).toContain(shown);
  });

  test('blank is blank; other text is refused', () => {
    expect(readDate('', TZ)).toMatchObject({ ok: false, blank: true });
    expect(readDate('  ', TZ)).toMatchObject({ ok: false, blank: true });
    expect(readDate(undefined, TZ)).toMatchObject({ ok: false, blank: true });
    for (const bad of ['15/3/23', '15/3', 'hôm qua', '15/3-2023', true]) {
      expect(readDate(bad, TZ)).toMatchObject({ ok: false, blank: false });
    }
  });
});
