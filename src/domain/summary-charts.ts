// The charts of Tổng hợp: what each shows, the cells it reads (a small data block at the foot of
// the tab, written with the rest in one setValues) and where it sits (to the right of the tables).
// The adapter builds them with EmbeddedChartBuilder on the staging tab, so they are swapped in with
// the numbers they show. The report Doc's Phụ lục carries the picture of one of them.
import type { Consolidation, Period } from './types';

export type SummaryChartKey = 'byForm' | 'byUnitActivities' | 'byUnitParticipants' | 'byMonth';

interface CellBlock {
  readonly row: number;
  readonly col: number;
  readonly numRows: number;
  readonly numCols: number;
}

export interface SummaryChart {
  readonly key: SummaryChartKey;
  readonly type: 'BAR' | 'COLUMN';
  readonly title: string;
  /** The title of the axis that carries the numbers. */
  readonly valueTitle: string;
  /** First the labels (header row included), then the series; several blocks of the same height read side by side. */
  readonly ranges: readonly CellBlock[];
  readonly anchorRow: number;
  readonly anchorCol: number;
  /** Pixels. */
  readonly width: number;
  readonly height: number;
}

/** The one the report Doc's Phụ lục shows. */
export const REPORT_CHART: SummaryChartKey = 'byForm';

const WHAT: Record<SummaryChartKey, string> = {
  byForm: 'Số hoạt động tuyên truyền theo hình thức',
  byUnitActivities: 'Số hoạt động tuyên truyền theo đơn vị',
  byUnitParticipants: 'Số người tham dự theo đơn vị',
  byMonth: 'Số hoạt động tuyên truyền theo tháng',
};

/** "Số hoạt động tuyên truyền theo hình thức - 6 tháng đầu năm 2023": how a chart is found again. */
export function chartTitle(key: SummaryChartKey, period: Period): string {
  return `${WHAT[key]} - ${period.label}`;
}

/** What the data block holds: a title, a header and rows, for the layout builder to append. */
export interface ChartTable {
  readonly title: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
}

const NOT_REPORTED_MARK = ' (chưa báo cáo)';

/**
 * The three tables the charts read: activities by form (forms with at least one activity, measures
 * merged); activities and participants by unit, every unit in Cấu hình order, a unit that has not
 * reported marked as such so the gap shows who; activities per month of the period.
 */
export function chartTables(c: Consolidation): ChartTable[] {
  if (c.activities === 0) return [];
  const forms = new Map<string, number>();
  for (const f of c.byForm) forms.set(f.form, (forms.get(f.form) ?? 0) + f.activities);
  return [
    {
      title: 'Số hoạt động theo hình thức',
      header: ['Hình thức', 'Số hoạt động'],
      rows: [...forms].filter(([, n]) => n > 0),
    },
    {
      title: 'Số hoạt động, số người tham dự theo đơn vị',
      header: ['Đơn vị', 'Số hoạt động', 'Số người tham dự'],
      rows: c.units.map((u) => [u.unitName + (u.reported ? '' : NOT_REPORTED_MARK), u.activities, u.participants]),
    },
    {
      title: 'Số hoạt động theo tháng',
      header: ['Tháng', 'Số hoạt động'],
      rows: c.byMonth.map((m) => [`${m.m}/${m.y}`, m.activities]),
    },
  ];
}

const WIDTH = 640;
const HEIGHT = 380;
/** About the height of a chart in rows of 21 px, plus a gap. */
const ROWS_PER_CHART = 20;

/** A table of chartTables as the layout wrote it: the sheet row of its header row. */
export interface PlacedChartTable {
  readonly table: ChartTable;
  readonly headerRow: number;
}

/**
 * The charts over the tables that chartTables made for `period`, as the layout placed them (none
 * when there were none). They stand one under the other from row 1, in column `anchorCol`.
 */
export function summaryCharts(period: Period, placed: readonly PlacedChartTable[], anchorCol: number): SummaryChart[] {
  if (placed.length === 0) return [];
  const block = (t: number, col: number, numCols = 1): CellBlock => ({
    row: placed[t].headerRow,
    col,
    numRows: placed[t].table.rows.length + 1,
    numCols,
  });
  const chart = (
    key: SummaryChartKey,
    i: number,
    type: SummaryChart['type'],
    valueTitle: string,
    ranges: CellBlock[],
  ): SummaryChart => ({
    key,
    type,
    title: chartTitle(key, period),
    valueTitle,
    ranges,
    anchorRow: 1 + i * ROWS_PER_CHART,
    anchorCol,
    width: WIDTH,
    height: HEIGHT,
  });
  return [
    chart('byForm', 0, 'BAR', 'Số hoạt động', [block(0, 1, 2)]),
    chart('byUnitActivities', 1, 'BAR', 'Số hoạt động', [block(1, 1, 2)]),
    chart('byUnitParticipants', 2, 'BAR', 'Số người tham dự', [block(1, 1), block(1, 3)]),
    chart('byMonth', 3, 'COLUMN', 'Số hoạt động', [block(2, 1, 2)]),
  ];
}
