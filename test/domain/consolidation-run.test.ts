// What Tổng hợp báo cáo tells the period dialog of a run.
import { consolidationRun } from '../../src/domain/consolidation-run';
import { ND09_HALF_2023 } from './tab-fixture';

const unitTotal = (
  unitName: string,
  tabStatus: 'ok' | 'missing' | 'badHeader',
  counts: number[],
  reported: boolean,
) => ({
  unitName,
  tabName: unitName,
  tabStatus,
  activities: counts[0],
  rejected: counts[1],
  outsidePeriod: counts[2],
  reported,
});

it('adds up the rows counted and not counted and lists each unit', () => {
  const run = consolidationRun(
    {
      period: ND09_HALF_2023,
      units: [
        unitTotal('Thôn Đông', 'ok', [12, 3, 2], true),
        unitTotal('Thôn Tây', 'missing', [0, 0, 0], false),
        unitTotal('Hội Nông dân', 'badHeader', [0, 5, 0], false),
      ],
      notReported: ['Thôn Tây', 'Hội Nông dân'],
    },
    '20/06/2023 09:05',
  );
  expect(run).toEqual({
    periodLabel: '6 tháng đầu năm 2023',
    readAt: '20/06/2023 09:05',
    total: { counted: 12, notCounted: 8 },
    units: [
      {
        unit: 'Thôn Đông',
        tab: 'Thôn Đông',
        status: 'ok',
        counted: 12,
        notCounted: 3,
        outsidePeriod: 2,
        reported: true,
      },
      {
        unit: 'Thôn Tây',
        tab: 'Thôn Tây',
        status: 'missing',
        counted: 0,
        notCounted: 0,
        outsidePeriod: 0,
        reported: false,
      },
      {
        unit: 'Hội Nông dân',
        tab: 'Hội Nông dân',
        status: 'badHeader',
        counted: 0,
        notCounted: 5,
        outsidePeriod: 0,
        reported: false,
      },
    ],
    notReported: ['Thôn Tây', 'Hội Nông dân'],
  });
});
