// When units are reminded. By hand: for the period that ends nearest today (the one the secretary
// is collecting). By the daily trigger: only from `reminderDaysBefore` days before a unit deadline
// up to the deadline itself, so nobody is mailed every day of the year.
import { addDays, compareCivil, isWithin } from './civil-date';
import { deadlineOf, defaultPeriod, PERIOD_KINDS, periodOf } from './periods';
import type { CivilDate, Period, PeriodKind, Settings } from './types';

export interface ReminderTarget {
  readonly period: Period;
  readonly deadline: CivilDate;
}

type ReminderSettings = Pick<Settings, 'periodRule' | 'deadlineHalf' | 'deadlineYear' | 'reminderDaysBefore'>;

/**
 * The period a reminder sent by hand today is about, and its deadline: the one asked for (the status
 * sidebar's period), else the one that ends nearest today.
 */
export function manualReminderTarget(
  today: CivilDate,
  settings: ReminderSettings,
  kind?: PeriodKind,
  year?: number,
): ReminderTarget {
  const period = kind && year ? periodOf(kind, year, settings.periodRule) : defaultPeriod(today, settings.periodRule);
  return { period, deadline: deadlineOf(period, settings) };
}

/** How many days before the deadline the trigger starts: a whole number from 0 (the day itself) up. */
export function reminderLead(settings: Pick<Settings, 'reminderDaysBefore'>): number {
  const n = Math.floor(Number(settings.reminderDaysBefore));
  return Number.isFinite(n) && n > 0 ? n : 0;
}

/**
 * The period whose reminder window [deadline − reminderDaysBefore, deadline] holds `today`, or null
 * on the other days. When two windows overlap (a long lead), the nearer deadline wins.
 */
export function automaticReminderTarget(today: CivilDate, settings: ReminderSettings): ReminderTarget | null {
  const lead = reminderLead(settings);
  let best: ReminderTarget | null = null;
  for (let year = today.y - 1; year <= today.y + 1; year++) {
    for (const kind of PERIOD_KINDS) {
      const period = periodOf(kind, year, settings.periodRule);
      const deadline = deadlineOf(period, settings);
      if (!isWithin(today, addDays(deadline, -lead), deadline)) continue;
      if (!best || compareCivil(deadline, best.deadline) < 0) best = { period, deadline };
    }
  }
  return best;
}
