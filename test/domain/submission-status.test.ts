// Tình hình nộp báo cáo: each unit is "đã nộp", "chưa nộp" or "có lỗi" with the reason in words
// the secretary can pass on; a unit that has not reported is offered a reminder, whatever its state.
import { statusView } from '../../src/domain/submission-status';
import type { UnitTotal } from '../../src/domain/types';
import { consolidation as sample, unitTotal } from './official-doc.fixtures';

const consolidation = (units: UnitTotal[]) => sample({ units });

const UNITS = [
  unitTotal('HND', 'Hội Nông dân', { reported: true, activities: 7, lastChange: '10/06/2023 08:15' }),
  unitTotal('DTN', 'Đoàn Thanh niên', {}),
  unitTotal('HPN', 'Hội Phụ nữ', { reported: true, activities: 4, rejected: 2 }),
  unitTotal('MTTQ', 'Mặt trận Tổ quốc', { tabStatus: 'missing' }),
  unitTotal('CCB', 'Hội Cựu chiến binh', { tabStatus: 'badHeader', reported: true, activities: 1 }),
];
const url = (tab: string) => `https://sheet#${tab}`;
const settings = { deadlineHalf: { d: 20, m: 6 }, deadlineYear: { d: 20, m: 12 } };

describe("each unit's state", () => {
  const statuses = statusView(consolidation(UNITS), settings, { y: 2023, m: 6, d: 17 }, '', url).units;

  it('a unit with counted rows and no errors has reported', () => {
    expect(statuses[0]).toEqual({
      code: 'HND',
      name: 'Hội Nông dân',
      tabName: 'Hội Nông dân',
      tabUrl: 'https://sheet#Hội Nông dân',
      state: 'submitted',
      stateText: 'đã nộp',
      problem: '',
      counted: 7,
      notCounted: 0,
      lastChange: '10/06/2023 08:15',
      remind: false,
    });
  });

  it('a unit with nothing for the period has not reported and may be reminded', () => {
    expect(statuses[1]).toMatchObject({ state: 'notSubmitted', stateText: 'chưa nộp', problem: '', remind: true });
  });

  it('rows that cannot be counted make "có lỗi" even when the unit has reported', () => {
    expect(statuses[2]).toMatchObject({
      state: 'error',
      stateText: 'có lỗi',
      problem: '2 dòng không tính được: đơn vị cần sửa (xem Báo cáo NTM → Kiểm tra dữ liệu).',
      counted: 4,
      notCounted: 2,
      remind: false,
    });
  });

  it('a missing tab has no link and says to run setup; a changed header says to run the check', () => {
    expect(statuses[3]).toMatchObject({
      state: 'error',
      tabUrl: null,
      problem: 'Không tìm thấy tab "Mặt trận Tổ quốc". Hãy chạy Báo cáo NTM → Thiết lập bảng tính.',
      remind: true,
    });
    expect(statuses[4]).toMatchObject({
      state: 'error',
      tabUrl: 'https://sheet#Hội Cựu chiến binh',
      problem: 'Dòng tiêu đề của tab "Hội Cựu chiến binh" đã bị sửa. Hãy chạy Báo cáo NTM → Kiểm tra dữ liệu.',
      remind: false,
    });
  });
});

describe('statusView', () => {
  it('names the period, its deadline and the days left, and counts the units by state', () => {
    const view = statusView(consolidation(UNITS), settings, { y: 2023, m: 6, d: 17 }, '17/06/2023 09:00', url);
    expect(view).toMatchObject({
      kind: 'half',
      year: 2023,
      periodLabel: '6 tháng đầu năm 2023',
      range: 'từ ngày 15/12/2022 đến ngày 14/06/2023',
      deadline: '20/06/2023',
      deadlineNote: 'còn 3 ngày',
      readAt: '17/06/2023 09:00',
      counts: { submitted: 1, notSubmitted: 1, error: 3 },
    });
    expect(view.units.map((u) => u.code)).toEqual(['HND', 'DTN', 'HPN', 'MTTQ', 'CCB']);
  });

  it('says how late it is after the deadline', () => {
    const view = statusView(consolidation(UNITS), settings, { y: 2023, m: 6, d: 22 }, '', url);
    expect(view.deadlineNote).toBe('đã quá hạn 2 ngày');
  });
});
