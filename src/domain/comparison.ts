// Compared with the same period one year earlier: the change in per cent of what the units did, in
// the words a report uses ("tăng 15,2% so với cùng kỳ năm 2022"). Only counted rows are compared,
// and never against zero: with no counted row a year earlier, or a figure that was 0 then, nothing
// is said about it (a change from nothing has no percentage, and "tăng 100%" would be invented).
import type { Consolidation, Money, PeriodFigures } from './types';
import { formatNumber } from './vn-format';

/** The year earlier's figures when there is something to compare with (a counted row), else null. */
export function comparable(c: Consolidation): PeriodFigures | null {
  return c.previous !== null && c.previous.activities > 0 ? c.previous : null;
}

/** (now − before) / before in per cent, to one decimal (half away from zero); null when before is 0. */
function changePercent(now: number, before: number): number | null {
  if (before === 0) return null;
  const ratio = (now - before) / before;
  return (Math.sign(ratio) * Math.round(Math.abs(ratio) * 1000)) / 10 || 0;
}

/** "tăng 15,2%", "giảm 3,4%", "bằng" (a change that rounds to 0,0%); null when it cannot be said. */
function changeWords(now: number, before: number): string | null {
  const pct = changePercent(now, before);
  if (pct === null) return null;
  if (pct === 0) return 'bằng';
  return `${pct > 0 ? 'tăng' : 'giảm'} ${formatNumber(Math.abs(pct))}%`;
}

/** "tăng 15,2% so với cùng kỳ năm 2022", "bằng cùng kỳ năm 2022"; null when it cannot be said. */
export function comparedWithYearBefore(now: number, before: number, year: number): string | null {
  const words = changeWords(now, before);
  if (words === null) return null;
  return words === 'bằng' ? `bằng cùng kỳ năm ${year}` : `${words} so với cùng kỳ năm ${year}`;
}

export interface ComparedFigure {
  readonly label: string;
  readonly now: number;
  readonly before: number;
  /** null when `before` is 0. */
  readonly percent: number | null;
}

const MONEY_SOURCES: readonly [string, keyof Money][] = [
  ['Kinh phí của đơn vị (đồng)', 'unit'],
  ['Kinh phí lồng ghép (đồng)', 'integrated'],
  ['Kinh phí xã hội hóa (đồng)', 'social'],
  ['Tổng kinh phí (đồng)', 'total'],
];

/** The figures Tổng hợp compares, in its order. */
export function comparedFigures(c: Consolidation, before: PeriodFigures): ComparedFigure[] {
  const row = (label: string, now: number, then: number): ComparedFigure => ({
    label,
    now,
    before: then,
    percent: changePercent(now, then),
  });
  return [
    row('Số hoạt động', c.activities, before.activities),
    row('Số người tham dự', c.participants, before.participants),
    ...MONEY_SOURCES.map(([label, key]) => row(label, c.money[key], before.money[key])),
  ];
}
