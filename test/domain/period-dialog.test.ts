// The period dialog of Tổng hợp báo cáo and Tạo báo cáo: the periods it offers and its words.
import { periodDialogView } from '../../src/domain/period-dialog';

describe('the choices of the period dialog', () => {
  it('offers the two years before the default period, its year and the next, with ranges from the rule', () => {
    const view = periodDialogView('consolidate', { periodRule: 'calendar', year: 2023 }, { y: 2024, m: 2, d: 1 });
    // Calendar periods: the nearest end to 01/02/2024 is 31/12/2023 (Cả năm 2023).
    expect([view.kind, view.year]).toEqual(['year', 2023]);
    expect(view.years).toEqual([2021, 2022, 2023, 2024]);
    expect(view.choices.filter((c) => c.year === 2024)).toEqual([
      { kind: 'half', year: 2024, label: '6 tháng đầu năm 2024', range: 'từ ngày 01/01/2024 đến ngày 30/06/2024' },
      { kind: 'year', year: 2024, label: 'Cả năm 2024', range: 'từ ngày 01/01/2024 đến ngày 31/12/2024' },
    ]);
  });

  it('keeps the plan year of Cấu hình among the years even when it is far from today', () => {
    const view = periodDialogView('report', { periodRule: 'nd09', year: 2019 }, { y: 2023, m: 6, d: 20 });
    expect(view.years).toEqual([2019, 2021, 2022, 2023, 2024]);
    expect(view.choices.find((c) => c.kind === 'half' && c.year === 2019)?.range).toBe(
      'từ ngày 15/12/2018 đến ngày 14/06/2019',
    );
  });
});

describe('the words of the period dialog', () => {
  // 20/06/2023 under Nghị định 09: the half-year that ended on 14/06 is the nearest end.
  const today = { y: 2023, m: 6, d: 20 };
  const settings = { periodRule: 'nd09' as const, year: 2023 };

  it.each([
    [
      'consolidate' as const,
      {
        title: 'Tổng hợp báo cáo',
        intro:
          'Chọn kỳ báo cáo. Tiện ích đọc tab của các đơn vị và ghi kết quả vào tab Tổng hợp; các dòng không tính được liệt kê ở tab Kiểm tra. Dữ liệu của các đơn vị không bị thay đổi.',
        runLabel: 'Tổng hợp',
        busyLabel: 'Đang tổng hợp…',
      },
    ],
    [
      'report' as const,
      {
        title: 'Tạo báo cáo (Google Doc)',
        intro:
          'Chọn kỳ báo cáo. Tiện ích tổng hợp lại số liệu của kỳ, tạo văn bản báo cáo (Google Doc) theo thể thức Nghị định 30/2020/NĐ-CP và chia sẻ quyền xem với cơ quan cấp trên.',
        runLabel: 'Tạo báo cáo',
        busyLabel: 'Đang tạo báo cáo…',
      },
    ],
  ])('%s: titled as its menu item, says what it does', (action, words) => {
    expect(periodDialogView(action, settings, today)).toMatchObject({
      action,
      ...words,
      busyNote: 'Việc này có thể mất đến vài phút. Vui lòng không đóng hộp thoại.',
      ruleLabel: 'Nghị định 09/2019 (15/12 - 14/6, 15/12 - 14/12)',
      kind: 'half',
      year: 2023,
    });
  });
});
