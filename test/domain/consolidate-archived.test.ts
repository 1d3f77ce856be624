// consolidate() with archived narratives: after the year in Cấu hình moved on, a unit's tab carries
// the new year's labels and last year's texts are in Lưu trữ tự đánh giá. Tổng hợp of last year
// takes a unit's narrative from there, only when its tab has none for the period.
import { type ArchivedNarrative, consolidate } from '../../src/domain/consolidate';
import type { Period, UnitSetting } from '../../src/domain/types';
import { buildTab, CAL_HALF_2023, CAL_YEAR_2023, CATALOGUE, settingsWith, TZ, unit } from './tab-fixture';

const a = unit('A', 'Thôn A');
const b = unit('B', 'Thôn B');

/** Rows 6–7 as setup leaves them after the change to 2024: new labels, blank texts. */
const RELABELLED = [
  ['6 tháng đầu năm 2024', '', '', '', ''],
  ['Cả năm 2024', '', '', '', ''],
];

function archived(unitCode: string, label: string, results: string, proposals = ''): ArchivedNarrative {
  return { unitCode, label, results, shortcomings: '', causes: '', proposals };
}

function run(
  period: Period,
  archive: readonly ArchivedNarrative[] | undefined,
  narratives: Record<string, unknown[][]> = {},
  units: UnitSetting[] = [a, b],
  missing: string[] = [],
) {
  return consolidate({
    settings: settingsWith(units),
    catalogue: CATALOGUE,
    period,
    timeZone: TZ,
    tabs: units
      .filter((u) => !missing.includes(u.code))
      .map((u) => ({
        unit: u,
        values: buildTab({ unitName: u.name, rows: [], narratives: narratives[u.code] ?? RELABELLED }),
      })),
    archived: archive,
  });
}

describe('consolidate: narratives from the archive', () => {
  test('a unit whose tab has moved on to 2024 gets its 2023 narrative from the archive, and has reported', () => {
    const c = run(CAL_HALF_2023, [archived('A', '6 tháng đầu năm 2023', 'Kết quả 6 tháng của A', 'Đề xuất của A')]);
    expect(c.narratives).toEqual([
      {
        unitCode: 'A',
        unitName: 'Thôn A',
        results: 'Kết quả 6 tháng của A',
        shortcomings: '',
        causes: '',
        proposals: 'Đề xuất của A',
      },
    ]);
    expect(c.units.map((u) => [u.unitCode, u.reported])).toEqual([
      ['A', true],
      ['B', false],
    ]);
    expect(c.notReported).toEqual(['Thôn B']);
  });

  test('only the period’s label and the unit’s code are taken', () => {
    const archive = [
      archived('A', 'Cả năm 2023', 'Cả năm của A'),
      archived('A', '6 tháng đầu năm 2022', 'Năm 2022 của A'),
      archived('B', '6 tháng đầu năm 2023', '6 tháng của B'),
    ];
    expect(run(CAL_HALF_2023, archive).narratives.map((n) => [n.unitCode, n.results])).toEqual([
      ['B', '6 tháng của B'],
    ]);
    expect(run(CAL_YEAR_2023, archive).narratives.map((n) => [n.unitCode, n.results])).toEqual([['A', 'Cả năm của A']]);
  });

  test('labels and codes match as people type them (accents, case, spacing)', () => {
    const archive = [archived(' a ', '6 thang dau  nam 2023', 'Gõ không dấu')];
    expect(run(CAL_HALF_2023, archive).narratives.map((n) => [n.unitCode, n.unitName, n.results])).toEqual([
      ['A', 'Thôn A', 'Gõ không dấu'],
    ]);
  });

  test("the unit tab's own narrative for the period wins over the archive", () => {
    const own = [
      ['6 tháng đầu năm 2023', 'Ghi trong tab', '', '', ''],
      ['Cả năm 2023', '', '', '', ''],
    ];
    const c = run(CAL_HALF_2023, [archived('A', '6 tháng đầu năm 2023', 'Trong lưu trữ')], { A: own });
    expect(c.narratives.map((n) => n.results)).toEqual(['Ghi trong tab']);
  });

  test('of several archived for the same unit and period, the last one archived is used', () => {
    const archive = [archived('A', 'Cả năm 2023', 'Lần lưu thứ nhất'), archived('A', 'Cả năm 2023', 'Lần lưu thứ hai')];
    expect(run(CAL_YEAR_2023, archive).narratives.map((n) => n.results)).toEqual(['Lần lưu thứ hai']);
  });

  test('an archived row whose texts are all blank is no narrative and no report', () => {
    const c = run(CAL_HALF_2023, [archived('A', '6 tháng đầu năm 2023', '')]);
    expect(c.narratives).toEqual([]);
    expect(c.notReported).toEqual(['Thôn A', 'Thôn B']);
  });

  test('a unit whose tab is missing stays missing and unreported', () => {
    const c = run(CAL_HALF_2023, [archived('B', '6 tháng đầu năm 2023', 'B')], {}, [a, b], ['B']);
    expect(c.narratives).toEqual([]);
    expect(c.units.find((u) => u.unitCode === 'B')?.tabStatus).toBe('missing');
    expect(c.notReported).toEqual(['Thôn A', 'Thôn B']);
  });

  test('without the archive, a tab moved on to 2024 has no 2023 narrative', () => {
    expect(run(CAL_HALF_2023, undefined).narratives).toEqual([]);
    expect(run(CAL_HALF_2023, []).narratives).toEqual([]);
  });
});
