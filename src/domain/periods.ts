// Reporting periods. Under Nghị định 09/2019/NĐ-CP (Điều 12) the figures of a periodic report are
// cut off on the 14th: the 6-month report covers 15/12 of the previous year to 14/6, the annual
// report 15/12 of the previous year to 14/12. A commune may instead count by the calendar.
import { civil, daysBetween, daysInMonth } from './civil-date';
import type { CivilDate, DayMonth, Period, PeriodKind, PeriodRule, Settings } from './types';
import { narrativeLabels } from './unit-tab';
import { foldVi, formatDate } from './vn-format';

export const PERIOD_KINDS: readonly PeriodKind[] = ['half', 'year'];

/**
 * Default deadlines for units to report to the commune. Under ND09 the commune consolidates after
 * the cut-off on the 14th and reports up a few days later (districts usually ask by the 20th), so
 * units get three days after the cut-off: 17/6 and 17/12. Counting by the calendar, periods end on
 * 30/6 and 31/12, so units get until 03/7 and 03/01 (of the next year).
 */
export function defaultDeadlines(rule: PeriodRule): { readonly half: DayMonth; readonly year: DayMonth } {
  return rule === 'nd09'
    ? { half: { d: 17, m: 6 }, year: { d: 17, m: 12 } }
    : { half: { d: 3, m: 7 }, year: { d: 3, m: 1 } };
}

/** The period of `kind` for report year `year` under `rule`; bounds are inclusive. */
export function periodOf(kind: PeriodKind, year: number, rule: PeriodRule): Period {
  const start = rule === 'nd09' ? civil(year - 1, 12, 15) : civil(year, 1, 1);
  let end: CivilDate;
  if (rule === 'nd09') end = kind === 'half' ? civil(year, 6, 14) : civil(year, 12, 14);
  else end = kind === 'half' ? civil(year, 6, 30) : civil(year, 12, 31);
  const [halfLabel, yearLabel] = narrativeLabels(year);
  return { kind, year, rule, start, end, label: kind === 'half' ? halfLabel : yearLabel };
}

/**
 * The period whose end is nearest to `today`, before or after: in the weeks before a cut-off the
 * secretary watches the coming report fill up, in the weeks after it she consolidates the one just
 * closed. On an exact tie (halfway between two ends, e.g. 15/3/2023 under ND09, 91 days after
 * 14/12/2022 and 91 days before 14/6/2023) the period that has already ended wins: its figures are
 * complete, and it is the one a report can still be owed for.
 */
export function defaultPeriod(today: CivilDate, rule: PeriodRule): Period {
  let best: Period | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  // Candidates in chronological order of their end, so that the first of two equal distances is the past one.
  for (let year = today.y - 1; year <= today.y + 1; year++) {
    for (const kind of PERIOD_KINDS) {
      const p = periodOf(kind, year, rule);
      const distance = Math.abs(daysBetween(p.end, today));
      if (distance < bestDistance) {
        best = p;
        bestDistance = distance;
      }
    }
  }
  return best!;
}

/**
 * The day units must have reported for `period`: the occurrence of the deadline's day and month
 * nearest to the period's end, which is in the period's own year for every deadline within about
 * six months of the end (17/6 for ND09's 14/6, 20/12 for 14/12; 03/01 after a calendar year ending
 * 31/12 falls in the next year). 29/02 becomes 28/02 in a common year. Pass the deadline itself or
 * the settings (the half-year or the year deadline is picked by the period's kind).
 */
export function deadlineOf(
  period: Period,
  deadline: DayMonth | Pick<Settings, 'deadlineHalf' | 'deadlineYear'>,
): CivilDate {
  const dm =
    'deadlineHalf' in deadline ? (period.kind === 'half' ? deadline.deadlineHalf : deadline.deadlineYear) : deadline;
  let best = onDay(period.end.y, dm);
  for (const y of [period.end.y - 1, period.end.y + 1]) {
    const candidate = onDay(y, dm);
    if (Math.abs(daysBetween(period.end, candidate)) < Math.abs(daysBetween(period.end, best))) best = candidate;
  }
  return best;
}

function onDay(y: number, dm: DayMonth): CivilDate {
  return civil(y, dm.m, Math.min(dm.d, daysInMonth(y, dm.m)));
}

/** "từ ngày 15/12/2022 đến ngày 14/06/2023" */
export function periodRangeText(period: Period): string {
  return `từ ngày ${formatDate(period.start)} đến ngày ${formatDate(period.end)}`;
}

/**
 * A period kind from a UI string: "half", "6thang", "6 tháng", "6 tháng đầu năm" → half;
 * "year", "nam", "năm", "cả năm" → year; anything else → null.
 */
export function parsePeriodKind(s: string): PeriodKind | null {
  const key = foldVi(s).replace(/ /g, '');
  if (['half', '6thang', '6thangdaunam', 'sauthang', '6t'].includes(key)) return 'half';
  if (['year', 'nam', 'canam', 'full'].includes(key)) return 'year';
  return null;
}

/** The years Cấu hình, a dialog or a button may name: a typo such as 20233 is refused, not run. */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

/**
 * The period a page asked for (google.script.run passes what the page sent, unchecked), or why it
 * cannot be run, in Vietnamese.
 */
export function periodChoice(
  kindText: unknown,
  yearValue: unknown,
): { kind: PeriodKind; year: number } | { problem: string } {
  const kind = parsePeriodKind(String(kindText));
  if (!kind) return { problem: `Kỳ báo cáo "${kindText}" không hợp lệ: chọn "6 tháng đầu năm" hoặc "Cả năm".` };
  const year = Number(yearValue);
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR)
    return { problem: `Năm "${yearValue}" không hợp lệ.` };
  return { kind, year };
}
