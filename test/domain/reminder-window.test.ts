// Which days the daily trigger reminds on: from reminderDaysBefore days before a unit deadline up to
// the deadline, for the period that deadline belongs to; by hand, the period ending nearest today.
import { automaticReminderTarget, manualReminderTarget } from '../../src/domain/reminder-window';
import type { CivilDate } from '../../src/domain/types';

const d = (y: number, m: number, day: number): CivilDate => ({ y, m, d: day });

// ND09: periods end 14/6 and 14/12; the sample deadlines are 17/6 and 17/12.
const nd09 = {
  periodRule: 'nd09' as const,
  deadlineHalf: { d: 17, m: 6 },
  deadlineYear: { d: 17, m: 12 },
  reminderDaysBefore: 3,
};

describe('automaticReminderTarget (ND09, 3 days before 17/06 and 17/12)', () => {
  it('is nothing the day before the window opens and the day after the deadline', () => {
    expect(automaticReminderTarget(d(2023, 6, 13), nd09)).toBeNull();
    expect(automaticReminderTarget(d(2023, 6, 18), nd09)).toBeNull();
    expect(automaticReminderTarget(d(2023, 9, 1), nd09)).toBeNull();
  });

  it('is the half-year period from 14/06 to 17/06 inclusive', () => {
    for (const day of [14, 15, 16, 17]) {
      const t = automaticReminderTarget(d(2023, 6, day), nd09);
      expect(t && { kind: t.period.kind, year: t.period.year, deadline: t.deadline }).toEqual({
        kind: 'half',
        year: 2023,
        deadline: d(2023, 6, 17),
      });
    }
  });

  it('is the year period from 14/12 to 17/12', () => {
    const t = automaticReminderTarget(d(2023, 12, 14), nd09);
    expect(t && { kind: t.period.kind, year: t.period.year }).toEqual({ kind: 'year', year: 2023 });
  });

  it('with 0 days before, reminds on the deadline day only', () => {
    const zero = { ...nd09, reminderDaysBefore: 0 };
    expect(automaticReminderTarget(d(2023, 6, 16), zero)).toBeNull();
    expect(automaticReminderTarget(d(2023, 6, 17), zero)?.period.kind).toBe('half');
  });
});

describe('automaticReminderTarget (calendar year, deadline 03/01 of the next year)', () => {
  const calendar = {
    periodRule: 'calendar' as const,
    deadlineHalf: { d: 3, m: 7 },
    deadlineYear: { d: 3, m: 1 },
    reminderDaysBefore: 5,
  };

  it('reminds for the year just ended across New Year', () => {
    for (const today of [d(2023, 12, 29), d(2024, 1, 2), d(2024, 1, 3)]) {
      const t = automaticReminderTarget(today, calendar);
      expect(t && { kind: t.period.kind, year: t.period.year, deadline: t.deadline }).toEqual({
        kind: 'year',
        year: 2023,
        deadline: d(2024, 1, 3),
      });
    }
    expect(automaticReminderTarget(d(2024, 1, 4), calendar)).toBeNull();
    expect(automaticReminderTarget(d(2023, 12, 28), calendar)).toBeNull();
  });
});

describe('manualReminderTarget', () => {
  it('is the period ending nearest today, with its deadline, before or after the deadline', () => {
    const before = manualReminderTarget(d(2023, 6, 1), nd09);
    expect([before.period.kind, before.period.year, before.deadline]).toEqual(['half', 2023, d(2023, 6, 17)]);
    const after = manualReminderTarget(d(2023, 6, 25), nd09);
    expect([after.period.kind, after.period.year, after.deadline]).toEqual(['half', 2023, d(2023, 6, 17)]);
    const december = manualReminderTarget(d(2023, 12, 10), nd09);
    expect([december.period.kind, december.period.year, december.deadline]).toEqual(['year', 2023, d(2023, 12, 17)]);
  });

  it('is the period asked for (the status sidebar’s), whatever today is', () => {
    const asked = manualReminderTarget(d(2023, 6, 1), nd09, 'year', 2022);
    expect([asked.period.label, asked.period.start, asked.period.end, asked.deadline]).toEqual([
      'Cả năm 2022',
      d(2021, 12, 15),
      d(2022, 12, 14),
      d(2022, 12, 17),
    ]);
  });
});
