import { civil } from '../../src/domain/civil-date';
import {
  deadlineOf,
  defaultDeadlines,
  defaultPeriod,
  parsePeriodKind,
  periodChoice,
  periodOf,
  periodRangeText,
} from '../../src/domain/periods';
import type { CivilDate, PeriodKind, PeriodRule } from '../../src/domain/types';
import { narrativeLabels } from '../../src/domain/unit-tab';

/** Days in [a, b], counted with the platform's UTC calendar, independent of the code under test. */
function inclusiveDays(a: CivilDate, b: CivilDate): number {
  return (Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86_400_000 + 1;
}

describe('periodOf', () => {
  it('nd09: 15/12 of the previous year to 14/6, and to 14/12', () => {
    expect(periodOf('half', 2023, 'nd09')).toEqual({
      kind: 'half',
      year: 2023,
      rule: 'nd09',
      start: civil(2022, 12, 15),
      end: civil(2023, 6, 14),
      label: '6 tháng đầu năm 2023',
    });
    expect(periodOf('year', 2023, 'nd09')).toEqual({
      kind: 'year',
      year: 2023,
      rule: 'nd09',
      start: civil(2022, 12, 15),
      end: civil(2023, 12, 14),
      label: 'Cả năm 2023',
    });
  });

  it('calendar: 1/1 to 30/6, and to 31/12', () => {
    const half = periodOf('half', 2024, 'calendar');
    expect([half.start, half.end, half.label]).toEqual([civil(2024, 1, 1), civil(2024, 6, 30), '6 tháng đầu năm 2024']);
    const year = periodOf('year', 2024, 'calendar');
    expect([year.start, year.end, year.label]).toEqual([civil(2024, 1, 1), civil(2024, 12, 31), 'Cả năm 2024']);
  });

  it('crosses the year boundary: the 2024 periods under nd09 start in December 2023', () => {
    expect(periodOf('half', 2024, 'nd09').start).toEqual(civil(2023, 12, 15));
    expect(periodOf('year', 2024, 'nd09').start).toEqual(civil(2023, 12, 15));
    expect(periodOf('year', 2000, 'nd09').start).toEqual(civil(1999, 12, 15));
  });

  it('has one more day in a leap year, from February 29', () => {
    // 15/12/2023..14/6/2024: 17 + 31 + 29 + 31 + 30 + 31 + 14; 2023 has 28 days in February.
    expect(inclusiveDays(periodOf('half', 2024, 'nd09').start, periodOf('half', 2024, 'nd09').end)).toBe(183);
    expect(inclusiveDays(periodOf('half', 2023, 'nd09').start, periodOf('half', 2023, 'nd09').end)).toBe(182);
    expect(inclusiveDays(periodOf('year', 2024, 'nd09').start, periodOf('year', 2024, 'nd09').end)).toBe(366);
    expect(inclusiveDays(periodOf('year', 2023, 'nd09').start, periodOf('year', 2023, 'nd09').end)).toBe(365);
    expect(inclusiveDays(periodOf('half', 2024, 'calendar').start, periodOf('half', 2024, 'calendar').end)).toBe(182);
    expect(inclusiveDays(periodOf('half', 2023, 'calendar').start, periodOf('half', 2023, 'calendar').end)).toBe(181);
  });

  it('year periods follow each other without gap or overlap', () => {
    for (const rule of ['nd09', 'calendar'] as const) {
      const end = periodOf('year', 2023, rule).end;
      const nextStart = periodOf('year', 2024, rule).start;
      expect(inclusiveDays(end, nextStart)).toBe(2);
    }
  });

  it('labels are the narrative row labels of a unit tab', () => {
    expect([periodOf('half', 2025, 'nd09').label, periodOf('year', 2025, 'calendar').label]).toEqual(
      narrativeLabels(2025),
    );
  });
});

describe('defaultPeriod', () => {
  const cases: [string, CivilDate, PeriodRule, PeriodKind, number][] = [
    ['on the nd09 half cut-off', civil(2023, 6, 14), 'nd09', 'half', 2023],
    ['4 days before it', civil(2023, 6, 10), 'nd09', 'half', 2023],
    ['6 days after it', civil(2023, 6, 20), 'nd09', 'half', 2023],
    ['13/9: 91 days after 14/6, 92 before 14/12', civil(2023, 9, 13), 'nd09', 'half', 2023],
    ['14/9: 92 days after 14/6, 91 before 14/12', civil(2023, 9, 14), 'nd09', 'year', 2023],
    ['on the nd09 year cut-off', civil(2023, 12, 14), 'nd09', 'year', 2023],
    ['the day after it, already in the next nd09 year', civil(2023, 12, 15), 'nd09', 'year', 2023],
    ['31/12', civil(2023, 12, 31), 'nd09', 'year', 2023],
    ['1/1 of the next year', civil(2024, 1, 1), 'nd09', 'year', 2023],
    [
      'tie 15/3/2023: 91 days from 14/12/2022 and to 14/6/2023, the past one wins',
      civil(2023, 3, 15),
      'nd09',
      'year',
      2022,
    ],
    ['16/3/2023: 92 after, 90 before', civil(2023, 3, 16), 'nd09', 'half', 2023],
    ['14/3/2024 (leap): 91 after 14/12/2023, 92 before 14/6/2024', civil(2024, 3, 14), 'nd09', 'year', 2023],
    ['15/3/2024 (leap): 92 after, 91 before', civil(2024, 3, 15), 'nd09', 'half', 2024],
    ['calendar, 1/7', civil(2023, 7, 1), 'calendar', 'half', 2023],
    ['calendar tie 30/9: 92 days from 30/6 and to 31/12', civil(2023, 9, 30), 'calendar', 'half', 2023],
    ['calendar 1/10', civil(2023, 10, 1), 'calendar', 'year', 2023],
    ['calendar 15/1 of the next year', civil(2024, 1, 15), 'calendar', 'year', 2023],
    [
      'calendar 31/3/2024 (leap): 91 after 31/12, 91 before 30/6: the past one',
      civil(2024, 3, 31),
      'calendar',
      'year',
      2023,
    ],
    ['calendar 1/4/2024', civil(2024, 4, 1), 'calendar', 'half', 2024],
  ];
  it.each(cases)('%s', (_name, today, rule, kind, year) => {
    const p = defaultPeriod(today, rule);
    expect([p.kind, p.year, p.rule]).toEqual([kind, year, rule]);
  });
});

describe('deadlineOf', () => {
  const settings = { deadlineHalf: { d: 17, m: 6 }, deadlineYear: { d: 17, m: 12 } };

  it('picks the half-year or the year deadline from the settings by the period kind', () => {
    expect(deadlineOf(periodOf('half', 2023, 'nd09'), settings)).toEqual(civil(2023, 6, 17));
    expect(deadlineOf(periodOf('year', 2023, 'nd09'), settings)).toEqual(civil(2023, 12, 17));
  });

  it('takes a day and month directly, in the period year, also before the cut-off', () => {
    expect(deadlineOf(periodOf('half', 2023, 'nd09'), { d: 20, m: 6 })).toEqual(civil(2023, 6, 20));
    expect(deadlineOf(periodOf('half', 2023, 'nd09'), { d: 10, m: 6 })).toEqual(civil(2023, 6, 10));
    expect(deadlineOf(periodOf('year', 2023, 'calendar'), { d: 20, m: 12 })).toEqual(civil(2023, 12, 20));
  });

  it('puts an early-January deadline after a calendar year into the next year', () => {
    expect(deadlineOf(periodOf('year', 2023, 'calendar'), { d: 3, m: 1 })).toEqual(civil(2024, 1, 3));
  });

  it('moves 29/02 to 28/02 in a common year', () => {
    expect(deadlineOf(periodOf('half', 2023, 'nd09'), { d: 29, m: 2 })).toEqual(civil(2023, 2, 28));
    expect(deadlineOf(periodOf('half', 2024, 'nd09'), { d: 29, m: 2 })).toEqual(civil(2024, 2, 29));
  });

  it('default deadlines fall a few days after each cut-off', () => {
    const nd = defaultDeadlines('nd09');
    expect(deadlineOf(periodOf('half', 2023, 'nd09'), nd.half)).toEqual(civil(2023, 6, 17));
    expect(deadlineOf(periodOf('year', 2023, 'nd09'), nd.year)).toEqual(civil(2023, 12, 17));
    const cal = defaultDeadlines('calendar');
    expect(deadlineOf(periodOf('half', 2023, 'calendar'), cal.half)).toEqual(civil(2023, 7, 3));
    expect(deadlineOf(periodOf('year', 2023, 'calendar'), cal.year)).toEqual(civil(2024, 1, 3));
  });
});

describe('parsePeriodKind', () => {
  it.each(['half', '6thang', '6 tháng', '6 THÁNG ĐẦU NĂM', '6 thang dau nam'])('%p is half', (s) => {
    expect(parsePeriodKind(s)).toBe('half');
  });
  it.each(['year', 'nam', 'năm', 'Cả năm', 'ca nam'])('%p is year', (s) => {
    expect(parsePeriodKind(s)).toBe('year');
  });
  it.each(['', 'quý', '9 tháng', 'nửa'])('%p is nothing', (s) => {
    expect(parsePeriodKind(s)).toBeNull();
  });
});

it('periodRangeText names both inclusive bounds', () => {
  expect(periodRangeText(periodOf('half', 2023, 'nd09'))).toBe('từ ngày 15/12/2022 đến ngày 14/06/2023');
});

describe('periodChoice: the period a page asked for', () => {
  it('takes the kind as the dialog sends it and a year given as a number or as text', () => {
    expect(periodChoice('6 tháng đầu năm', 2023)).toEqual({ kind: 'half', year: 2023 });
    expect(periodChoice('year', '2024')).toEqual({ kind: 'year', year: 2024 });
    expect(periodChoice('Cả năm', 2000)).toEqual({ kind: 'year', year: 2000 });
    expect(periodChoice('Cả năm', 2100)).toEqual({ kind: 'year', year: 2100 });
  });

  it('refuses a kind it does not know, naming the two there are', () => {
    expect(periodChoice('quý', 2023)).toEqual({
      problem: 'Kỳ báo cáo "quý" không hợp lệ: chọn "6 tháng đầu năm" hoặc "Cả năm".',
    });
  });

  it.each([
    [1999, 'Năm "1999" không hợp lệ.'],
    [2101, 'Năm "2101" không hợp lệ.'],
    [2023.5, 'Năm "2023.5" không hợp lệ.'],
    ['hai nghìn', 'Năm "hai nghìn" không hợp lệ.'],
    [undefined, 'Năm "undefined" không hợp lệ.'],
  ])('refuses the year %p', (year, problem) => {
    expect(periodChoice('half', year)).toEqual({ problem });
  });
});
