// Compared with the same period one year earlier: what the report and Tổng hợp say, with the
// percentages worked out by hand in the comments. Nothing is said without counted rows a year
// earlier, and never a change from zero.
import { buildReport } from '../../src/domain/report-doc';
import { summaryLayout } from '../../src/domain/summary-sheet';
import type { Consolidation, PeriodFigures } from '../../src/domain/types';
import { consolidation, money, settings } from './official-doc.fixtures';
import { texts } from './official-doc.helpers';

const meta = { number: '15', date: { y: 2023, m: 6, d: 5 }, version: 1 };
const SUMMARY_META = {
  communeName: 'Minh Tiến',
  readAt: '20/06/2023 08:00',
  readBy: 'a@x.vn',
  counted: 62,
  notCounted: 2,
};

// The fixture's period: 62 activities, 1.250 participants, money 7.500.000 / 4.000.000 / 1.000.000.
const YEAR_BEFORE: PeriodFigures = {
  period: {
    kind: 'half',
    year: 2022,
    rule: 'nd09',
    start: { y: 2021, m: 12, d: 15 },
    end: { y: 2022, m: 6, d: 14 },
    label: '6 tháng đầu năm 2022',
  },
  activities: 50,
  participants: 1_250,
  money: money(8_000_000, 0, 400_000),
  rejected: 1,
};

function build(previous: PeriodFigures | null) {
  return buildReport(consolidation({ previous }), settings(), meta);
}

describe('section I of the report', () => {
  const all = texts(build(YEAR_BEFORE));

  test('activities and participants: one sentence each, after the table by form', () => {
    // (62 - 50) / 50 = 24 %; 1.250 = 1.250.
    expect(all).toContain(
      'Số hoạt động tuyên truyền tăng 24% so với cùng kỳ năm 2022 (50 hoạt động). ' +
        'Số lượt người tham dự bằng cùng kỳ năm 2022 (1.250 lượt người).',
    );
  });

  test('money: in total and by source, never against a source that was 0', () => {
    // total 12.500.000 vs 8.400.000: +48,809… % → 48,8 %; unit 7.500.000 vs 8.000.000: -6,25 % → 6,3 %
    // (rounded half up from 6,25); integrated was 0: nothing; social 1.000.000 vs 400.000: +150 %.
    expect(all).toContain(
      'Tổng kinh phí tăng 48,8% so với cùng kỳ năm 2022 (8.400.000 đồng). ' +
        'Kinh phí chủ động cân đối của đơn vị giảm 6,3% so với cùng kỳ năm 2022 (8.000.000 đồng). ' +
        'Kinh phí huy động xã hội hóa tăng 150% so với cùng kỳ năm 2022 (400.000 đồng).',
    );
    expect(all.join('\n')).not.toMatch(/Kinh phí lồng ghép (tăng|giảm|bằng)/);
  });

  test('no rows a year earlier, or only rows that could not be counted: not a word of comparison', () => {
    for (const previous of [null, { ...YEAR_BEFORE, activities: 0, participants: 0, money: money(0, 0, 0) }]) {
      expect(texts(build(previous)).join('\n')).not.toMatch(/cùng kỳ/);
    }
  });
});

describe('Tổng hợp section IX', () => {
  const section = (c: Consolidation) => {
    const l = summaryLayout(c, SUMMARY_META);
    const at = l.values.findIndex((r) => String(r[0]).startsWith('IX.'));
    return at < 0 ? null : l.values.slice(at, at + 8).map((r) => r.slice(0, 4));
  };

  test('this period, the same period a year earlier and the change in per cent', () => {
    expect(section(consolidation({ previous: YEAR_BEFORE }))).toEqual([
      ['IX. SO SÁNH VỚI CÙNG KỲ NĂM TRƯỚC (6 tháng đầu năm 2022, từ ngày 15/12/2021 đến ngày 14/06/2022)', '', '', ''],
      ['Chỉ tiêu', 'Kỳ này', 'Cùng kỳ năm trước', 'Tăng (+), giảm (-) (%)'],
      ['Số hoạt động', 62, 50, 24],
      ['Số người tham dự', 1_250, 1_250, 0],
      ['Kinh phí của đơn vị (đồng)', 7_500_000, 8_000_000, -6.3],
      ['Kinh phí lồng ghép (đồng)', 4_000_000, 0, 'Không so sánh (cùng kỳ bằng 0)'],
      ['Kinh phí xã hội hóa (đồng)', 1_000_000, 400_000, 150],
      ['Tổng kinh phí (đồng)', 12_500_000, 8_400_000, 48.8],
    ]);
  });

  test('absent without counted rows a year earlier', () => {
    expect(section(consolidation({ previous: null }))).toBeNull();
    expect(section(consolidation({ previous: { ...YEAR_BEFORE, activities: 0 } }))).toBeNull();
  });
});
